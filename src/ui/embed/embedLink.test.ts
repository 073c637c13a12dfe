import { describe, expect, it } from 'vitest';
import { buildShareUrl, type ShareState } from '../../store/shareLink';
import { escapeAttribute, iframeCode, presetSize } from './embedLink';

const base = 'https://example.org/kafkascope/';
const state: ShareState = {
  starterId: 'replication-kill-two-brokers',
  scenario: null,
  now: 12_345,
  view: 'cluster',
  lang: 'en',
  theme: 'light',
  speed: 0.25,
  playing: false,
  queries: { actionLog: () => [] },
};

/** What the embed dialog asks the share link for. */
const src = buildShareUrl(state, {
  base,
  embed: true,
  view: 'replication',
  lang: 'ko',
  theme: 'dark',
  t: 8000,
  until: 20_000,
  autoplay: true,
  speed: 2,
  selection: null,
});

describe('embed code', () => {
  it('embeds a share link with the fixed parameters the dialog chose', () => {
    const url = new URL(src);
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

  it('writes iframe code for each size, with nothing that can break out of an attribute', () => {
    const fixed = iframeCode(src, '640x400', 'A "quoted" <title>');
    expect(fixed).toContain('width="640" height="400"');
    expect(fixed).toContain('title="A &quot;quoted&quot; &lt;title&gt;"');
    expect(fixed).toContain(`src="${src.replace(/&/g, '&amp;')}"`);
    expect(iframeCode(src, '800x500', 't')).toContain('width="800" height="500"');
    const responsive = iframeCode(src, 'responsive', 't');
    expect(responsive).toContain('width: 100%');
    expect(responsive).toContain('aspect-ratio: 16 / 10');
    expect(responsive).not.toContain('width="');
    expect(presetSize('responsive')).toEqual({ width: 640, height: 400 });
    expect(escapeAttribute('a&b"c<d>e')).toBe('a&amp;b&quot;c&lt;d&gt;e');
  });

  it('reads back from the code as the same address', () => {
    const code = iframeCode(src, '640x400', 't');
    const back = /src="([^"]+)"/
      .exec(code)![1]!
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(back).toBe(src);
  });
});
