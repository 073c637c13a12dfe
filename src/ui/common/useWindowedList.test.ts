import { describe, expect, it } from 'vitest';
import { windowRange } from './useWindowedList';

describe('windowRange', () => {
  it('draws the rows in the viewport and the overscan around them', () => {
    // Rows of 100 px; the list's top 1,000 px above the viewport's, which is 800 px high.
    expect(windowRange(1000, 100, -1000, 800, 2)).toEqual({ start: 8, end: 20 });
  });
  it('starts at the first row while the list is below the viewport top', () => {
    expect(windowRange(1000, 100, 300, 800, 2)).toEqual({ start: 0, end: 7 });
  });
  it('draws nothing of a list wholly below or above the viewport, and stays within it', () => {
    expect(windowRange(1000, 100, 5000, 800, 2)).toEqual({ start: 0, end: 0 });
    expect(windowRange(1000, 100, -200_000, 800, 2)).toEqual({ start: 1000, end: 1000 });
    expect(windowRange(1000, 100, -99_950, 800, 2)).toEqual({ start: 997, end: 1000 });
  });
});
