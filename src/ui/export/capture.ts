// Pictures of the page, for the exporter (loaded only when an export starts):
// - `elementCapturer`: an element as it is on screen, scrolled part included, captured by
//   modern-screenshot (a clone of the element with its computed styles in an SVG <foreignObject>,
//   loaded as a data: image and drawn onto a canvas; the CSP's img-src allows data: for it).
// - `frameCanvas`: a captured view with the export's frame around it — the scenario's title and
//   the simulated time above, the KafkaScope link in the bottom-right corner.
// - `svgDrawing`: an SVG the view draws (the storage view's segment map) as a standalone file,
//   its CSS resolved into attributes so it looks the same outside the app.
import { createContext, destroyContext, domToCanvas } from 'modern-screenshot';
import { BAND_PX } from './plan';

export interface Capture {
  canvas: HTMLCanvasElement;
  /** CSS px of the element captured. */
  width: number;
  height: number;
}

export interface Capturer {
  /** The element as it is now: its visible box, scrolled content as scrolled. */
  capture(): Promise<Capture>;
  /** Let go of the library's context (its hidden sandbox frame, its style caches). */
  close(): void;
}

/** Whether the browser's scrollbars take room in the layout (classic ones) or none (overlay). */
function scrollbarsTakeRoom(): boolean {
  const probe = document.createElement('div');
  Object.assign(probe.style, {
    position: 'absolute',
    visibility: 'hidden',
    width: '100px',
    height: '100px',
    overflow: 'scroll',
  });
  document.body.append(probe);
  const room = probe.offsetWidth - probe.clientWidth;
  probe.remove();
  return room > 0;
}

/**
 * Captures of `el` at `scale`, as many as asked (the frames of a GIF share one context, so the
 * browser's default styles are looked up once). The size is the element's size when this is
 * called: every capture has it.
 */
export async function elementCapturer(el: HTMLElement, scale: number): Promise<Capturer> {
  const width = el.clientWidth;
  const height = el.clientHeight;
  // A scroll container in the captured image keeps the room of a classic scrollbar but paints it
  // blank: where the page's scrollbars take no room, the copies have none either, so a list cut
  // at its bottom edge shows the same rows as on screen.
  const noScrollbars = !scrollbarsTakeRoom();
  const context = await createContext(el, {
    width,
    height,
    scale,
    backgroundColor: getComputedStyle(document.body).backgroundColor,
    // The view's scroll position is kept (its children moved by it); its scrollbar is not drawn.
    style: { overflow: 'hidden' },
    features: { restoreScrollPosition: true },
    // The app uses the system's fonts: no web font to embed.
    font: false,
    onCloneEachNode: (cloned) => {
      if (noScrollbars && (cloned instanceof HTMLElement || cloned instanceof SVGElement))
        cloned.style.setProperty('scrollbar-width', 'none');
    },
    // The library copies ::before and ::after but not ::placeholder: the app's one placeholder
    // colour goes into the image's own stylesheet.
    onCreateForeignObjectSvg: (svg) => {
      const input = el.querySelector('input[placeholder], textarea[placeholder]');
      if (!input) return;
      const { color, opacity } = getComputedStyle(input, '::placeholder');
      const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
      // The copied inputs carry -webkit-text-fill-color, which the placeholder would inherit.
      const fill = `color: ${color}; -webkit-text-fill-color: ${color}; opacity: ${opacity}`;
      style.textContent = `::placeholder { ${fill}; }`;
      svg.prepend(style);
    },
  });
  return {
    capture: async () => ({ canvas: await domToCanvas(context), width, height }),
    close: () => destroyContext(context),
  };
}

/** One capture of `el` at `scale`. */
export async function captureElement(el: HTMLElement, scale: number): Promise<Capture> {
  const capturer = await elementCapturer(el, scale);
  try {
    return await capturer.capture();
  } finally {
    capturer.close();
  }
}

export interface Stamp {
  title: string;
  /** The simulated time, already in words ("t = 12.345 s"). */
  time: string;
  /** The link to the same run and moment. */
  link: string;
  /** The link as printed in the corner (a long fragment shortened). */
  linkText: string;
}

