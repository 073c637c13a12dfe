// Where the combobox's list opens: inside the window, whatever its height.
import { describe, expect, it } from 'vitest';
import { placeList } from './OptionPicker';

describe('placeList', () => {
  it('opens under the input, ten rows tall, when they fit', () => {
    expect(placeList({ top: 100, bottom: 128 }, 900, 600)).toEqual({ up: false, maxHeight: 260 });
  });

  it('in a short window, is no taller than the room under the input (640×400)', () => {
    const r = placeList({ top: 176, bottom: 204 }, 400, 600);
    expect(r.up).toBe(false);
    expect(204 + 2 + r.maxHeight).toBeLessThanOrEqual(400 - 8);
  });

  it('opens upwards when there is more room above and too little below', () => {
    const r = placeList({ top: 300, bottom: 328 }, 400, 600);
    expect(r).toEqual({ up: true, maxHeight: 260 });
    expect(placeList({ top: 200, bottom: 228 }, 400, 600)).toEqual({ up: true, maxHeight: 190 });
    // (whole pixels)
    expect(placeList({ top: 176.3, bottom: 204.3 }, 400, 600).maxHeight).toBe(185);
  });

  it('a short list that fits under the input stays there', () => {
    expect(placeList({ top: 300, bottom: 328 }, 400, 2)).toEqual({ up: false, maxHeight: 62 });
  });
});
