// A partition the person is pointed at for a moment (the produce form's "it went here"). Kept
// apart from the simulation store: it changes nothing in the run. The cluster view marks that
// partition's replica rows (data-highlight) until the highlight is cleared.
import { create } from 'zustand';

export interface PartitionHighlight {
  topic: string;
  partition: number;
  /** Bumped on every highlight, so the same partition highlighted twice flashes again. */
  token: number;
}

interface HighlightState {
  highlight: PartitionHighlight | null;
  /** Point at `topic`-`partition`; returns the token to clear it with. */
  show(topic: string, partition: number): number;
  /** Clear the highlight if it is still the one `token` names. */
  clear(token: number): void;
}

export const useHighlight = create<HighlightState>()((set, get) => ({
  highlight: null,
  show(topic, partition) {
    const token = (get().highlight?.token ?? 0) + 1;
    set({ highlight: { topic, partition, token } });
    return token;
  },
  clear(token) {
    if (get().highlight?.token === token) set({ highlight: null });
  },
}));

/** The highlight's token while `topic`-`partition` is highlighted, else 0. */
export function useHighlightToken(topic: string, partition: number): number {
  return useHighlight((s) =>
    s.highlight && s.highlight.topic === topic && s.highlight.partition === partition
      ? s.highlight.token
      : 0,
  );
}
