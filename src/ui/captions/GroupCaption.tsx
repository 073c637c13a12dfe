// A group's caption in the group view: its rebalances (why one started, what the coordinator
// waits for), the assignment each generation got, members leaving, crashing or fenced.
import { useMemo } from 'react';
import { useT } from '../common/useT';
import { StoryCaptionBar } from './StoryCaptionBar';
import { groupStory, mergeStories } from './storyCaption';
import { startStoryLog, useStoryLog } from './storyLog';
import { useStoryContext } from './useStoryContext';

startStoryLog();

const SHOWN = 2;

export function GroupCaption({ group }: { group: string }) {
  const t = useT();
  const events = useStoryLog((s) => s.events);
  const groupEvents = useStoryLog((s) => s.groupEvents);
  const ctx = useStoryContext();
  const items = useMemo(
    () => groupStory(mergeStories(events, groupEvents), group, ctx, SHOWN),
    [events, groupEvents, group, ctx],
  );
  return (
    <StoryCaptionBar
      testId={`group-caption-${group}`}
      label={t('captions.group.label', { group })}
      items={items}
      empty={t('captions.group.none', { group })}
    />
  );
}
