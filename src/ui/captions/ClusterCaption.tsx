// The cluster view's caption: broker failures, fencing, leader elections (the new leader and the
// rule that chose it), ISR changes and rebalances, one line per moment, newest first.
import { useMemo } from 'react';
import { useT } from '../common/useT';
import { StoryCaptionBar } from './StoryCaptionBar';
import { clusterStory, mergeStories } from './storyCaption';
import { startStoryLog, useStoryLog } from './storyLog';
import { useStoryContext } from './useStoryContext';

// Follow every simulation from its start, so the story is whole when the view opens.
startStoryLog();

/** The caption and the two moments before it. */
const SHOWN = 3;

export function ClusterCaption() {
  const t = useT();
  const events = useStoryLog((s) => s.events);
  const groupEvents = useStoryLog((s) => s.groupEvents);
  const ctx = useStoryContext();
  const items = useMemo(
    () => clusterStory(mergeStories(events, groupEvents), ctx, SHOWN),
    [events, groupEvents, ctx],
  );
  return (
    <StoryCaptionBar
      testId="cluster-caption"
      label={t('captions.cluster.label')}
      items={items}
      empty={t('captions.cluster.none')}
    />
  );
}
