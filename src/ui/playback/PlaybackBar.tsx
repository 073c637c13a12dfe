// The timeline, then play/pause, step one event, restart, speed and the simulated clock: the
// transport, at the bottom of the page (in a short frame it stays there while the page scrolls).
import { useId } from 'react';
import { SPEEDS, useSimStore, type Speed } from '../../store/simStore';
import { HintButton } from '../common/HintButton';
import { useT } from '../common/useT';
import { SimTime } from './SimTime';
import { BranchNotice, Timeline } from './Timeline';

export function PlaybackBar() {
  const t = useT();
  const speedId = useId();
  const playing = useSimStore((s) => s.playing);
  const speed = useSimStore((s) => s.speed);
  const hasSim = useSimStore((s) => s.scenario !== null);
  const { togglePlaying, step, restart, setSpeed } = useSimStore.getState();
  const playLabel = t(playing ? 'playback.pause' : 'playback.play');
  return (
    <div className="transport">
      <Timeline />
      <div className="playback" id="playback" role="toolbar" aria-label={t('playback.label')}>
        <button
          type="button"
          className="btn btn-primary"
          data-testid="play-toggle"
          aria-label={playLabel}
          aria-pressed={playing}
          aria-keyshortcuts="Space K"
          disabled={!hasSim}
          onClick={togglePlaying}
        >
          {playing ? <PauseIcon /> : <PlayIcon />}
          <span>{playLabel}</span>
        </button>
        <HintButton
          testId="step"
          className="btn"
          label={t('playback.step')}
          hint={t('playback.step.hint')}
          icon={<StepIcon />}
          text="shown"
          disabled={!hasSim}
          onClick={step}
        />
        <HintButton
          testId="restart"
          className="btn btn-quiet"
          label={t('playback.restart')}
          hint={t('playback.restart.hint')}
          icon={<RestartIcon />}
          text="wide"
          disabled={!hasSim}
          onClick={restart}
        />
        <div className="field-inline">
          <label htmlFor={speedId}>{t('playback.speed')}</label>
          <select
            id={speedId}
            aria-label={t('playback.speed')}
            data-testid="speed"
            value={speed}
            onChange={(e) => setSpeed(Number(e.target.value) as Speed)}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </div>
        <BranchNotice />
        <SimTime />
      </div>
    </div>
  );
}

function PlayIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="icon icon-fill">
      <path d="M4 2.5v11l9-5.5z" />
    </svg>
  );
}

function PauseIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="icon icon-fill">
      <path d="M4 2.5h3v11H4zM9 2.5h3v11H9z" />
    </svg>
  );
}

function StepIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="icon icon-fill">
      <path d="M3 2.5v11l7-5.5zM11 2.5h2.5v11H11z" />
    </svg>
  );
}

function RestartIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="icon">
      <path d="M3 8a5 5 0 1 0 1.6-3.7M3 2.5v2.5h2.5" />
    </svg>
  );
}
