// The Interview dialog's contents (fetched when it first opens): the questions, searchable, each
// with its answers and "Show me".
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

export function InterviewList({ onShown }: { onShown: () => void }) {
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
