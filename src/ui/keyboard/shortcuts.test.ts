import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyPress } from './shortcuts';

/** A stand-in for a DOM element: matches the selectors that name one of its `is` tags. */
function el(...is: string[]): EventTarget {
  return {
    closest: (selector: string) =>
      selector.split(',').some((s) => is.some((tag) => s.trim().startsWith(tag))) ? {} : null,
  } as unknown as EventTarget;
}

const body = el('body');
const ctx = { modalOpen: false, views: 4 };

function press(key: string, more: Partial<KeyPress> = {}): KeyPress {
  return {
    key,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    defaultPrevented: false,
    target: body,
    ...more,
  };
}

describe('keyboard shortcuts', () => {
  it('Space and K play or pause, . steps, ← → seek, ? lists, 1–4 switch views', () => {
    expect(shortcutFor(press(' '), ctx)).toEqual({ kind: 'toggle' });
    expect(shortcutFor(press('k'), ctx)).toEqual({ kind: 'toggle' });
    expect(shortcutFor(press('ㅏ', { code: 'KeyK' }), ctx)).toEqual({ kind: 'toggle' });
    expect(shortcutFor(press('.'), ctx)).toEqual({ kind: 'step' });
    expect(shortcutFor(press('ArrowLeft'), ctx)).toEqual({ kind: 'seek', deltaMs: -1000 });
    expect(shortcutFor(press('ArrowRight', { shiftKey: true }), ctx)).toEqual({
      kind: 'seek',
      deltaMs: 10_000,
    });
    expect(shortcutFor(press('?', { shiftKey: true }), ctx)).toEqual({ kind: 'help' });
    expect(shortcutFor(press('1'), ctx)).toEqual({ kind: 'view', index: 0 });
    expect(shortcutFor(press('4'), ctx)).toEqual({ kind: 'view', index: 3 });
    expect(shortcutFor(press('5'), ctx)).toBeNull();
    expect(shortcutFor(press('1'), { ...ctx, views: 0 })).toBeNull();
    expect(shortcutFor(press('x'), ctx)).toBeNull();
  });

  it('stays quiet while typing, with a modifier, in a modal, or once the page used the key', () => {
    for (const field of ['input', 'textarea', 'select', '[contenteditable]'])
      for (const key of [' ', 'k', '.', 'ArrowLeft', '1', '?'])
        expect(shortcutFor(press(key, { target: el(field) }), ctx)).toBeNull();
    expect(shortcutFor(press(' ', { ctrlKey: true }), ctx)).toBeNull();
    expect(shortcutFor(press('k', { metaKey: true }), ctx)).toBeNull();
    expect(shortcutFor(press('ArrowLeft', { altKey: true }), ctx)).toBeNull();
    expect(shortcutFor(press(' '), { ...ctx, modalOpen: true })).toBeNull();
    expect(shortcutFor(press('?'), { ...ctx, modalOpen: true })).toBeNull();
    expect(shortcutFor(press('ArrowRight', { defaultPrevented: true }), ctx)).toBeNull();
    expect(shortcutFor(press('k', { isComposing: true }), ctx)).toBeNull();
  });

  it('leaves Space to a focused button and arrows to a slider or the tabs', () => {
    expect(shortcutFor(press(' ', { target: el('button') }), ctx)).toBeNull();
    expect(shortcutFor(press(' ', { target: el('[role="tab"]') }), ctx)).toBeNull();
    expect(shortcutFor(press('k', { target: el('button') }), ctx)).toEqual({ kind: 'toggle' });
    expect(shortcutFor(press('ArrowLeft', { target: el('[role="slider"]') }), ctx)).toBeNull();
    expect(shortcutFor(press('ArrowRight', { target: el('[role="tablist"]') }), ctx)).toBeNull();
    // A plain button does not use arrows: they seek.
    expect(shortcutFor(press('ArrowRight', { target: el('button') }), ctx)).toEqual({
      kind: 'seek',
      deltaMs: 1000,
    });
  });
});
