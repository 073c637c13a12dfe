// The exporter's heavy part, loaded with a dynamic import when an export starts (the capture
// library and the GIF encoder stay out of the app's first load).
import { applyPalette, GIFEncoder, quantize } from 'gifenc';
import { useSimStore } from '../../store/simStore';
import {
  canvasBlob,
  captureElement,
  elementCapturer,
  frameCanvas,
  svgDrawing,
  type Capturer,
  type Stamp,
} from './capture';
import { allDeferredParts } from '../common/deferredParts';
import { freezeAnimations, runTo, settled } from './drive';
import { frameDelayMs, frameTimes, type AnimationPlan } from './plan';

export interface Rendered {
  blob: Blob;
  width: number;
  height: number;
  frames: number;
}

/** The view as it is now, framed, as a PNG. */
export async function renderPng(view: HTMLElement, scale: number, stamp: Stamp): Promise<Rendered> {
  await allDeferredParts();
  const undo = freezeAnimations();
  try {
    await settled();
    const canvas = frameCanvas(await captureElement(view, scale), scale, stamp);
    return {
      blob: await canvasBlob(canvas),
      width: canvas.width,
      height: canvas.height,
      frames: 1,
    };
  } finally {
    undo();
  }
}

/** An SVG drawing of the page, standalone. */
export function renderSvg(svg: SVGSVGElement, stamp: Stamp): Rendered {
  const text = svgDrawing(svg, stamp);
  const box = svg.getBoundingClientRect();
  return {
    blob: new Blob([text], { type: 'image/svg+xml' }),
    width: Math.round(box.width),
    height: Math.round(box.height) + 44,
    frames: 1,
  };
}

export interface GifProgress {
  frame: number;
  frames: number;
  phase: 'frames' | 'encoding';
}

/**
 * A stretch of the run as an animated GIF: the run is brought to each frame's simulated time and
 * the view captured there, so the file depends on the scenario and its actions only. The run is
 * paused meanwhile and brought back to where it was (and playing again if it was) at the end.
 */
export async function renderGif(
  view: HTMLElement,
  plan: AnimationPlan,
  scale: number,
  stampAt: (ms: number) => Stamp,
  onProgress: (p: GifProgress) => void,
  signal: AbortSignal,
): Promise<Rendered> {
  const times = frameTimes(plan);
  const delay = frameDelayMs(plan);
  const { now: startedAt, playing } = useSimStore.getState();
  useSimStore.getState().setPlaying(false);
  await allDeferredParts();
  const undo = freezeAnimations();
  const gif = GIFEncoder();
  let capturer: Capturer | undefined;
  let width = 0;
  let height = 0;
  try {
    // One capture context for every frame: every frame has the view's size as it is now,
    // whatever the window does meanwhile.
    capturer = await elementCapturer(view, scale);
    for (let i = 0; i < times.length; i++) {
      if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
      onProgress({ frame: i + 1, frames: times.length, phase: 'frames' });
      await runTo(times[i]!);
      const framed = frameCanvas(await capturer.capture(), scale, stampAt(times[i]!));
      width = framed.width;
      height = framed.height;
      const { data } = framed.getContext('2d')!.getImageData(0, 0, width, height);
      const palette = quantize(data, 256);
      const index = applyPalette(data, palette);
      gif.writeFrame(index, width, height, { palette, delay, repeat: 0 });
    }
    onProgress({ frame: times.length, frames: times.length, phase: 'encoding' });
    gif.finish();
    const bytes = gif.bytes();
    const copy = new Uint8Array(bytes.length);
    copy.set(bytes);
    return { blob: new Blob([copy], { type: 'image/gif' }), width, height, frames: times.length };
  } finally {
    capturer?.close();
    undo();
    await runTo(startedAt);
    if (playing) useSimStore.getState().setPlaying(true);
  }
}
