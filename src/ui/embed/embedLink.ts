// The embed's links: the iframe's address, the HTML that embeds it, and the "open in KafkaScope"
// address of the same moment. Pure functions over plain values, so they are unit-tested and the
// dialog, the embed and the exporter say the same thing.
//
// The iframe's address uses the fixed query parameters of the link format (design.md, "Links
// and embedding": scenario, t, until, speed, autoplay, view, lang, theme, embed). `embedSrc` is
// the one place that builds it from this screen's state; once the store's share links carry the
// whole run (its action log, a custom scenario), it delegates to them.
import type { Lang } from '../../content/i18n';
import type { Theme, ViewId } from '../../store/urlState';

export interface EmbedOptions {
  /** The starter the run came from; null for a custom scenario. */
  starterId: string | null;
  view: ViewId;
  lang: Lang;
  theme: Theme;
  /** The moment the embed opens at, simulated ms. */
  t: number;
  /** Where playback stops, simulated ms; null: it runs on. */
  until: number | null;
  autoplay: boolean;
  speed: number;
}

/** The app's own address without query or fragment: where an embed and a link point. */
export function appBase(href: string): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  return url.toString();
}

/** A whole, non-negative number of ms (a typed time may be anything). */
function ms(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}

/** The query of an embed with the fixed parameters, in a stable order. */
export function embedQuery(o: EmbedOptions): URLSearchParams {
  const q = new URLSearchParams();
  if (o.starterId) q.set('scenario', o.starterId);
  q.set('view', o.view);
  q.set('lang', o.lang);
  q.set('theme', o.theme);
  q.set('t', String(ms(o.t)));
  if (o.until !== null && ms(o.until) > ms(o.t)) q.set('until', String(ms(o.until)));
  q.set('speed', String(o.speed));
  if (o.autoplay) q.set('autoplay', '1');
  q.set('embed', '1');
  return q;
}

/** The iframe's src: the app at `base` with the embed's parameters. */
export function embedSrc(base: string, o: EmbedOptions): string {
  const url = new URL(base);
  url.search = embedQuery(o).toString();
  return url.toString();
}

export const SIZE_PRESETS = ['640x400', '800x500', 'responsive'] as const;
export type SizePreset = (typeof SIZE_PRESETS)[number];

/** Width and height of a preset; the responsive one keeps 640×400's 16:10 shape. */
export function presetSize(preset: SizePreset): { width: number; height: number } {
  if (preset === '800x500') return { width: 800, height: 500 };
  return { width: 640, height: 400 };
}

/** Text as an HTML attribute value (double-quoted): nothing in it can close the attribute. */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The HTML a reader pastes into their notes. */
export function iframeCode(src: string, preset: SizePreset, title: string): string {
  const attrs = [`src="${escapeAttribute(src)}"`, `title="${escapeAttribute(title)}"`];
  if (preset === 'responsive') {
    attrs.push('style="width: 100%; aspect-ratio: 16 / 10; border: 0"');
  } else {
    const { width, height } = presetSize(preset);
    attrs.push(`width="${width}"`, `height="${height}"`, 'style="border: 0"');
  }
  attrs.push('loading="lazy"');
  return `<iframe ${attrs.join(' ')}></iframe>`;
}

/**
 * The full app at the embed's current moment: the embed's own address without `embed`, paused
 * at `now` (no autoplay, no stop time), everything else kept.
 */
export function openInAppUrl(href: string, now: number): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  url.searchParams.delete('autoplay');
  url.searchParams.delete('until');
  url.searchParams.set('t', String(ms(now)));
  return url.toString();
}
