// Driving the run to a moment for the exporter: each frame of an animation is the deterministic
// simulation at that frame's simulated time, drawn by the views, with nothing that depends on the
// wall clock (framer-motion's animations skipped, CSS transitions and animations off).
import { MotionGlobalConfig } from 'framer-motion';
import { useSimStore } from '../../store/simStore';

/** Wait until React has drawn the store's latest state and the browser has laid it out. */
export function settled(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );
}

/** The store's seek, once the timeline has one (checkpoints plus replay, backwards too). */
type Seek = (ms: number) => void;

function storeSeek(): Seek | null {
  const seek = (useSimStore.getState() as unknown as { seek?: unknown }).seek;
  return typeof seek === 'function' ? (seek as Seek) : null;
}

/**
 * Bring the run to `ms` exactly. Until the store can seek, forward only through the store's own
 * clock (and backwards by restarting the scenario, which drops actions taken in the UI).
 */
export async function runTo(ms: number): Promise<void> {
  const seek = storeSeek();
  if (seek) {
    seek(ms);
  } else {
    const store = useSimStore.getState();
    if (ms < store.now) store.restart();
    const { speed } = useSimStore.getState();
    useSimStore.setState({ speed: 1 });
    try {
      while (useSimStore.getState().now < ms) {
        const left = ms - useSimStore.getState().now;
        useSimStore.getState().advanceWall(Math.min(100, left), left <= 100);
      }
    } finally {
      useSimStore.setState({ speed });
    }
  }
  await settled();
}

/** Freeze every wall-clock animation while frames are captured; returns the undo. */
export function freezeAnimations(): () => void {
  const before = MotionGlobalConfig.skipAnimations;
  MotionGlobalConfig.skipAnimations = true;
  document.documentElement.classList.add('exporting');
  return () => {
    MotionGlobalConfig.skipAnimations = before;
    document.documentElement.classList.remove('exporting');
  };
}
