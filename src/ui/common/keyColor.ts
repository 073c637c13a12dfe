// Record colours by key. The scenario's keys (its workloads', then its scripted produce
// actions') take the palette in order (so a starter always looks the same); other keys get a
// colour from a hash. Keyless = grey.
import { useMemo } from 'react';
import type { Scenario } from '../../engine';
import { useSimStore } from '../../store/simStore';

// d3's schemeTableau10 (d3-scale-chromatic 3.1), written out rather than imported: that package
// ships as one module whose colour ramps are built when it loads, so importing one scheme from it
// cost 16 KiB of the first download. (The filter this replaced meant to drop the grey, reserved
// for keyless records, but looked for #bab0ac while the scheme's is #bab0ab: the grey stays, so
// every key keeps the colour it had.)
const PALETTE: readonly string[] = [
  '#4e79a7',
  '#f28e2c',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc949',
  '#af7aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ab',
];
export const KEYLESS_COLOR = '#a3a9b0';

export type KeyColor = (key: string | null) => string;

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function makeKeyColor(knownKeys: readonly string[]): KeyColor {
  const index = new Map(knownKeys.map((k, i) => [k, i]));
  return (key) => {
    if (key === null) return KEYLESS_COLOR;
    const i = index.get(key) ?? hash(key);
    return PALETTE[i % PALETTE.length]!;
  };
}

const DARK_TEXT = '#111418';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

/**
 * Dark or white text, whichever has the higher WCAG contrast on `bg`: every key colour then
 * reads at 4.5:1 or more (white only on the palette's blue).
 */
export function textOn(bg: string): string {
  let text = textColors.get(bg);
  if (text === undefined) {
    const l = luminance(bg);
    const onDark = (l + 0.05) / (luminance(DARK_TEXT) + 0.05);
    const onWhite = 1.05 / (l + 0.05);
    text = onDark >= onWhite ? DARK_TEXT : '#ffffff';
    // A handful of key colours: remembered, since every offset cell asks.
    if (textColors.size < 256) textColors.set(bg, text);
  }
  return text;
}

const textColors = new Map<string, string>();

/** The keys a scenario names: its workloads' keys, then its scripted produce actions' keys, in order. */
export function scenarioKeys(scenario: Scenario | null): string[] {
  const keys: string[] = [];
  const add = (k: string | null | undefined) => {
    if (k !== null && k !== undefined && !keys.includes(k)) keys.push(k);
  };
  for (const p of scenario?.producers ?? []) for (const k of p.workload?.keys ?? []) add(k);
  for (const a of scenario?.actions ?? []) if (a.do === 'produce') add(a.key);
  return keys;
}

/** Keys named by the running scenario (workloads and scripted produce actions), in order. */
export function useScenarioKeys(): string[] {
  const scenario = useSimStore((s) => s.scenario);
  return useMemo(() => scenarioKeys(scenario), [scenario]);
}

export function useKeyColor(): KeyColor {
  const keys = useScenarioKeys();
  return useMemo(() => makeKeyColor(keys), [keys]);
}
