// The Learn dialog's contents (fetched when the dialog first opens): the walkthroughs by seed
// section with the reader's progress, then the quiz.
import { useEffect, useState } from 'react';
import {
  bySection,
  loadAllWalkthroughs,
  type LoadedWalkthrough,
  type Walkthrough,
} from '../../content/walkthroughs';
import { walkthroughErrorText } from '../../content/walkthroughs/errors';
import { useLearn } from '../../store/learn';
import { progressRatio } from '../../store/learnProgress';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { QuizPanel } from './QuizPanel';

export function LearnLists({ onProof }: { onProof: () => void }) {
  return (
    <>
      <LearnList />
      <QuizPanel onProof={onProof} />
    </>
  );
}

function LearnList() {
  const lang = useSimStore((s) => s.lang);
  const progress = useLearn((s) => s.progress);
  const [loaded, setLoaded] = useState<LoadedWalkthrough[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const L = useT();
  useEffect(() => {
    let live = true;
    loadAllWalkthroughs().then(
      (all) => live && setLoaded(all),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  if (failed)
    return (
      <p className="learn-invalid" role="alert">
        {L('learn.list.failed')}{' '}
        <button
          type="button"
          className="btn btn-small"
          onClick={() => {
            setFailed(false);
            setAttempt((n) => n + 1);
          }}
        >
          {L('learn.list.retry')}
        </button>
      </p>
    );
  if (!loaded) return <p className="muted">{L('learn.list.loading')}</p>;
  const valid = loaded.flatMap((l) => (l.ok ? [l.walkthrough] : []));
  const invalid = loaded.flatMap((l) => (l.ok ? [] : [l]));
  const start = (w: Walkthrough, step: number) => void useLearn.getState().open(w.id, step);
  return (
    <div className="learn-list">
      <p className="muted small">{L('learn.list.intro')}</p>
      {bySection(valid).map(({ section, items }) => (
        <section key={section} className="learn-section" data-section={section}>
          <h3>{L(`learn.section.${section}`)}</h3>
          <ul>
            {items.map((w) => {
              const p = progress[w.id];
              const ratio = progressRatio(p);
              const total = w.steps.length;
              const resume = p && p.reached < total ? p.reached : null;
              return (
                <li key={w.id} className="learn-item" data-testid={`learn-item-${w.id}`}>
                  <div className="learn-item-head">
                    <strong data-name-label>{w.title[lang]}</strong>
                    <span className="small muted">{L('learn.list.steps', { n: total })}</span>
                  </div>
                  <p className="small">{w.summary[lang]}</p>
                  <div className="learn-item-foot">
                    <div
                      className="learn-progress learn-progress-small"
                      role="progressbar"
                      aria-label={w.title[lang]}
                      aria-valuemin={0}
                      aria-valuemax={100}
                      aria-valuenow={Math.round(ratio * 100)}
                      aria-valuetext={
                        !p
                          ? L('learn.list.new')
                          : ratio >= 1
                            ? L('learn.list.done')
                            : L('learn.list.progress', { reached: p.reached, steps: total })
                      }
                    >
                      <span style={{ width: `${ratio * 100}%` }} />
                    </div>
                    <span className="small muted">
                      {!p
                        ? L('learn.list.new')
                        : ratio >= 1
                          ? L('learn.list.done')
                          : L('learn.list.progress', { reached: p.reached, steps: total })}
                    </span>
                    <button
                      type="button"
                      className="btn btn-small btn-primary"
                      data-testid={`learn-start-${w.id}`}
                      onClick={() => start(w, resume ?? 1)}
                    >
                      {resume
                        ? L('learn.list.continue', { n: resume })
                        : p
                          ? L('learn.list.again')
                          : L('learn.list.start')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {invalid.map((l) =>
        l.ok ? null : (
          <p key={l.id} className="small learn-invalid">
            {l.id}: {L('learn.list.invalid', { reason: walkthroughErrorText(l.errors[0]!, lang) })}
          </p>
        ),
      )}
    </div>
  );
}
