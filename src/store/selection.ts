// What the reader picked to look at: a topic, one of its partitions and, in the storage view, the
// broker whose replica is shown. Kept apart from the simulation store (a pick changes nothing in
// the run) and shared by the views, so a share link can carry it and the replication and storage
// views show the same partition. Each view falls back to its own default when the pick does not
// exist in the running scenario (a topic not created yet, a broker without that replica).
import { create } from 'zustand';

export interface Selection {
  topic: string;
  partition: number;
  /** The broker whose replica the storage view shows; absent: the view's choice (the leader). */
  broker?: number;
  /**
   * The segment (base offset) the storage view opens, when a walkthrough step points at one; absent:
   * the view's choice (the active segment). Not carried by share links.
   */
  segment?: number;
}

interface SelectionState {
  selection: Selection | null;
  select(selection: Selection | null): void;
}

export const useSelection = create<SelectionState>()((set) => ({
  selection: null,
  select(selection) {
    set({ selection });
  },
}));

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (a === null || b === null) return a === b;
  return a.topic === b.topic && a.partition === b.partition && a.broker === b.broker;
}
