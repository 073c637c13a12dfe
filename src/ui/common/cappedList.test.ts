import { describe, expect, it } from 'vitest';
import { CAPTION_LIST_MAX, cappedList } from './cappedList';

describe('cappedList', () => {
  it('names a short list whole and a long one by its head and a count', () => {
    expect(cappedList(['a', 'b'])).toBe('a, b');
    const many = Array.from({ length: 328 }, (_, i) => `P${i} → m`);
    const text = cappedList(many);
    expect(text.startsWith('P0 → m, P1 → m')).toBe(true);
    expect(text.endsWith(`, … +${328 - CAPTION_LIST_MAX}`)).toBe(true);
    expect(text.split(', ').length).toBe(CAPTION_LIST_MAX + 1);
  });
});
