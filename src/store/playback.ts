// The playback loop: while playing, each animation frame advances the simulation by
// wall-clock dt × speed (the store caps dt, so a hidden tab does not jump minutes ahead).
import { useSimStore } from './simStore';

export function startPlaybackLoop(): () => void {
  let raf = 0;
  let last: number | null = null;

  const frame = (ts: number) => {
    const state = useSimStore.getState();
    if (!state.playing) {
      raf = 0;
      last = null;
      return;
    }
    state.advanceWall(last === null ? 0 : ts - last);
    last = ts;
    raf = requestAnimationFrame(frame);
  };

  const kick = () => {
    if (raf === 0 && useSimStore.getState().playing) raf = requestAnimationFrame(frame);
  };

  const unsubscribe = useSimStore.subscribe((s, prev) => {
    if (s.playing !== prev.playing) kick();
  });
  kick();

  return () => {
    unsubscribe();
    if (raf !== 0) cancelAnimationFrame(raf);
    raf = 0;
  };
}
