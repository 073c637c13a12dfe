// The self-check quiz (#13 item 4), in the Learn list: pick a kind, get a question built from a
// fresh scenario (a random seed), answer, see whether the engine agrees and why, then play the run
// that proves it (the question's scenario, at the moment and on the view that shows the answer).
import { useState } from 'react';
import type { MessageKey } from '../../content/i18n';
import { useLearn } from '../../store/learn';
import { QUIZ_KINDS, generateQuiz, type QuizKind, type QuizQuestion } from '../../store/quiz';
import { useSelection } from '../../store/selection';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';

function randomSeed(): number {
  return 1 + Math.floor(Math.random() * 2_000_000_000);
}

export function QuizPanel({ onProof }: { onProof: () => void }) {
  const t = useT();
  const [question, setQuestion] = useState<QuizQuestion | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const ask = (kind: QuizKind) => {
    setChosen(null);
    setQuestion(generateQuiz(kind, randomSeed()));
  };
  const label = (choice: string) => (choice === 'none' ? t('quiz.none') : choice);
  const proof = async (q: QuizQuestion) => {
    onProof();
    useLearn.getState().close();
    const store = useSimStore.getState();
    if (!store.loadScenario(q.proof.scenario, null)) return;
    store.setView(q.proof.view);
    if (q.proof.focus) useSelection.getState().select(q.proof.focus);
    await store.seek(q.proof.t);
  };
  return (
    <section className="learn-section quiz" data-testid="quiz">
      <h3>{t('quiz.title')}</h3>
      <p className="small muted">{t('quiz.intro')}</p>
      <div className="quiz-kinds" role="group" aria-label={t('quiz.kinds')}>
        {QUIZ_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="btn btn-small"
            aria-pressed={question?.kind === kind}
            data-testid={`quiz-kind-${kind}`}
            onClick={() => ask(kind)}
          >
            {t(`quiz.kind.${kind}` as MessageKey)}
          </button>
        ))}
      </div>
      {question && (
        <div
          className="quiz-question learn-item"
          data-testid="quiz-question"
          data-kind={question.kind}
          data-seed={question.seed}
        >
          <p>{t(`quiz.${question.kind}.q` as MessageKey, question.params)}</p>
          <div className="quiz-choices" role="group" aria-label={t('quiz.choices')}>
            {question.choices.map((c) => (
              <button
                key={c}
                type="button"
                className={`btn btn-small${chosen === c ? ' btn-primary' : ''}`}
                aria-pressed={chosen === c}
                disabled={chosen !== null}
                data-testid={`quiz-choice-${c}`}
                onClick={() => setChosen(c)}
              >
                {label(c)}
              </button>
            ))}
          </div>
          {chosen !== null && (
            <div
              className={`quiz-result ${chosen === question.answer ? 'quiz-right' : 'quiz-wrong'}`}
              data-testid="quiz-result"
              data-correct={chosen === question.answer}
              role="status"
            >
              <p>
                <strong>
                  {chosen === question.answer
                    ? t('quiz.correct')
                    : t('quiz.wrong', { answer: label(question.answer) })}
                </strong>{' '}
                {t(`quiz.${question.kind}.why` as MessageKey, {
                  ...question.params,
                  answer: label(question.answer),
                })}
              </p>
              <div className="quiz-actions">
                <button
                  type="button"
                  className="btn btn-small btn-primary"
                  data-testid="quiz-proof"
                  onClick={() => void proof(question)}
                >
                  {t('quiz.proof')}
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  data-testid="quiz-another"
                  onClick={() => ask(question.kind)}
                >
                  {t('quiz.another')}
                </button>
              </div>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
