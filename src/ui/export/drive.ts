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

/**
 * Bring the run to `ms` exactly, backwards too: the store's seek rebuilds that moment from the
 * scenario and the action log (checkpoints plus replay), the same state a fresh run would reach.
 */
export async function runTo(ms: number): Promise<void> {
  await useSimStore.getState().seek(ms);
  await settled();
}

/**
 * Freeze every wall-clock animation while frames are captured; returns the undo. Call
 * allDeferredParts first: a part of the page that arrived between two frames (the timeline's
 * markers) would make the same stretch render differently.
 */
export function freezeAnimations(): () => void {
  const before = MotionGlobalConfig.skipAnimations;
  MotionGlobalConfig.skipAnimations = true;
  document.documentElement.classList.add('exporting');
  return () => {
    MotionGlobalConfig.skipAnimations = before;
    document.documentElement.classList.remove('exporting');
  };
}
