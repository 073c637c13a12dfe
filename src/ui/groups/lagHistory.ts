// Each group's per-partition lag over time, sampled from the published snapshots (a bounded window
// per partition). It cannot be rebuilt from the trace, so it starts with the page (views.tsx); the
// group log, rebuilt from the tape when the groups view first loads, lives in groupLog.ts.
import { create } from 'zustand';
import { tpKey } from '../../engine';
import { useSimStore } from '../../store/simStore';

/** Sample every this many simulated ms; keep this many samples (a 30 s window). */
export const LAG_SAMPLE_MS = 500;
export const LAG_SAMPLES = 60;

export interface LagSample {
  t: number;
  lag: number;
}

interface LagState {
  /** group → `topic-p` → samples, oldest first. */
  series: Readonly<Record<string, Readonly<Record<string, readonly LagSample[]>>>>;
}

export const useLagHistory = create<LagState>()(() => ({ series: {} }));

let lagStarted = false;

/** Sample each group's per-partition lag from the store's snapshots. Idempotent. */
export function startLagHistory(): void {
  if (lagStarted) return;
  lagStarted = true;
  let simId = useSimStore.getState().simId;
  let last = -Infinity;
  useSimStore.subscribe((s) => {
    if (s.simId !== simId) {
      simId = s.simId;
      last = -Infinity;
      useLagHistory.setState({ series: {} });
    }
    const snap = s.snapshot;
    if (!snap) return;
    // Time went backwards (a restart of the same object): start again.
    if (snap.time < last) {
      last = -Infinity;
      useLagHistory.setState({ series: {} });
    }
    if (snap.time - last < LAG_SAMPLE_MS) return;
    last = snap.time;
    const prev = useLagHistory.getState().series;
    const next: Record<string, Record<string, readonly LagSample[]>> = {};
    for (const g of snap.consumerGroups ?? []) {
      const before = prev[g.id] ?? {};
      const out: Record<string, readonly LagSample[]> = {};
      for (const l of g.lag ?? []) {
        const k = tpKey(l.topic, l.partition);
        out[k] = [...(before[k] ?? []), { t: snap.time, lag: l.lag }].slice(-LAG_SAMPLES);
      }
      next[g.id] = out;
    }
    useLagHistory.setState({ series: next });
  });
}
