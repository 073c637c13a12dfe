// The timeline under the views: the run so far (0 … the furthest moment reached on this branch),
// a slider to seek anywhere (mouse, touch, keyboard), markers for what matters and for the
// person's own actions, previous/next event, undo. Seeks are exact (the store replays the run);
// a long one shows its progress.
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import type { Action } from '../../engine';
import { useSimStore } from '../../store/simStore';
import { HintButton } from '../common/HintButton';
import { useElementWidth } from '../common/useElementWidth';
import { formatSimTime } from '../common/format';
import { useT, type TFunction } from '../common/useT';
import { deferUntilIdle } from '../common/deferredParts';
import { useTimelineMarkers, type Marker, type MarkerKind } from './timelineMarkerState';
import './timeline.css';

// The marker log is fetched once the page is idle after opening (it then reads the run so far
// from the tape): the timeline draws its bar from the first frame, its markers a moment later.
deferUntilIdle(() => import('./timelineMarkers').then((m) => m.startTimelineMarkers()));

/** Markers closer than this many pixels share one button. */
const CLUSTER_PX = 9;
/** A seek shows its progress only when it takes longer than this (no flicker). */
const PROGRESS_DELAY_MS = 150;

type Kind = MarkerKind | 'action';

interface Item {
  kind: Kind;
  time: number;
  key: string;
  text: string;
}

interface Cluster {
  time: number;
  x: number;
  items: Item[];
  /** The kind drawn: the most serious in the cluster. */
  kind: Kind;
}

/** Drawing order and seriousness: earlier wins the glyph of a cluster. */
const SEVERITY: readonly Kind[] = [
  'lost',
  'action',
  'crash',
  'shutdown',
  'isolate',
  'election',
  'produceError',
  'isrShrink',
  'rebalance',
  'heal',
  'restart',
  'isrExpand',
  'roll',
];

