// The walkthrough player's panel (loaded when a walkthrough first opens; LearnPlayer.tsx mounts
// it): the step's narration beside the live view (above it when narrow or
// embedded), Back/Next, a progress bar, a link to the step, and for a step that asks the reader to
// act, whether the engine shows it happened (with "Do it for me"). The text's numbers are read from
// the store's snapshot of the moment shown (placeholders.ts); the step's moment, view and focus
// come from the learn store, which seeks the run (src/store/learn.ts).
//
// Keys: N / P anywhere while a walkthrough is open (not while typing, not in a dialog), and ← / →
// while focus is inside the player (there they take the place of the page's one-second seek).
import { useEffect, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { walkthroughErrorText, walkthroughProblemText } from '../../content/walkthroughs/errors';
import { stepText } from '../../content/walkthroughs/placeholders';
import {
  actDone,
  canAdvance,
  useActsSeen,
  useLearn,
  type OpenWalkthrough,
} from '../../store/learn';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { useLearnHighlight } from './useLearnHighlight';
import { learnKeyFor } from './keys';

export function LearnPanel() {
  const current = useLearn((s) => s.current);
  const opening = useLearn((s) => s.opening);
  const problem = useLearn((s) => s.problem);
  const L = useT();
  if (current) return <Narration current={current} />;
  if (opening)
    return (
      <aside className="learn-player learn-busy" data-testid="learn-opening" aria-busy="true">
        <p className="muted">{L('learn.player.opening')}</p>
      </aside>
    );
  if (problem) return <Problem />;
  return null;
}

function Problem() {
  const problem = useLearn((s) => s.problem)!;
  const dismiss = useLearn((s) => s.dismissProblem);
  const lang = useSimStore((s) => s.lang);
  const L = useT();
  const lines =
    problem.kind === 'invalid'
      ? problem.errors.map((e) => walkthroughErrorText(e, lang))
      : problem.kind === 'run'
        ? problem.problems.map((p) => walkthroughProblemText(p, lang))
        : [];
  return (
    <aside className="learn-player learn-problem" role="alert" data-testid="learn-problem">
      <p>{L(`learn.problem.${problem.kind}`, { id: problem.id })}</p>
      {lines.length > 0 && (
        <ul>
          {lines.slice(0, 8).map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      )}
      <button type="button" className="btn btn-small" onClick={dismiss}>
        {L('learn.problem.dismiss')}
      </button>
    </aside>
  );
}

/** The address of step `n` (1-based): the fixed link parameters, in the reader's language. */
function stepHref(id: string, n: number, lang: string, embed: boolean): string {
  const q = new URLSearchParams({ walkthrough: id, step: String(n), lang });
  if (embed) q.set('embed', '1');
  return `${window.location.pathname}?${q.toString()}`;
}

function Narration({ current }: { current: OpenWalkthrough }) {
  const L = useT();
  const lang = useSimStore((s) => s.lang);
  const embed = useSimStore((s) => s.embed);
  const snapshot = useSimStore((s) => s.snapshot);
  const seeking = useSimStore((s) => s.seeking);
  const now = useSimStore((s) => s.now);
  const seen = useActsSeen((s) => s.seen);
  const { next, back, close, doAct } = useLearn.getState();
  const { walkthrough: w, step: index, plan } = current;
  const step = w.steps[index]!;
  const at = plan.steps[index]!.at;
  const total = w.steps.length;
  const last = index === total - 1;
  const done = step.act ? actDone(seen, current, index) : true;
  const text = stepText(step, lang, snapshot);
  useLearnHighlight(step.highlight ?? []);

  // N / P on the whole page while a walkthrough is open.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const move = learnKeyFor(e, { arrows: false, modalOpen: modalOpen() });
      if (!move) return;
      e.preventDefault();
      void (move === 'next' ? nextIfAllowed() : useLearn.getState().back());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // ← / → inside the player (before the page's shortcuts, which then leave the key alone).
  const onKeyDown = (e: ReactKeyboardEvent) => {
    const move = learnKeyFor(e.nativeEvent, { arrows: true, modalOpen: false });
    if (!move) return;
    e.preventDefault();
    void (move === 'next' ? nextIfAllowed() : back());
  };

  return (
    <aside
      className={`learn-player${embed ? ' learn-player-embed' : ''}`}
      aria-label={L('learn.player.label', { title: w.title[lang] })}
      data-testid="learn-player"
      data-walkthrough={w.id}
      data-step={index + 1}
      data-step-at={at}
      data-act={step.act ? (done ? 'done' : 'todo') : 'none'}
      data-at-step={!seeking && now === at ? 'true' : 'false'}
      onKeyDown={onKeyDown}
    >
      <header className="learn-head">
        <h2 className="learn-title" data-name-label>
          {w.title[lang]}
        </h2>
        <button
          type="button"
          className="btn btn-quiet btn-icon"
          aria-label={L('learn.player.close')}
          title={L('learn.player.close')}
          data-testid="learn-close"
          onClick={close}
        >
          <svg viewBox="0 0 16 16" className="icon" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      </header>
      <div className="learn-progress-row">
        <div
          className="learn-progress"
          role="progressbar"
          aria-label={L('learn.player.progress')}
          aria-valuemin={1}
          aria-valuemax={total}
          aria-valuenow={index + 1}
          aria-valuetext={L('learn.player.step', { n: index + 1, total })}
          data-testid="learn-progress"
        >
          <span style={{ width: `${((index + 1) / total) * 100}%` }} />
        </div>
        <span className="learn-count small muted" data-testid="learn-count">
          {L('learn.player.step', { n: index + 1, total })}
        </span>
      </div>
      <p className="learn-text" data-testid="learn-text" aria-live="polite">
        {text}
      </p>
      {seeking && <p className="small muted">{L('learn.player.seeking')}</p>}
      {step.act && (
        <div className={`learn-act learn-act-${done ? 'done' : 'todo'}`} data-testid="learn-act">
          <p className="small">{L(done ? 'learn.act.done' : 'learn.act.todo')}</p>
          {!done && (
            <button
              type="button"
              className="btn btn-small"
              data-testid="learn-do"
              onClick={() => void doAct()}
            >
              {L('learn.act.do')}
            </button>
          )}
        </div>
      )}
      <div className="learn-nav">
        <button
          type="button"
          className="btn"
          data-testid="learn-back"
          disabled={index === 0}
          onClick={() => void back()}
        >
          {L('learn.player.back')}
        </button>
        {last ? (
          <button
            type="button"
            className="btn btn-primary"
            data-testid="learn-finish"
            onClick={close}
          >
            {L('learn.player.finish')}
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-primary"
            data-testid="learn-next"
            disabled={!done}
            onClick={() => void next()}
          >
            {L('learn.player.next')}
          </button>
        )}
      </div>
      <p className="learn-foot small muted">
        <a href={stepHref(w.id, index + 1, lang, embed)} data-testid="learn-link">
          {L('learn.player.link')}
        </a>
        {!embed && <span className="learn-keys"> · {L('learn.player.keys')}</span>}
      </p>
    </aside>
  );
}

/** Next, unless this is the last step or its act is not done yet. */
function nextIfAllowed(): Promise<boolean> {
  return canAdvance() ? useLearn.getState().next() : Promise.resolve(false);
}

function modalOpen(): boolean {
  return document.querySelector('dialog[open], [aria-modal="true"]') !== null;
}
