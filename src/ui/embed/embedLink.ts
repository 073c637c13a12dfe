// The HTML that embeds KafkaScope in someone's notes: an iframe of a share link with embed=1
// (src/store/shareLink.ts builds the address), at a preset size. Pure, so it is unit-tested.

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
