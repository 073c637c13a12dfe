// What an animated export will render: which simulated moments become frames, and how long each
// frame shows. Pure, so the dialog's summary, the renderer and the tests agree.

/** The longest stretch of simulated time one animation may cover. */
export const MAX_STRETCH_MS = 20_000;
export const FPS_CHOICES = [2, 5, 10] as const;
export const GIF_SCALES = [1, 0.5] as const;
export const PNG_SCALES = [1, 2] as const;
/** Height of the band above a captured view (title, time), CSS px before scale. */
export const BAND_PX = 32;

export interface AnimationPlan {
  /** Simulated ms of the first and the last frame. */
  from: number;
  to: number;
  /** Frames per simulated second; the GIF plays at the simulation's own pace (1×). */
  fps: number;
}

/** A valid stretch: 100 ms to 20 s of simulated time, from 0 on. */
export function planError(plan: AnimationPlan): 'range' | null {
  const { from, to, fps } = plan;
  if (!Number.isFinite(from) || !Number.isFinite(to) || from < 0) return 'range';
  if (to - from < 100 || to - from > MAX_STRETCH_MS) return 'range';
  if (!(fps > 0)) return 'range';
  return null;
}

/** The simulated time of each frame: from `from`, every 1000/fps ms, up to `to` included. */
export function frameTimes(plan: AnimationPlan): number[] {
  if (planError(plan)) return [];
  const step = 1000 / plan.fps;
  const count = Math.floor((plan.to - plan.from) / step + 1e-9) + 1;
  return Array.from({ length: count }, (_, i) => Math.round(plan.from + i * step));
}

/** How long a frame shows, ms: one frame's share of simulated time, played at 1×. */
export function frameDelayMs(plan: AnimationPlan): number {
  return Math.round(1000 / plan.fps);
}

/** `kafkascope-<scenario>-<view>-<what>.<ext>`, safe as a file name. */
export function exportName(scenario: string, view: string, what: string, ext: string): string {
  const clean = (s: string) => s.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '') || 'run';
  return `kafkascope-${clean(scenario)}-${clean(view)}-${clean(what)}.${ext}`;
}

/** A link as printed on an image: no long fragment (a compressed scenario), no scheme. */
export function printableLink(link: string): string {
  try {
    const url = new URL(link);
    const hash = url.hash.length > 1 ? '#…' : '';
    return `${url.host}${url.pathname}${url.search}${hash}`;
  } catch {
    return link;
  }
}