function themeColor(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** Cut `text` with an ellipsis to fit `max` px in the context's font. */
function fit(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

/** The captured view under a band with the title and time, the link in the bottom-right corner. */
export function frameCanvas(capture: Capture, scale: number, stamp: Stamp): HTMLCanvasElement {
  const band = Math.round(BAND_PX * scale);
  const canvas = document.createElement('canvas');
  // Rounded, as the dialog announces it (the library's canvas may be a pixel smaller: floored).
  canvas.width = Math.round(capture.width * scale);
  canvas.height = Math.round(capture.height * scale) + band;
  const ctx = canvas.getContext('2d')!;
  const sans = getComputedStyle(document.body).fontFamily;
  const surface = themeColor('--surface', '#ffffff');
  const text = themeColor('--text', '#1c222b');
  const muted = themeColor('--text-muted', '#5d6877');
  const accent = themeColor('--accent', '#3456d1');
  const border = themeColor('--border', '#e3e6eb');

  ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
  ctx.fillRect(0, band, canvas.width, canvas.height - band);
  ctx.fillStyle = surface;
  ctx.fillRect(0, 0, canvas.width, band);
  ctx.fillStyle = border;
  ctx.fillRect(
    0,
    band - Math.max(1, Math.round(scale)),
    canvas.width,
    Math.max(1, Math.round(scale)),
  );
  ctx.drawImage(capture.canvas, 0, band);

  const pad = 10 * scale;
  ctx.textBaseline = 'middle';
  // The time on the right, the title in what is left.
  ctx.font = `600 ${13 * scale}px ${sans}`;
  const timeWidth = ctx.measureText(stamp.time).width;
  ctx.fillStyle = muted;
  ctx.fillText(stamp.time, canvas.width - pad - timeWidth, band / 2);
  // Three bars: the app's logo.
  ctx.fillStyle = accent;
  const bar = (y: number, w: number, alpha: number) => {
    ctx.globalAlpha = alpha;
    ctx.fillRect(pad, band / 2 + (y - 8) * scale, w * scale, 4 * scale);
  };
  bar(0, 11, 1);
  bar(6, 15, 0.7);
  bar(12, 8, 0.45);
  ctx.globalAlpha = 1;
  ctx.fillStyle = text;
  ctx.font = `650 ${14 * scale}px ${sans}`;
  const titleX = pad + 22 * scale;
  ctx.fillText(
    fit(ctx, stamp.title, canvas.width - titleX - timeWidth - 3 * pad),
    titleX,
    band / 2,
  );

  // The link, bottom right, on a pill that keeps it readable over any view.
  ctx.font = `500 ${11 * scale}px ${sans}`;
  const label = fit(ctx, stamp.linkText, canvas.width * 0.7);
  const lw = ctx.measureText(label).width;
  const ph = 20 * scale;
  const px = canvas.width - lw - 2 * pad - 6 * scale;
  const py = canvas.height - ph - 6 * scale;
  ctx.globalAlpha = 0.92;
  ctx.fillStyle = surface;
  ctx.beginPath();
  ctx.roundRect(px, py, lw + 2 * pad, ph, 6 * scale);
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.strokeStyle = border;
  ctx.lineWidth = Math.max(1, scale);
  ctx.stroke();
  ctx.fillStyle = accent;
  ctx.fillText(label, px + pad, py + ph / 2);
  return canvas;
}

export function canvasBlob(canvas: HTMLCanvasElement, type = 'image/png'): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob gave nothing'))), type),
  );
}

/** SVG presentation properties that CSS may set: copied as attributes onto a drawing's copy. */
const SVG_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/** A standalone copy of an inline <svg>: computed styles as attributes, sized as drawn. */
function standaloneSvg(svg: SVGSVGElement, width: number, height: number): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    const target = to[i]!;
    const style = getComputedStyle(el);
    for (const prop of SVG_PROPS) {
      const value = style.getPropertyValue(prop);
      if (value) target.setAttribute(prop, value);
    }
    target.removeAttribute('class');
    target.removeAttribute('style');
    if (el !== svg && style.transform && style.transform !== 'none')
      target.setAttribute(
        'style',
        `transform: ${style.transform}; transform-origin: ${style.transformOrigin}; transform-box: ${style.transformBox}`,
      );
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return copy;
}

/**
 * A standalone copy of an SVG the page draws: every element with its computed presentation
 * properties as attributes (the app's stylesheet does not travel with the file), a background,
 * and a line with the title, the time and the link under the drawing.
 */
export function svgDrawing(svg: SVGSVGElement, stamp: Stamp): string {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const copy = standaloneSvg(svg, width, height);
  const foot = 44;
  const ns = 'http://www.w3.org/2000/svg';
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height + foot));
  copy.setAttribute('viewBox', `0 0 ${width} ${height + foot}`);
  const sans = getComputedStyle(document.body).fontFamily;
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', themeColor('--surface', '#ffffff'));
  copy.insertBefore(bg, copy.firstChild);
  const caption = document.createElementNS(ns, 'text');
  caption.setAttribute('x', '8');
  caption.setAttribute('y', String(height + 18));
  caption.setAttribute('font-family', sans);
  caption.setAttribute('font-size', '12');
  caption.setAttribute('fill', themeColor('--text', '#1c222b'));
  caption.textContent = `${stamp.title} · ${stamp.time}`;
  const link = document.createElementNS(ns, 'a');
  link.setAttribute('href', stamp.link);
  const linkText = document.createElementNS(ns, 'text');
  linkText.setAttribute('x', String(width - 8));
  linkText.setAttribute('y', String(height + 36));
  linkText.setAttribute('text-anchor', 'end');
  linkText.setAttribute('font-family', sans);
  linkText.setAttribute('font-size', '11');
  linkText.setAttribute('fill', themeColor('--accent', '#3456d1'));
  linkText.textContent = stamp.linkText;
  link.append(linkText);
  copy.append(caption, link);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}
