// The header's Interview button and its list (#13 item 3): the questions, searchable, each with a
// short answer, a deeper one, a follow-up, and "Show me", which opens the walkthrough step or the
// starter that answers it. The list's code and the questions load when it first opens.
import { lazy, Suspense } from 'react';
import { DialogButton } from '../common/DialogButton';
import { useT } from '../common/useT';
import { Dialog } from '../embed/Dialog';
import './learn.css';

const InterviewList = lazy(() =>
  import('./InterviewList').then((m) => ({ default: m.InterviewList })),
);

export function InterviewButton() {
  const t = useT();
  return (
    <DialogButton
      testId="interview-button"
      label="interview.button"
      hint="interview.button.hint"
      iconPaths={[
        'M3 3.5h10v7H8l-3 2.5v-2.5H3z',
        'M6.5 6a1.5 1.5 0 1 1 2 1.4c-.4.2-.5.4-.5.8M8 9.2v.1',
      ]}
      dialog={(onClose) => (
        <Dialog
          title={t('interview.title')}
          onClose={onClose}
          testId="interview-list"
          className="learn-dialog"
        >
          <Suspense fallback={<p className="muted">{t('interview.loading')}</p>}>
            <InterviewList onShown={onClose} />
          </Suspense>
        </Dialog>
      )}
    />
  );
}
