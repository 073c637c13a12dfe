// What a story caption quotes, read from the store's plain data: the engine's resolved settings
// (Kafka's defaults included) and each partition's replicas from the latest snapshot.
import { useMemo } from 'react';
import { useSimStore } from '../../store/simStore';
import { settingsOf } from '../replication/settings';
import type { StoryContext } from './storyCaption';

export function useStoryContext(): StoryContext {
  // The configs change only with an action or a new run: a new context then (the captions are
  // worded again), not every frame. Each call reads the store's current queries and snapshot.
  const simId = useSimStore((s) => s.simId);
  const actions = useSimStore((s) => s.userActions);
  return useMemo<StoryContext>(() => {
    const state = () => useSimStore.getState();
    return {
      version: [simId, actions.length],
      settings: (topic) =>
        settingsOf(state().queries, topic ?? '', state().snapshot?.controller.mode),
      replicas: (topic, partition) =>
        state()
          .snapshot?.topics.find((x) => x.name === topic)
          ?.partitions.find((p) => p.partition === partition)?.replicas ?? [],
      initialDelayMs: state().queries.brokerConfig().groupInitialRebalanceDelayMs,
    };
  }, [simId, actions]);
}
