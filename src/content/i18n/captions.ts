// Texts of the captions shown over the cluster and group views (what just happened and why, in
// Kafka's terms), the upcoming scripted events, a member joining a rebalance and the grouped
// high-watermark lines of the event list. English here; the Korean ones, typed against these keys,
// in captions.ko.ts (each language is its own chunk: en.ts, ko.ts). Korean sentences put no
// particle right after a placeholder (its final consonant is unknown here): "broker {leader}" is
// followed by a colon, a comma or a noun.

export const captionsEn = {
  'captions.title': 'What just happened',
  'captions.cluster.label': 'What just happened in the cluster',
  'captions.group.label': 'What just happened in group {group}',
  'captions.at': 'at {time}',
  'captions.before': 'Before that',
  'captions.cluster.none':
    'Records flow from the producer to each partition’s leader, and the followers fetch them. Crash a broker and watch the controller elect a new leader.',
  'captions.group.none':
    'Nothing has happened to {group} yet: its members are joining. Add a member, stop one or crash one, and watch the group rebalance.',

  'captions.leader.controllerFailover':
    'Broker {leader} is the new leader of {tp} (leader epoch {epoch}): the new controller, once it had read every partition’s state from ZooKeeper, found this one without a live leader and chose broker {leader}, the first of the replicas [{replicas}] still in the ISR [{isr}].',
  'captions.leader.sessionEnded':
    'Broker {leader} is the new leader of {tp} (leader epoch {epoch}): broker {broker}’s ZooKeeper session expired ({session} s without a ping, zookeeper.session.timeout.ms), so the controller moved its leaderships; broker {leader} was the first of the replicas [{replicas}] still in the ISR [{isr}].',
  'captions.leader.fenced':
    'Broker {leader} is the new leader of {tp} (leader epoch {epoch}): broker {broker} stopped heartbeating for {session} s (broker.session.timeout.ms), so the controller fenced it; broker {leader} was the first of the replicas [{replicas}] still in the ISR [{isr}].',
  'captions.leader.shutdown':
    'Broker {leader} is the new leader of {tp} (leader epoch {epoch}): broker {broker} is shutting down (controlled shutdown) and gave its leadership away first; broker {leader} was the first of the replicas [{replicas}] in the ISR [{isr}].',
  'captions.leader.unfenced':
    'Broker {leader} leads {tp} again (leader epoch {epoch}): it came back, and the partition had no leader.',
  'captions.leader.preferred':
    'Preferred leader election: broker {leader}, the first of the replicas [{replicas}], leads {tp} again (leader epoch {epoch}).',
  'captions.leader.unclean':
    'Unclean election on {tp}: broker {leader} leads without the latest records — acknowledged records are lost (leader epoch {epoch}, unclean.leader.election.enable=true).',
  'captions.leader.none':
    '{tp} is offline: no ISR member is alive, and unclean.leader.election.enable=false keeps out-of-sync replicas from leading. Nothing is lost; it waits (leader epoch {epoch}).',
  'captions.leader.other':
    'Broker {leader} is the new leader of {tp} (leader epoch {epoch}, {reason}).',
  'captions.leader.also': 'The same change moved other leaderships: {list}.',
  'captions.isr.shrink.lag':
    'Broker {removed} left the ISR of {tp}: it had not caught up for {lag} s (replica.lag.time.max.ms). ISR is now [{isr}].',
  'captions.isr.shrink.fenced':
    'Broker {removed} left the ISR of {tp}: the controller fenced broker {broker}. ISR is now [{isr}].',
  'captions.isr.shrink.shutdown':
    'Broker {removed} left the ISR of {tp}: it is shutting down (controlled shutdown). ISR is now [{isr}].',
  'captions.isr.shrink.other':
    'Broker {removed} left the ISR of {tp} ({reason}). ISR is now [{isr}].',
  'captions.isr.expand.caughtUp':
    'Broker {added} is back in the ISR of {tp}: its log reached the high watermark. ISR is now [{isr}].',
  'captions.isr.expand.other':
    'Broker {added} joined the ISR of {tp} ({reason}). ISR is now [{isr}].',
  'captions.truncate':
    'Broker {broker} truncated {tp} from offset {from} to {to}: {removed} records written in an older leader epoch were never on the new leader, so they are gone.',

  'captions.group.forming':
    '{group} is forming: {member} joined. The coordinator (broker {coordinator}) waits group.initial.rebalance.delay.ms ({delay} s) for more members before the first assignment — once more for every delay in which someone joined.',
  'captions.group.rebalance.joined':
    '{group} rebalances: {member} joined. Every member must rejoin (JoinGroup) before the coordinator (broker {coordinator}) hands out partitions again.',
  'captions.group.rebalance.rejoin':
    '{group} rebalances: {member} sent JoinGroup again. The coordinator (broker {coordinator}) waits for every member to rejoin.',
  'captions.group.rebalance.left':
    '{group} rebalances: {member} left (LeaveGroup). Its partitions go to the other members.',
  'captions.group.rebalance.poll':
    '{group} rebalances: {member} did not call poll() within max.poll.interval.ms and left. Its partitions go to the other members.',
  'captions.group.rebalance.session':
    '{group} rebalances: no heartbeat from {member} for session.timeout.ms, so the coordinator (broker {coordinator}) removed it. Its partitions go to the other members.',
  'captions.group.rebalance.sync':
    '{group} rebalances: members did not send SyncGroup in time and were removed.',
  'captions.group.rebalance.coordinator':
    '{group} rebalances: its coordinator moved to broker {coordinator}, so every member joins again.',
  'captions.group.rebalance.other': '{group} rebalances ({reason}).',
  'captions.group.joined':
    '{group}: every member rejoined (generation {generation}). The leader member, {leader}, computes the assignment with {protocol} and sends it in its SyncGroup.',
  'captions.group.assigning':
    '{group}: group epoch {generation}. The coordinator (broker {coordinator}) computes a new target assignment.',
  'captions.group.assigned':
    '{group}, generation {generation}: {strategy} assigned {list}. Each member now fetches its partitions from their leaders.',
  'captions.group.assignedNone':
    '{group}, generation {generation}: no member is left, so no partition is assigned.',
  'captions.group.target':
    '{group}, group epoch {epoch}: the {assignor} assignor set the target {list}. Members move to it at their next heartbeats, and nobody stops reading.',
  'captions.group.coordinator':
    'Broker {broker} is now the coordinator of {group}: it leads __consumer_offsets-{partition} and loaded the group from it.',
  'captions.member.left.leave': '{member} left {group} (LeaveGroup).',
  'captions.member.left.session.timeout':
    '{member} was removed from {group}: no heartbeat for session.timeout.ms.',
  'captions.member.left.max.poll.interval':
    '{member} left {group}: it did not call poll() within max.poll.interval.ms.',
  'captions.member.left.rebalance.timeout':
    '{member} was removed from {group}: it did not give up its partitions within the rebalance timeout.',
  'captions.member.crashed':
    '{member} of {group} crashed without a word: its partitions stay assigned to it until session.timeout.ms passes without a heartbeat.',
  'captions.member.fenced':
    '{member} was fenced by the coordinator ({error}): it drops its partitions and joins {group} again.',

  'captions.upcoming.label': 'Coming up in this scenario',
  'captions.upcoming.in': 'in {seconds} s',
  'captions.upcoming.yours': 'your action',
  'captions.upcoming.killBroker': 'broker {broker} crashes (killBroker)',
  'captions.upcoming.shutdownBroker': 'broker {broker} shuts down cleanly (controlled shutdown)',
  'captions.upcoming.restartBroker': 'broker {broker} starts again',
  'captions.upcoming.isolateBroker':
    'broker {broker} is isolated from the other brokers and the controller',
  'captions.upcoming.healBroker': 'broker {broker} is connected again',
  'captions.upcoming.slowBroker': 'broker {broker} fetches slowly',
  'captions.upcoming.addConsumer': 'a new member joins {group}',
  'captions.upcoming.removeConsumer': '{member} leaves {group}',
  'captions.upcoming.crashConsumer': '{member} of {group} crashes',
  'captions.upcoming.stallConsumer': '{member} stops calling poll() for {seconds} s',
  'captions.upcoming.setWorkload': '{producer} sends {rate} records/s',
  'captions.upcoming.setConfig': '{target}: {key} = {value}',
  'captions.upcoming.createTopic': 'topic {topic} is created',
  'captions.upcoming.addPartitions': '{topic} grows to {count} partitions',
  'captions.upcoming.produce': '{producer} sends {key} → “{value}”',
  'captions.upcoming.produceNull': '{producer} sends a record without a key',

  'captions.joining': 'joining the group (rebalance in progress)',
  'captions.joining.initialDelay':
    'group.initial.rebalance.delay.ms: {seconds} s left (one more delay if members joined meanwhile)',
  'captions.joining.rebalanceTimeout':
    'waiting for every member to rejoin, at most {seconds} s more (max.poll.interval.ms)',
  'captions.joining.pill': 'joining',

  'events.hw.grouped':
    '{tp}: high watermark advanced {times} times, {from} → {to} (leader broker {leader}; {followers} learned it)',
  'events.hw.groupedLeaderOnly':
    '{tp}: high watermark advanced {times} times, {from} → {to} (leader broker {leader})',
  'events.hw.groupedOnce':
    '{tp}: high watermark advanced once, {from} → {to} (leader broker {leader}; {followers} learned it)',
  'events.hw.groupedLeaderOnlyOnce':
    '{tp}: high watermark advanced once, {from} → {to} (leader broker {leader})',
  'events.hw.groupedNoLeader':
    '{tp}: high watermark advanced {times} times, {from} → {to} (brokers {brokers})',
  'events.hw.followers.one': 'follower {ids}',
  'events.hw.followers.many': 'followers {ids}',
  'events.hw.one': '{tp}: high watermark {from} → {to} on broker {broker} ({role})',
  'events.hw.role.leader': 'leader',
  'events.hw.role.follower': 'follower',
  'events.group.rebalance':
    '{group}: rebalance started — every member rejoins before the next generation (now {generation})',
} satisfies Record<string, string>;
