import { describe, expect, it } from 'vitest';
import {
  appBase,
  embedSrc,
  escapeAttribute,
  iframeCode,
  openInAppUrl,
  type EmbedOptions,
} from './embedLink';

const base = 'https://example.org/kafkascope/';
const options: EmbedOptions = {
  starterId: 'replication-kill-two-brokers',
  view: 'replication',
  lang: 'ko',
  theme: 'dark',
  t: 8000,
  until: 20000,
  autoplay: true,
  speed: 2,
};

describe('embed links', () => {
  it('puts the fixed parameters into the iframe address', () => {
    const url = new URL(embedSrc(base, options));
    expect(url.origin + url.pathname).toBe(base);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      scenario: 'replication-kill-two-brokers',
      view: 'replication',
      lang: 'ko',
      theme: 'dark',
      t: '8000',
      until: '20000',
      speed: '2',
      autoplay: '1',
      embed: '1',
    });
  });

  it('leaves out a stop time that is not after the start, autoplay when off', () => {
    const url = new URL(embedSrc(base, { ...options, until: 8000, autoplay: false }));
    expect(url.searchParams.has('until')).toBe(false);
    expect(url.searchParams.has('autoplay')).toBe(false);
    expect(new URL(embedSrc(base, { ...options, t: -5, until: null })).searchParams.get('t')).toBe(
      '0',
    );
  });

  it('strips query and fragment from the app address', () => {
    expect(appBase('https://example.org/app/?lang=en&t=1#scenario=abc')).toBe(
      'https://example.org/app/',
    );
  });

  it('writes iframe code for each size, with nothing that can break out of an attribute', () => {
    const src = embedSrc(base, options);
    const fixed = iframeCode(src, '640x400', 'A "quoted" <title>');
    expect(fixed).toContain('width="640" height="400"');
    expect(fixed).toContain('title="A &quot;quoted&quot; &lt;title&gt;"');
    expect(fixed).toContain(`src="${src.replace(/&/g, '&amp;')}"`);
    expect(iframeCode(src, '800x500', 't')).toContain('width="800" height="500"');
    const responsive = iframeCode(src, 'responsive', 't');
    expect(responsive).toContain('width: 100%');
    expect(responsive).toContain('aspect-ratio: 16 / 10');
    expect(responsive).not.toContain('width="');
    expect(escapeAttribute('a&b"c<d>e')).toBe('a&amp;b&quot;c&lt;d&gt;e');
  });

  it('opens the full app at the current moment: no embed, no autoplay, no stop', () => {
    const open = new URL(openInAppUrl(embedSrc(base, options), 12345.6));
    expect(open.searchParams.get('t')).toBe('12346');
    for (const gone of ['embed', 'autoplay', 'until'])
      expect(open.searchParams.has(gone)).toBe(false);
    expect(open.searchParams.get('scenario')).toBe('replication-kill-two-brokers');
    expect(open.searchParams.get('view')).toBe('replication');
    expect(open.searchParams.get('lang')).toBe('ko');
  });

  it('keeps the fragment (a custom scenario) when it opens the full app', () => {
    const open = openInAppUrl('https://example.org/?embed=1&t=5#scenario=N4Ig', 7000);
    expect(open).toBe('https://example.org/?t=7000#scenario=N4Ig');
  });
});
