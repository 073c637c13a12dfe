// The keyboard shortcuts (#12 item 6), as a pure function from a key press to what it asks for:
// Space or K play/pause, `.` step, ← → seek 1 s (Shift 10 s), 1–6 switch views, ? the list.
// A press is left alone when the page already used it (a slider, the tabs, a toolbar moved
// focus), while a modifier is held, while the person types or chooses in a field, and while a
// modal dialog is open. Space and arrows are also left to the control that has focus when that
// control uses them itself (a button presses on Space, a slider moves on arrows).
import { create } from 'zustand';

export type Shortcut =
  | { kind: 'toggle' }
  | { kind: 'step' }
  | { kind: 'seek'; deltaMs: number }
  | { kind: 'view'; index: number }
  | { kind: 'help' };

/** What the function reads of a KeyboardEvent (tests pass plain objects). */
export interface KeyPress {
  key: string;
  code?: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  isComposing?: boolean;
  target: EventTarget | null;
}

export interface ShortcutContext {
  /** A modal dialog is open: the page behind it takes no keys. */
  modalOpen: boolean;
  /** How many views the tabs offer (0 in an embed: no tabs, no switching). */
  views: number;
}

export const SEEK_MS = 1000;
export const SEEK_SHIFT_MS = 10_000;

/** Fields a person types or chooses in. */
const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
/** Controls that act on Space themselves. */
const SPACE_TAKERS =
  'button, a[href], summary, [role="button"], [role="tab"], [role="checkbox"], [role="radio"], [role="switch"], [role="menuitem"], [role="option"], [role="link"]';
/** Widgets that move on arrow keys themselves (a toolbar that does calls preventDefault). */
const ARROW_TAKERS =
  '[role="slider"], [role="tablist"], [role="radiogroup"], [role="listbox"], [role="menu"], [role="menubar"], [role="grid"], [role="tree"], [role="spinbutton"]';

function closest(target: EventTarget | null, selector: string): boolean {
  const el = target as { closest?: (s: string) => unknown } | null;
  return typeof el?.closest === 'function' && el.closest(selector) !== null;
}

export function shortcutFor(e: KeyPress, ctx: ShortcutContext): Shortcut | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return null;
  if (ctx.modalOpen || closest(e.target, TYPING)) return null;

  if (e.key === ' ' || e.key === 'Spacebar') {
    if (e.shiftKey || closest(e.target, SPACE_TAKERS)) return null;
    return { kind: 'toggle' };
  }
  // K by its place on the keyboard too, so a Korean input mode (ㅏ) still plays.
  if (e.key === 'k' || e.key === 'K' || e.code === 'KeyK') return { kind: 'toggle' };
  if (e.key === '.' && !e.shiftKey) return { kind: 'step' };
  if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
    if (closest(e.target, ARROW_TAKERS)) return null;
    const size = e.shiftKey ? SEEK_SHIFT_MS : SEEK_MS;
    return { kind: 'seek', deltaMs: e.key === 'ArrowLeft' ? -size : size };
  }
  if (e.key === '?') return { kind: 'help' };
  if (/^[1-9]$/.test(e.key)) {
    const index = Number(e.key) - 1;
    return index < ctx.views ? { kind: 'view', index } : null;
  }
  return null;
}

/** Whether the list of shortcuts is open (the ? key and the header's button share it). */
export const useShortcutsHelp = create<{ open: boolean; setOpen(open: boolean): void }>((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