export function Timeline() {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const now = useSimStore((s) => s.now);
  const horizon = useSimStore((s) => s.horizon);
  const seeking = useSimStore((s) => s.seeking);
  const userActions = useSimStore((s) => s.userActions);
  const hasSim = useSimStore((s) => s.scenario !== null);
  const markers = useTimelineMarkers((s) => s.markers);
  const { seek, seekBy, nudge, undoLastAction, setPlaying } = useSimStore.getState();

  const trackRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(trackRef);
  const [drag, setDrag] = useState<number | null>(null);
  const dragging = useRef<{ pointer: number; resume: boolean } | null>(null);
  const hintId = useId();

  const end = Math.max(horizon, now, 1);
  const x = useMemo(() => timeScale(end, Math.max(width, 1)), [end, width]);
  const shown = drag ?? seeking?.target ?? now;

  const items = useMemo(() => timelineItems(markers, userActions, t), [markers, userActions, t]);
  const clusters = useMemo(() => clusterItems(items, x), [items, x]);
  const prevTime = useMemo(() => findPrev(items, now), [items, now]);
  const nextTime = useMemo(() => findNext(items, now), [items, now]);

  const timeAt = useCallback(
    (clientX: number) => {
      const rect = trackRef.current!.getBoundingClientRect();
      return Math.round(x.invert(clientX - rect.left));
    },
    [x],
  );

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || !hasSim) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    const resume = useSimStore.getState().playing;
    if (resume) setPlaying(false);
    dragging.current = { pointer: e.pointerId, resume };
    const to = timeAt(e.clientX);
    setDrag(to);
    void seek(to);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (dragging.current?.pointer !== e.pointerId) return;
    const to = timeAt(e.clientX);
    setDrag(to);
    void seek(to);
  };
  const endDrag = (e: PointerEvent<HTMLDivElement>) => {
    const d = dragging.current;
    if (d?.pointer !== e.pointerId) return;
    dragging.current = null;
    const to = timeAt(e.clientX);
    void seek(to).then(() => {
      setDrag(null);
      if (d.resume) setPlaying(true);
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    let handled = true;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        if (e.shiftKey) void seekBy(1000);
        else void nudge(1, 100);
        break;
      case 'ArrowLeft':
      case 'ArrowDown':
        if (e.shiftKey) void seekBy(-1000);
        else void nudge(-1, 100);
        break;
      case 'PageUp':
        void seekBy(10_000);
        break;
      case 'PageDown':
        void seekBy(-10_000);
        break;
      case 'Home':
        void seek(0);
        break;
      case 'End':
        void seek(horizon);
        break;
      default:
        handled = false;
    }
    if (handled) {
      e.preventDefault();
      setPlaying(false);
    }
  };

  const inPast = now < horizon;
  const canUndo = userActions.length > 0;

  return (
    <div className="timeline" role="group" aria-label={t('timeline.label')}>
      <HintButton
        testId="timeline-prev"
        className="btn btn-small btn-icon tl-jump"
        label={t('timeline.prev')}
        hint={t('timeline.prev.hint')}
        icon={<PrevIcon />}
        text="none"
        disabled={prevTime === null}
        onClick={() => prevTime !== null && void seek(prevTime)}
      />
      <div className="tl-body">
        <MarkerStrip clusters={clusters} now={now} width={width} onJump={(to) => void seek(to)} />
        <div
          ref={trackRef}
          className="tl-track"
          role="slider"
          tabIndex={hasSim ? 0 : -1}
          data-testid="timeline"
          data-ms={now}
          data-horizon={horizon}
          aria-label={t('timeline.slider')}
          aria-describedby={hintId}
          aria-valuemin={0}
          aria-valuemax={horizon}
          aria-valuenow={shown}
          aria-valuetext={t('timeline.valueText', {
            time: formatSimTime(shown, lang),
            end: formatSimTime(horizon, lang),
          })}
          aria-disabled={!hasSim}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
          onKeyDown={onKeyDown}
        >
          <div className="tl-rail" />
          <div className="tl-fill" style={{ width: x(shown) }} />
          <div className="tl-thumb" style={{ left: x(shown) }} />
        </div>
        <span id={hintId} className="visually-hidden">
          {t('timeline.slider.hint')}
          {inPast ? ` ${t('timeline.branch', { time: formatSimTime(now, lang) })}` : ''}
        </span>
        <SeekProgressBar />
      </div>
      <HintButton
        testId="timeline-next"
        className="btn btn-small btn-icon tl-jump"
        label={t('timeline.next')}
        hint={t('timeline.next.hint')}
        icon={<NextIcon />}
        text="none"
        disabled={nextTime === null}
        onClick={() => nextTime !== null && void seek(nextTime)}
      />
      <HintButton
        testId="timeline-undo"
        className="btn btn-small tl-undo"
        label={t('timeline.undo')}
        hint={t('timeline.undo.hint')}
        title={canUndo ? t('timeline.undo.hint') : t('timeline.undo.none')}
        icon={<UndoIcon />}
        text="wide"
        disabled={!canUndo}
        onClick={() => void undoLastAction()}
      />
    </div>
  );
}

/**
 * Looking at the past: acting now starts a new branch. In the playback row (wide screens), so
 * that its coming and going never moves the timeline under a dragging finger.
 */
export function BranchNotice() {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const now = useSimStore((s) => s.now);
  const horizon = useSimStore((s) => s.horizon);
  if (now >= horizon) return null;
  return (
    <span className="tl-branch hide-narrow" data-testid="timeline-branch">
      {t('timeline.branch', { time: formatSimTime(now, lang) })}
    </span>
  );
}

