// A page whose link code (shareLink.ts, fetched on demand) cannot be fetched — offline, or a new
// deploy removed the chunk: a plain visit opens as usual without it, a link opens the default
// scenario with a message saying the link could not be read, never an empty screen.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STARTER_ID } from '../content/scenarios';
import { openLink } from './boot';
import { setTimeMachineOptions, useSimStore } from './simStore';

vi.mock('./shareLink', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const store = () => useSimStore.getState();

describe('opening the page when the link code cannot be fetched', () => {
  beforeAll(() =>
    setTimeMachineOptions({
      host: { now: () => 0, yield: () => Promise.resolve(), idle: () => () => {} },
    }),
  );

  it('opens a plain visit without it, playing the default scenario', async () => {
    await openLink({ search: '', hash: '' });
    expect(store()).toMatchObject({ starterId: DEFAULT_STARTER_ID, playing: true, error: null });
    store().setPlaying(false);
  });

  it('opens the default for a link, in the language and view it names, and says why', async () => {
    await openLink({ search: '?scenario=log-segments&lang=ko&view=storage&t=900', hash: '#v=1' });
    expect(store()).toMatchObject({
      starterId: DEFAULT_STARTER_ID,
      now: 0,
      lang: 'ko',
      view: 'storage',
      error: { kind: 'link', fatal: true, errors: [{ code: 'notLoaded', param: '' }], engine: [] },
    });
    expect(store().sim).not.toBeNull();
  });
});
