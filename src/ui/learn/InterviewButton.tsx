// The header's Interview button and its list (#13 item 3): the questions, searchable, each with a
// short answer, a deeper one, a follow-up, and "Show me", which opens the walkthrough step or the
// starter that answers it. The questions load when the list first opens.
import { useEffect, useId, useState } from 'react';
import {
  loadQuestions,
  searchQuestions,
  type InterviewQuestion,
  type InterviewShow,
} from '../../content/interview';
import { useLearn } from '../../store/learn';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { Dialog } from '../embed/Dialog';
import './learn.css';

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
          <InterviewList onShown={() => setOpen(false)} />
        </Dialog>
      )}
    </>
  );
}

function InterviewList({ onShown }: { onShown: () => void }) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const [questions, setQuestions] = useState<InterviewQuestion[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const searchId = useId();
  useEffect(() => {
    let live = true;
    loadQuestions().then(
      (r) => {
        if (!live) return;
        if (r.ok) setQuestions(r.questions);
        else setFailed(true);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  if (failed)
    return (
      <p className="learn-invalid" role="alert">
        {t('interview.failed')}
      </p>
    );
  if (!questions) return <p className="muted">{t('interview.loading')}</p>;
  const shown = searchQuestions(questions, query, lang);
  const show = (s: InterviewShow) => {
    onShown();
    if ('walkthrough' in s) void useLearn.getState().open(s.walkthrough, s.step ?? 1);
    else {
      useLearn.getState().close();
      useSimStore.getState().loadStarter(s.scenario);
    }
  };
  return (
    <div className="learn-list interview-list">
      <p className="muted small">{t('interview.intro')}</p>
      <div className="interview-search">
        <label htmlFor={searchId}>{t('interview.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          data-testid="interview-search"
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="small muted" aria-live="polite" data-testid="interview-count">
          {t('interview.count', { n: shown.length, total: questions.length })}
        </span>
      </div>
      {shown.length === 0 && <p className="muted">{t('interview.none')}</p>}
      <ul>
        {shown.map((q) => (
          <li key={q.id} className="learn-item" data-testid={`interview-item-${q.id}`}>
            <details>
              <summary>
                <strong>{q.q[lang]}</strong>
              </summary>
              <div className="interview-answer">
                <h4>{t('interview.short')}</h4>
                <p>{q.short[lang]}</p>
                <h4>{t('interview.deep')}</h4>
                <p>{q.deep[lang]}</p>
                <h4>{t('interview.followUp')}</h4>
                <p>{q.followUp[lang]}</p>
                <button
                  type="button"
                  className="btn btn-small btn-primary"
                  data-testid={`interview-show-${q.id}`}
                  onClick={() => show(q.show)}
                >
                  {t('interview.show')}
                </button>
              </div>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