/** The markers above the track: one button per cluster, one tab stop (arrow keys move). */
function MarkerStrip({
  clusters,
  now,
  width,
  onJump,
}: {
  clusters: Cluster[];
  now: number;
  width: number;
  onJump: (t: number) => void;
}) {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  // The tooltip follows the last thing the person did: focus a marker or point at one.
  const [focused, setFocused] = useState<number | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const tooltipId = useId();
  // The tab stop: the cluster at or before the moment shown.
  let current = 0;
  for (let i = 0; i < clusters.length; i++) if (clusters[i]!.time <= now) current = i;
  const active = focused ?? current;

  const move = (to: number) => {
    const i = Math.max(0, Math.min(clusters.length - 1, to));
    refs.current[i]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const keys: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowLeft: i - 1,
      Home: 0,
      End: clusters.length - 1,
    };
    if (e.key in keys) {
      e.preventDefault();
      move(keys[e.key]!);
    }
  };
  const tip = open !== null ? clusters[open] : undefined;

  return (
    <div
      className="tl-markers"
      role="toolbar"
      aria-label={`${t('timeline.markers')} (${t('timeline.markers.hint')})`}
      data-testid="timeline-markers"
      onMouseLeave={() => setOpen(focused)}
    >
      {clusters.map((c, i) => {
        const label = describeCluster(c, t, lang);
        return (
          <button
            key={c.items[0]!.key}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            className={`tl-marker tl-kind-${c.kind}`}
            style={{ left: c.x }}
            tabIndex={i === active ? 0 : -1}
            data-testid="timeline-marker"
            data-kind={c.kind}
            data-kinds={[...new Set(c.items.map((m) => m.kind))].join(',')}
            data-time={c.time}
            aria-label={label}
            aria-describedby={open === i ? tooltipId : undefined}
            onClick={() => onJump(c.time)}
            onFocus={() => {
              setFocused(i);
              setOpen(i);
            }}
            onBlur={() => {
              setFocused((f) => (f === i ? null : f));
              setOpen((o) => (o === i ? null : o));
            }}
            onMouseEnter={() => setOpen(i)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            <Glyph kind={c.kind} />
          </button>
        );
      })}
      {tip && (
        <div
          id={tooltipId}
          role="tooltip"
          className={`tl-tooltip${tipSide(tip.x, width)}`}
          data-testid="timeline-tooltip"
          style={{ left: tip.x }}
        >
          <time>{formatSimTime(tip.time, lang)}</time>
          <ul>
            {tip.items.slice(0, 4).map((m) => (
              <li key={m.key}>
                <Glyph kind={m.kind} /> {m.text}
              </li>
            ))}
          </ul>
          {tip.items.length > 4 && (
            <p className="muted">
              {t('timeline.markers.andMore', { count: tip.items.length - 4 })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

/** The progress of a long seek, shown after a short delay (a quick one shows nothing). */
function SeekProgressBar() {
  const t = useT();
  const lang = useSimStore((s) => s.lang);
  const seeking = useSimStore((s) => s.seeking);
  const [visible, setVisible] = useState(false);
  const active = seeking !== null;
  useEffect(() => {
    if (!active) {
      setVisible(false);
      return;
    }
    const id = setTimeout(() => setVisible(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(id);
  }, [active]);
  if (!seeking || !visible) return null;
  const span = Math.max(1, seeking.target - seeking.start);
  const percent = Math.max(
    0,
    Math.min(99, Math.floor(((seeking.at - seeking.start) / span) * 100)),
  );
  const label = t('timeline.seeking', { time: formatSimTime(seeking.target, lang), percent });
  return (
    <div className="tl-progress" data-testid="seek-progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="tl-progress-bar"
      >
        <div style={{ width: `${percent}%` }} />
      </div>
      <span className="tl-progress-text small">{label}</span>
    </div>
  );
}

function timelineItems(
  markers: readonly Marker[],
  actions: readonly Action[],
  t: TFunction,
): Item[] {
  const out: Item[] = markers.map((m) => ({
    kind: m.kind,
    time: m.time,
    key: `m${m.seq}`,
    text: describeMarker(m, t),
  }));
  actions.forEach((a, i) =>
    out.push({ kind: 'action', time: a.at, key: `a${i}@${a.at}`, text: describeAction(a, t) }),
  );
  return out.sort((a, b) => a.time - b.time);
}

/** A tooltip near an edge of the track hangs inward. */
/**
 * Simulated time [0, end] ↔ pixels [0, width], clamped both ways (what d3's clamped scaleLinear
 * did; written out so d3's scales are not part of the first download).
 */
function timeScale(
  end: number,
  width: number,
): ((t: number) => number) & {
  invert: (px: number) => number;
} {
  const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);
  return Object.assign((t: number) => (clamp(t, end) / end) * width, {
    invert: (px: number) => (clamp(px, width) / width) * end,
  });
}

function tipSide(x: number, width: number): string {
  if (x < width * 0.25) return ' tl-tip-start';
  if (x > width * 0.75) return ' tl-tip-end';
  return '';
}

function clusterItems(items: Item[], x: (t: number) => number): Cluster[] {
  const out: Cluster[] = [];
  for (const item of items) {
    const px = x(item.time);
    const last = out.at(-1);
    if (last && px - last.x < CLUSTER_PX) {
      last.items.push(item);
      if (SEVERITY.indexOf(item.kind) < SEVERITY.indexOf(last.kind)) last.kind = item.kind;
    } else out.push({ time: item.time, x: px, items: [item], kind: item.kind });
  }
  return out;
}

function findPrev(items: Item[], now: number): number | null {
  let prev: number | null = null;
  for (const m of items) if (m.time < now) prev = m.time;
  return prev;
}

function findNext(items: Item[], now: number): number | null {
  for (const m of items) if (m.time > now) return m.time;
  return null;
}

function describeMarker(m: Marker, t: TFunction): string {
  if (m.kind === 'election' && m.params.none === 1)
    return t('timeline.marker.electionNone', m.params);
  return t(`timeline.marker.${m.kind}`, m.params);
}

function describeAction(a: Action, t: TFunction): string {
  switch (a.do) {
    case 'produce':
      return t('timeline.action.produce', {
        key: a.key ?? t('timeline.action.nullKey'),
        topic: a.topic,
      });
    case 'setConfig':
      return t('timeline.action.setConfig', {
        key: a.key,
        value: String(a.value),
        target: a.target,
      });
    case 'createTopic':
      return t('timeline.action.createTopic', { topic: a.topic.name });
    case 'addPartitions':
      return t('timeline.action.addPartitions', { topic: a.topic, count: a.count });
    case 'addConsumer':
      return t('timeline.action.addConsumer', { group: a.group });
    case 'removeConsumer':
    case 'crashConsumer':
    case 'stallConsumer':
      return t(`timeline.action.${a.do}`, { member: a.member });
    case 'setWorkload':
      return t('timeline.action.setWorkload', { producer: a.producer, rate: a.ratePerSec });
    default:
      return t(`timeline.action.${a.do}`, { broker: a.broker });
  }
}

function describeCluster(c: Cluster, t: TFunction, lang: 'ko' | 'en'): string {
  const first = c.items[0]!.text;
  const what =
    c.items.length > 1 ? t('timeline.markers.more', { first, count: c.items.length - 1 }) : first;
  return t('timeline.markers.at', { what, time: formatSimTime(c.time, lang) });
}

/** A shape per kind, so colour is not the only signal. */
function Glyph({ kind }: { kind: Kind }) {
  return (
    <svg viewBox="0 0 10 10" aria-hidden="true" className={`tl-glyph tl-kind-${kind}`}>
      {GLYPHS[kind]}
    </svg>
  );
}

const GLYPHS: Record<Kind, ReactNode> = {
  crash: <path d="M1 1L9 9M9 1L1 9" className="stroke" />,
  shutdown: <rect x="2" y="2" width="6" height="6" />,
  restart: <path d="M2 8L5 2L8 8Z" />,
  isolate: <circle cx="5" cy="5" r="3.5" className="stroke" />,
  heal: <circle cx="5" cy="5" r="3.5" />,
  election: <path d="M1 8L2 3L4 5.5L5 2L6 5.5L8 3L9 8Z" />,
  isrShrink: <path d="M1 2H9L5 8Z" />,
  isrExpand: <path d="M1 8H9L5 2Z" />,
  rebalance: <path d="M2 5a3 3 0 1 1 1 2.2M2 8V5.5H4.5" className="stroke" />,
  roll: <path d="M3 1v8M7 1v8" className="stroke" />,
  produceError: <path d="M5 1L9 9H1Z" className="stroke" />,
  lost: <path d="M5 1L9 5L5 9L1 5Z" />,
  action: <path d="M5 0.5L9.5 5L5 9.5L0.5 5Z M5 3L7 5L5 7L3 5Z" fillRule="evenodd" />,
};

function PrevIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="icon icon-fill">
      <path d="M3 2.5h2v11H3zM13 2.5v11L6 8z" />
    </svg>
  );
}

function NextIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="icon icon-fill">
      <path d="M3 2.5v11l7-5.5zM11 2.5h2v11h-2z" />
    </svg>
  );
}

function UndoIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="icon">
      <path d="M5 3L2 6l3 3M2 6h7.5a4 4 0 0 1 0 8H6" />
    </svg>
  );
}
