// The page as pixels, drawn by us: an element and everything in it painted onto a Canvas 2D
// from the browser's own layout (getBoundingClientRect, Range rects for text, computed styles).
//
// Why not a library: modern-screenshot and html-to-image put a clone of the page into an SVG
// <foreignObject> and load it as an image. Chromium taints a canvas that draws such an image
// unless it came from a data: URL, and the app's Content-Security-Policy refuses data: images
// (e2e/csp.spec.ts). So this painter reads the layout and draws boxes, borders, gradients and
// text itself; inline <svg> drawings (plain SVG, no foreignObject) are copied with their computed
// styles and drawn from a blob: image, which does not taint. It paints what the views use —
// backgrounds, linear and repeating-linear gradients, borders with radii, outlines, opacity,
// overflow clipping, text, form controls, SVG — and leaves out shadows and pseudo-elements.

type Box = { x: number; y: number; w: number; h: number };
type Radii = [number, number, number, number];

type Op =
  | { kind: 'save' }
  | { kind: 'restore' }
  | { kind: 'clip'; box: Box; radii: Radii }
  | { kind: 'fill'; box: Box; radii: Radii; color: string; alpha: number }
  | { kind: 'gradient'; box: Box; radii: Radii; layer: string; alpha: number }
  | {
      kind: 'stroke';
      box: Box;
      radii: Radii;
      color: string;
      width: number;
      dash: number[];
      alpha: number;
    }
  | {
      kind: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      color: string;
      width: number;
      dash: number[];
      alpha: number;
    }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      font: string;
      color: string;
      spacing: string;
      alpha: number;
    }
  | { kind: 'svg'; box: Box; markup: string; alpha: number };

const px = (v: string) => parseFloat(v) || 0;

function transparent(color: string): boolean {
  return (
    color === 'transparent' ||
    color === 'rgba(0, 0, 0, 0)' ||
    /\/\s*0\)$/.test(color) ||
    /,\s*0\)$/.test(color)
  );
}

function radiiOf(s: CSSStyleDeclaration, box: Box): Radii {
  const max = Math.min(box.w, box.h) / 2;
  const r = (v: string) => Math.min(px(v), max);
  return [
    r(s.borderTopLeftRadius),
    r(s.borderTopRightRadius),
    r(s.borderBottomRightRadius),
    r(s.borderBottomLeftRadius),
  ];
}

