// The walkthrough player's store (learn.ts, with its progress and plans) is not in the first
// download: it is fetched when the Learn list opens or a link names a walkthrough step, and comes
// with the lists that use it. What the page needs before that lives here: whether the Learn list
// is open, and the learn store once it has loaded (learn.ts registers itself when it does, however
// it was fetched), for the player and the address.
import { create } from 'zustand';
import type { useLearn, walkthroughLink } from './learn';

export interface LoadedLearn {
  useLearn: typeof useLearn;
  walkthroughLink: typeof walkthroughLink;
}

export const useLearnOnDemand = create<{ listOpen: boolean; learn: LoadedLearn | null }>(() => ({
  listOpen: false,
  learn: null,
}));

/** learn.ts, as it loads. */
export function registerLearn(learn: LoadedLearn): void {
  useLearnOnDemand.setState({ learn });
}

let loading: Promise<LoadedLearn> | null = null;

/** Fetch the learn store (once; a failed fetch is tried again on the next call). */
export function loadLearn(): Promise<LoadedLearn> {
  loading ??= import('./learn').then(
    (m) => ({ useLearn: m.useLearn, walkthroughLink: m.walkthroughLink }),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

export function setLearnListOpen(open: boolean): void {
  useLearnOnDemand.setState({ listOpen: open });
}

/** Call `then` with the learn store once it is here (at once if it is). */
export function whenLearnLoaded(then: (learn: LoadedLearn) => void): void {
  const now = useLearnOnDemand.getState().learn;
  if (now) return then(now);
  const stop = useLearnOnDemand.subscribe((s) => {
    if (!s.learn) return;
    stop();
    then(s.learn);
  });
}
