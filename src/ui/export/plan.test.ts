import { describe, expect, it } from 'vitest';
import { exportName, frameDelayMs, frameTimes, planError, printableLink } from './plan';

describe('animation plan', () => {
  it('puts a frame every 1000/fps simulated ms, both ends included', () => {
    expect(frameTimes({ from: 8000, to: 10_000, fps: 5 })).toEqual([
      8000, 8200, 8400, 8600, 8800, 9000, 9200, 9400, 9600, 9800, 10_000,
    ]);
    expect(frameTimes({ from: 0, to: 20_000, fps: 10 })).toHaveLength(201);
    expect(frameTimes({ from: 0, to: 1000, fps: 2 })).toEqual([0, 500, 1000]);
    expect(frameDelayMs({ from: 0, to: 1000, fps: 5 })).toBe(200);
  });

  it('refuses stretches longer than 20 s, shorter than 100 ms, or before 0', () => {
    expect(planError({ from: 0, to: 20_001, fps: 5 })).toBe('range');
    expect(planError({ from: 5000, to: 5050, fps: 5 })).toBe('range');
    expect(planError({ from: -1, to: 5000, fps: 5 })).toBe('range');
    expect(planError({ from: 0, to: Number.NaN, fps: 5 })).toBe('range');
    expect(planError({ from: 1000, to: 21_000, fps: 2 })).toBeNull();
    expect(frameTimes({ from: 0, to: 30_000, fps: 5 })).toEqual([]);
  });

  it('names files safely and prints links without a compressed fragment', () => {
    expect(exportName('log-segments', 'storage', 't12000', 'png')).toBe(
      'kafkascope-log-segments-storage-t12000.png',
    );
    expect(exportName('../x y', 'cluster', '8.0-10.0s', 'gif')).toBe(
      'kafkascope-x-y-cluster-8-0-10-0s.gif',
    );
    expect(printableLink('https://example.org/app/?scenario=a&t=5#scenario=N4Ig')).toBe(
      'example.org/app/?scenario=a&t=5#…',
    );
  });
});