function fontOf(s: CSSStyleDeclaration): string {
  return `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
}

function transformText(text: string, s: CSSStyleDeclaration): string {
  if (s.textTransform === 'uppercase') return text.toUpperCase();
  if (s.textTransform === 'lowercase') return text.toLowerCase();
  return text;
}

function dashOf(style: string, width: number): number[] {
  if (style === 'dashed') return [Math.max(3, width * 3), Math.max(2, width * 2)];
  if (style === 'dotted') return [width, width * 1.5];
  return [];
}

/** SVG presentation properties that CSS may set: copied as attributes onto a drawing's copy. */
export const SVG_PROPS = [
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
export function standaloneSvg(svg: SVGSVGElement, width: number, height: number): SVGSVGElement {
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

interface Walk {
  ops: Op[];
  range: Range;
}

function pushBox(w: Walk, el: Element, s: CSSStyleDeclaration, box: Box, alpha: number): void {
  const radii = radiiOf(s, box);
  if (!transparent(s.backgroundColor))
    w.ops.push({ kind: 'fill', box, radii, color: s.backgroundColor, alpha });
  if (s.backgroundImage && s.backgroundImage !== 'none') {
    for (const layer of splitTop(s.backgroundImage).reverse())
      if (/^(repeating-)?linear-gradient\(/.test(layer))
        w.ops.push({ kind: 'gradient', box, radii, layer, alpha });
  }
  // Borders: one stroke when all four sides agree, else each side as a line.
  const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => ({
    width: px(s.getPropertyValue(`border-${side.toLowerCase()}-width`)),
    style: s.getPropertyValue(`border-${side.toLowerCase()}-style`),
    color: s.getPropertyValue(`border-${side.toLowerCase()}-color`),
  }));
  const drawn = sides.filter((d) => d.width > 0 && d.style !== 'none' && d.style !== 'hidden');
  if (
    drawn.length === 4 &&
    sides.every(
      (d) =>
        d.width === sides[0]!.width && d.color === sides[0]!.color && d.style === sides[0]!.style,
    )
  ) {
    const d = sides[0]!;
    if (!transparent(d.color)) {
      const half = d.width / 2;
      w.ops.push({
        kind: 'stroke',
        box: { x: box.x + half, y: box.y + half, w: box.w - d.width, h: box.h - d.width },
        radii: radii.map((r) => Math.max(0, r - half)) as Radii,
        color: d.color,
        width: d.width,
        dash: dashOf(d.style, d.width),
        alpha,
      });
    }
  } else {
    const [top, right, bottom, left] = sides as [
      (typeof sides)[0],
      (typeof sides)[0],
      (typeof sides)[0],
      (typeof sides)[0],
    ];
    const line = (d: typeof top, x1: number, y1: number, x2: number, y2: number) => {
      if (d.width > 0 && d.style !== 'none' && !transparent(d.color))
        w.ops.push({
          kind: 'line',
          x1,
          y1,
          x2,
          y2,
          color: d.color,
          width: d.width,
          dash: dashOf(d.style, d.width),
          alpha,
        });
    };
    line(top, box.x, box.y + top.width / 2, box.x + box.w, box.y + top.width / 2);
    line(
      bottom,
      box.x,
      box.y + box.h - bottom.width / 2,
      box.x + box.w,
      box.y + box.h - bottom.width / 2,
    );
    line(left, box.x + left.width / 2, box.y, box.x + left.width / 2, box.y + box.h);
    line(
      right,
      box.x + box.w - right.width / 2,
      box.y,
      box.x + box.w - right.width / 2,
      box.y + box.h,
    );
  }
  // Outlines (a dashed swatch); focus rings are not part of a picture.
  const ow = px(s.outlineWidth);
  if (
    ow > 0 &&
    s.outlineStyle !== 'none' &&
    !el.matches(':focus-visible') &&
    !transparent(s.outlineColor)
  ) {
    const off = px(s.outlineOffset) + ow / 2;
    w.ops.push({
      kind: 'stroke',
      box: { x: box.x - off, y: box.y - off, w: box.w + 2 * off, h: box.h + 2 * off },
      radii: [0, 0, 0, 0],
      color: s.outlineColor,
      width: ow,
      dash: dashOf(s.outlineStyle, ow),
      alpha,
    });
  }
}

/** Control text: a select's chosen option, an input's value (or placeholder). */
function pushControl(w: Walk, el: Element, s: CSSStyleDeclaration, box: Box, alpha: number): void {
  let text = '';
  let color = s.color;
  if (el instanceof HTMLSelectElement) {
    text = el.selectedOptions[0]?.text ?? '';
    // The arrow.
    const cx = box.x + box.w - px(s.paddingRight) - 6;
    const cy = box.y + box.h / 2;
    w.ops.push({
      kind: 'line',
      x1: cx - 4,
      y1: cy - 2,
      x2: cx,
      y2: cy + 2,
      color,
      width: 1.5,
      dash: [],
      alpha,
    });
    w.ops.push({
      kind: 'line',
      x1: cx,
      y1: cy + 2,
      x2: cx + 4,
      y2: cy - 2,
      color,
      width: 1.5,
      dash: [],
      alpha,
    });
  } else if (el instanceof HTMLInputElement) {
    if (el.type === 'checkbox' || el.type === 'radio') {
      const size = Math.min(box.w, box.h, 14);
      const b = { x: box.x + (box.w - size) / 2, y: box.y + (box.h - size) / 2, w: size, h: size };
      const accent =
        getComputedStyle(document.documentElement).getPropertyValue('--accent').trim() || '#3456d1';
      const r = el.type === 'radio' ? size / 2 : 3;
      if (el.checked) {
        w.ops.push({ kind: 'fill', box: b, radii: [r, r, r, r], color: accent, alpha });
        w.ops.push({
          kind: 'line',
          x1: b.x + 3,
          y1: b.y + size / 2,
          x2: b.x + size / 2 - 1,
          y2: b.y + size - 4,
          color: '#fff',
          width: 2,
          dash: [],
          alpha,
        });
        w.ops.push({
          kind: 'line',
          x1: b.x + size / 2 - 1,
          y1: b.y + size - 4,
          x2: b.x + size - 3,
          y2: b.y + 3,
          color: '#fff',
          width: 2,
          dash: [],
          alpha,
        });
      } else {
        w.ops.push({
          kind: 'stroke',
          box: b,
          radii: [r, r, r, r],
          color: s.color,
          width: 1,
          dash: [],
          alpha,
        });
      }
      return;
    }
    text = el.value;
    if (!text) {
      text = el.placeholder;
      color = getComputedStyle(el, '::placeholder').color || s.color;
    }
  } else if (el instanceof HTMLTextAreaElement) {
    text = el.value.split('\n')[0] ?? '';
  }
  if (!text) return;
  const size = px(s.fontSize);
  w.ops.push({
    kind: 'text',
    x: box.x + px(s.borderLeftWidth) + px(s.paddingLeft),
    // Where a text rect's bottom would be: the baseline sits a descent above it.
    y: box.y + box.h / 2 + size * 0.6,
    text,
    font: fontOf(s),
    color,
    spacing: s.letterSpacing,
    alpha,
  });
}

function pushText(w: Walk, node: Text, s: CSSStyleDeclaration, alpha: number): void {
  const data = node.data;
  if (!/\S/.test(data) || s.visibility !== 'visible') return;
  const font = fontOf(s);
  // Each word where the layout put it: lines wrap between words.
  const word = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = word.exec(data))) {
    w.range.setStart(node, m.index);
    w.range.setEnd(node, m.index + m[0].length);
    const rects = w.range.getClientRects();
    if (rects.length === 0) continue;
    if (rects.length === 1) {
      const r = rects[0]!;
      if (r.width === 0) continue;
      w.ops.push({
        kind: 'text',
        x: r.left,
        y: r.bottom,
        text: transformText(m[0], s),
        font,
        color: s.color,
        spacing: s.letterSpacing,
        alpha,
      });
      continue;
    }
    // A word broken across lines: letter by letter.
    for (let i = 0; i < m[0].length; i++) {
      w.range.setStart(node, m.index + i);
      w.range.setEnd(node, m.index + i + 1);
      const r = w.range.getBoundingClientRect();
      if (r.width > 0)
        w.ops.push({
          kind: 'text',
          x: r.left,
          y: r.bottom,
          text: transformText(m[0][i]!, s),
          font,
          color: s.color,
          spacing: s.letterSpacing,
          alpha,
        });
    }
  }
}

/** Children in paint order: negative z-index first, then the flow, then positive z-index. */
function paintOrder(el: Element): Node[] {
  const nodes = Array.from(el.childNodes);
  const z = (n: Node) => {
    if (!(n instanceof Element)) return 0;
    const s = getComputedStyle(n);
    if (s.position === 'static') return 0;
    const v = parseInt(s.zIndex, 10);
    return Number.isFinite(v) ? v : 0;
  };
  return nodes
    .map((n, i) => ({ n, i, z: z(n) }))
    .sort((a, b) => a.z - b.z || a.i - b.i)
    .map((x) => x.n);
}

function walk(w: Walk, el: Element, alpha: number): void {
  const s = getComputedStyle(el);
  if (s.display === 'none') return;
  const a = alpha * (parseFloat(s.opacity) || 0);
  if (a < 0.01) return;
  const r = el.getBoundingClientRect();
  const box = { x: r.left, y: r.top, w: r.width, h: r.height };
  if (el instanceof SVGSVGElement) {
    if (box.w > 0 && box.h > 0 && s.visibility === 'visible')
      w.ops.push({
        kind: 'svg',
        box,
        markup: new XMLSerializer().serializeToString(standaloneSvg(el, box.w, box.h)),
        alpha: a,
      });
    return;
  }
  if (el instanceof HTMLIFrameElement || el instanceof HTMLDialogElement) return;
  if (s.visibility === 'visible') pushBox(w, el, s, box, a);
  if (
    el instanceof HTMLSelectElement ||
    el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement
  ) {
    if (s.visibility === 'visible') pushControl(w, el, s, box, a);
    return;
  }
  const clips = s.overflowX !== 'visible' || s.overflowY !== 'visible';
  if (clips) {
    w.ops.push({ kind: 'save' });
    w.ops.push({
      kind: 'clip',
      box: {
        x: box.x + px(s.borderLeftWidth),
        y: box.y + px(s.borderTopWidth),
        w: el.clientWidth,
        h: el.clientHeight,
      },
      radii: radiiOf(s, box),
    });
  }
  for (const child of paintOrder(el)) {
    if (child instanceof Text) pushText(w, child, s, a);
    else if (child instanceof Element) walk(w, child, a);
  }
  if (clips) w.ops.push({ kind: 'restore' });
}

/** Split a CSS list on its top-level commas. */
function splitTop(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(value.slice(start).trim());
  return out.filter(Boolean);
}

/** A color stop's color and positions (px or %), as the computed value writes it. */
function parseStop(stop: string): { color: string; at: string[] } {
  const m = /^(.*\))\s*(.*)$|^(\S+)\s*(.*)$/.exec(stop.trim());
  const color = (m?.[1] ?? m?.[3] ?? stop).trim();
  const rest = (m?.[2] ?? m?.[4] ?? '').trim();
  return { color, at: rest ? rest.split(/\s+/) : [] };
}

function paintGradient(ctx: CanvasRenderingContext2D, box: Box, layer: string): void {
  const repeating = layer.startsWith('repeating-');
  const inner = layer.slice(layer.indexOf('(') + 1, layer.lastIndexOf(')'));
  const parts = splitTop(inner);
  let angle = 180;
  const first = parts[0] ?? '';
  if (/^-?[\d.]+deg$/.test(first)) {
    angle = parseFloat(first);
    parts.shift();
  } else if (first.startsWith('to ')) {
    const dir: Record<string, number> = {
      'to top': 0,
      'to right': 90,
      'to bottom': 180,
      'to left': 270,
    };
    angle = dir[first] ?? 180;
    parts.shift();
  }
  const rad = (angle * Math.PI) / 180;
  const len = Math.abs(box.w * Math.sin(rad)) + Math.abs(box.h * Math.cos(rad));
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const dx = (Math.sin(rad) * len) / 2;
  const dy = (-Math.cos(rad) * len) / 2;
  // Stops in px along the gradient line.
  const stops: { color: string; at: number | null }[] = [];
  for (const part of parts) {
    const { color, at } = parseStop(part);
    if (at.length === 0) stops.push({ color, at: null });
    for (const a of at)
      stops.push({ color, at: a.endsWith('%') ? (parseFloat(a) / 100) * len : parseFloat(a) });
  }
  if (stops.length === 0) return;
  stops.forEach((st, i) => {
    if (st.at === null)
      st.at = stops.length === 1 ? 0 : (i / (stops.length - 1)) * (repeating ? 0 : len);
  });
  const at = (i: number) => stops[i]!.at!;
  const period = repeating ? at(stops.length - 1) - at(0) : len;
  if (!(period > 0.5)) return;
  const grad = ctx.createLinearGradient(cx - dx, cy - dy, cx + dx, cy + dy);
  const repeats = repeating ? Math.min(400, Math.ceil(len / period)) : 1;
  for (let k = 0; k < repeats; k++) {
    for (let i = 0; i < stops.length; i++) {
      const pos = (at(i) + k * period) / len;
      if (pos < 0 || pos > 1) continue;
      try {
        grad.addColorStop(pos, stops[i]!.color);
      } catch {
        return;
      }
    }
  }
  ctx.fillStyle = grad;
  ctx.fill();
}

function pathOf(ctx: CanvasRenderingContext2D, box: Box, radii: Radii): void {
  ctx.beginPath();
  if (radii.some((r) => r > 0)) ctx.roundRect(box.x, box.y, box.w, box.h, radii);
  else ctx.rect(box.x, box.y, box.w, box.h);
}

async function loadSvgImages(ops: Op[]): Promise<Map<string, HTMLImageElement>> {
  const images = new Map<string, HTMLImageElement>();
  for (const op of ops) {
    if (op.kind !== 'svg' || images.has(op.markup)) continue;
    const url = URL.createObjectURL(new Blob([op.markup], { type: 'image/svg+xml;charset=utf-8' }));
    const img = new Image();
    img.src = url;
    try {
      await img.decode();
      images.set(op.markup, img);
    } catch {
      // A drawing the browser cannot read as an image is left out, not fatal.
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  return images;
}

/**
 * Paint `root` (its padding box, as scrolled) onto a canvas of its size × scale, over
 * `background`. The layout is read in one go, then drawn.
 */
export async function paintElement(
  root: HTMLElement,
  scale: number,
  background: string,
): Promise<HTMLCanvasElement> {
  const r = root.getBoundingClientRect();
  const ox = r.left + root.clientLeft;
  const oy = r.top + root.clientTop;
  const width = root.clientWidth;
  const height = root.clientHeight;
  const w: Walk = { ops: [], range: document.createRange() };
  const s = getComputedStyle(root);
  for (const child of paintOrder(root)) {
    if (child instanceof Text) pushText(w, child, s, 1);
    else if (child instanceof Element) walk(w, child, 1);
  }
  const images = await loadSvgImages(w.ops);

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, width, height);
  ctx.translate(-ox, -oy);
  ctx.textBaseline = 'alphabetic';
  for (const op of w.ops) {
    switch (op.kind) {
      case 'save':
        ctx.save();
        break;
      case 'restore':
        ctx.restore();
        break;
      case 'clip':
        pathOf(ctx, op.box, op.radii);
        ctx.clip();
        break;
      case 'fill':
        ctx.globalAlpha = op.alpha;
        ctx.fillStyle = op.color;
        pathOf(ctx, op.box, op.radii);
        ctx.fill();
        break;
      case 'gradient':
        ctx.globalAlpha = op.alpha;
        ctx.save();
        pathOf(ctx, op.box, op.radii);
        paintGradient(ctx, op.box, op.layer);
        ctx.restore();
        break;
      case 'stroke':
        ctx.globalAlpha = op.alpha;
        ctx.strokeStyle = op.color;
        ctx.lineWidth = op.width;
        ctx.setLineDash(op.dash);
        pathOf(ctx, op.box, op.radii);
        ctx.stroke();
        ctx.setLineDash([]);
        break;
      case 'line':
        ctx.globalAlpha = op.alpha;
        ctx.strokeStyle = op.color;
        ctx.lineWidth = op.width;
        ctx.setLineDash(op.dash);
        ctx.beginPath();
        ctx.moveTo(op.x1, op.y1);
        ctx.lineTo(op.x2, op.y2);
        ctx.stroke();
        ctx.setLineDash([]);
        break;
      case 'text': {
        ctx.globalAlpha = op.alpha;
        ctx.font = op.font;
        ctx.fillStyle = op.color;
        ctx.letterSpacing = op.spacing === 'normal' ? '0px' : op.spacing;
        // The rect's bottom is the font's descent below the baseline.
        const descent = ctx.measureText(op.text).fontBoundingBoxDescent;
        ctx.fillText(op.text, op.x, op.y - descent);
        break;
      }
      case 'svg': {
        const img = images.get(op.markup);
        if (!img) break;
        ctx.globalAlpha = op.alpha;
        ctx.drawImage(img, op.box.x, op.box.y, op.box.w, op.box.h);
        break;
      }
    }
  }
  ctx.globalAlpha = 1;
  return canvas;
}
