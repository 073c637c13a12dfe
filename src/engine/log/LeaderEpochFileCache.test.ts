import { describe, expect, it } from 'vitest';
import { LeaderEpochFileCache } from './LeaderEpochFileCache';

describe('LeaderEpochFileCache', () => {
  it('answers where each epoch ended, as Kafka’s endOffsetFor', () => {
    const c = new LeaderEpochFileCache();
    c.assign(0, 0);
    c.assign(2, 10);
    c.assign(3, 15);
    expect(c.endOffsetFor(0, 20)).toEqual({ epoch: 0, endOffset: 10 });
    expect(c.endOffsetFor(1, 20)).toEqual({ epoch: 0, endOffset: 10 });
    expect(c.endOffsetFor(2, 20)).toEqual({ epoch: 2, endOffset: 15 });
    expect(c.endOffsetFor(3, 20)).toEqual({ epoch: 3, endOffset: 20 });
    // An epoch newer than any known: Kafka answers UNDEFINED_EPOCH / UNDEFINED_EPOCH_OFFSET.
    expect(c.endOffsetFor(5, 20)).toEqual({ epoch: -1, endOffset: -1 });
  });

  it('ignores a later start of the latest epoch and forgets truncated epochs', () => {
    const c = new LeaderEpochFileCache();
    c.assign(1, 0);
    c.assign(1, 5);
    expect(c.entries).toEqual([{ epoch: 1, startOffset: 0 }]);
    c.assign(2, 8);
    c.truncateFromEnd(8);
    expect(c.latestEpoch()).toBe(1);
    // Below every known epoch: Kafka answers the requested epoch, ending where the first starts.
    expect(c.endOffsetFor(0, 8)).toEqual({ epoch: 0, endOffset: 0 });
  });
});
