// The header's Interview button and its list (#13 item 3): the questions, searchable, each with a
// short answer, a deeper one, a follow-up, and "Show me", which opens the walkthrough step or the
// starter that answers it. The list's code and the questions load when it first opens.
import { lazy, Suspense, useState } from 'react';
import { useT } from '../common/useT';
import { Dialog } from '../embed/Dialog';
import './learn.css';

const InterviewList = lazy(() =>
  import('./InterviewList').then((m) => ({ default: m.InterviewList })),
);

export function InterviewButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn"
        data-testid="interview-button"
        title={t('interview.button.hint')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <svg viewBox="0 0 16 16" className="icon" aria-hidden="true">
          <path d="M3 3.5h10v7H8l-3 2.5v-2.5H3z" />
          <path d="M6.5 6a1.5 1.5 0 1 1 2 1.4c-.4.2-.5.4-.5.8M8 9.2v.1" />
        </svg>
        <span className="hide-narrow">{t('interview.button')}</span>
      </button>
      {open && (
        <Dialog
          title={t('interview.title')}
          onClose={() => setOpen(false)}
          testId="interview-list"
          className="learn-dialog"
        >
          <Suspense fallback={<p className="muted">{t('interview.loading')}</p>}>
            <InterviewList onShown={() => setOpen(false)} />
          </Suspense>
        </Dialog>
      )}
    </>
  );
}
