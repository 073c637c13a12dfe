import { describe, expect, it } from 'vitest';
import { mapWindow } from './mapWindow';

describe('mapWindow', () => {
  it('draws everything while the list is short', () => {
    expect(mapWindow([1, 2, 3], 5, () => false)).toEqual({ shown: [0, 1, 2], from: 0 });
  });

  it('draws the newest max and the older ones asked for, however long the list grows', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => i);
    const { shown, from } = mapWindow(items, 300, (x) => x === 42);
    expect(from).toBe(9_700);
    expect(shown).toHaveLength(301);
    expect(shown[0]).toBe(42);
    expect(shown.slice(1)).toEqual(items.slice(9_700));
  });
});
