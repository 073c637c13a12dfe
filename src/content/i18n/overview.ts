// The cluster view's overview at scale (src/ui/cluster/ClusterOverview.tsx). English here; the
// Korean ones, typed against these keys, in overview.ko.ts.

export const overviewEn = {
  'overview.summary':
    '{partitions} partitions, {replicas} replicas on {brokers} brokers: too many to list, so each broker is summarised; pick a topic or open a broker to see rows.',
  'overview.urp': 'Under-replicated: {count}.',
  'overview.offline': 'Without a leader: {count}.',
  'cluster.overviewLoading': 'Summarising the brokers…',
  'overview.topic': 'Topic',
  'overview.allTopics': 'All topics',
  'overview.legend': 'What the squares mean',
  'overview.cell.leader': 'leader',
  'overview.cell.inSync': 'follower in the ISR',
  'overview.cell.outOfSync': 'not in the ISR',
  'overview.cell.noLeader': 'partition without a leader',
  'overview.cell': '{topic} P{partition}: {state}',
  'overview.heat.label':
    'Broker {id}: {count} replicas, one square each, coloured by state; the counts above say the same.',
  'overview.leaders': 'leads {count}',
  'overview.followers': 'follows {count}',
  'overview.brokerUrp': 'under-replicated (led here): {count}',
  'overview.outOfSync': 'out of the ISR: {count}',
  'overview.noLeader': 'without a leader: {count}',
  'overview.showRows': 'Show its {count} replicas',
  'overview.hideRows': 'Hide its {count} replicas',
  'picker.search': 'Type to search {count}',
  'picker.none': 'Nothing matches',
} satisfies Record<string, string>;
