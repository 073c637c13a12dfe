// The player's keys, as a pure function (like keyboard/shortcuts.ts): N or → next, P or ← back.
// N and P work on the whole page while a walkthrough is open; ← and → only while focus is inside
// the player, where they take the place of the page's one-second seek (the player calls
// preventDefault, which the page's shortcuts respect). Nothing while a modifier is held, while the
// reader types in a field, or while a dialog is open. N and P are read by their place on the
// keyboard too, so a Korean input mode (ㅜ, ㅔ) still works.
import type { KeyPress } from '../keyboard/shortcuts';

export type LearnMove = 'next' | 'prev';

const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

function inField(target: EventTarget | null): boolean {
  const el = target as { closest?: (s: string) => unknown } | null;
  return typeof el?.closest === 'function' && el.closest(TYPING) !== null;
}

export function learnKeyFor(
  e: KeyPress,
  ctx: { arrows: boolean; modalOpen: boolean },
): LearnMove | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return null;
  if (ctx.modalOpen || inField(e.target)) return null;
  if (ctx.arrows) {
    if (e.key === 'ArrowRight') return 'next';
    if (e.key === 'ArrowLeft') return 'prev';
    return null;
  }
  if (e.shiftKey) return null;
  if (e.key === 'n' || e.key === 'N' || e.code === 'KeyN') return 'next';
  if (e.key === 'p' || e.key === 'P' || e.code === 'KeyP') return 'prev';
  return null;
}
