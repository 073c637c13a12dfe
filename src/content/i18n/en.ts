// English texts: the source of the message keys. ko.ts must define every key (type-checked).
// The storage and groups views' texts are parts of their own (storage.ts, groups.ts: index.ts).
// Placeholders are `{name}`, filled by `format`.
import { replicationEn } from './replication';
import { timelineEn } from './timeline';
import { embedEn } from './embed';
import { linksEn } from './links';
import { captionsEn } from './captions';
import { keyboardEn } from './keyboard';
import { reasonsEn } from './reasons.en';
import { produceEn } from './produce';
import { learnEn } from './learn';
import { startersEn } from './starters';
import { overviewEn } from './overview';

export const en = {
  ...replicationEn,
  ...timelineEn,
  ...embedEn,
  ...linksEn,
  ...captionsEn,
  ...keyboardEn,
  ...reasonsEn,
  ...produceEn,
  ...learnEn,
  ...startersEn,
  ...overviewEn,
  'app.name': 'KafkaScope',
  'app.tagline': 'Apache Kafka, running in your browser',

  'header.scenario': 'Scenario',
  'header.language': 'Language',
  'header.theme.toDark': 'Switch to the dark theme',
  'header.theme.toLight': 'Switch to the light theme',
  'header.theme.dark': 'Dark',
  'header.theme.light': 'Light',

  'playback.label': 'Playback',
  'playback.play': 'Play',
  'playback.pause': 'Pause',
  'playback.step': 'Step',
  'playback.step.hint': 'Run the next simulated event',
  'playback.speed': 'Speed',
  'playback.time': 'Simulated time',
  'playback.restart': 'Restart',
  'playback.restart.hint': 'Restart the scenario from time 0',

  'view.tabs': 'Views',
  'view.cluster': 'Cluster',
  'view.storage': 'Storage',
  'view.groups': 'Consumer groups',
  'view.whyfast': 'Why fast',
  'view.controller': 'KRaft',
  /** The same tab in ZooKeeper mode (a short name: the tabs fit a 390-pixel phone). */
  'view.controller.zk': 'ZK',

  'cluster.label': 'Cluster',
  'cluster.producers': 'Producers',
  'cluster.brokers': 'Brokers',
  'cluster.groups': 'Consumer groups',
  'cluster.controller': 'active controller {leader} · {mode} · epoch {epoch}',
  'cluster.empty': 'Loading the simulation…',

  'producer.sent': 'sent',
  'producer.acked': 'acked',
  'producer.failed': 'failed',
  'producer.lastError': 'last error: {error} ({topic}-{partition})',
  'producer.partitioner.default': 'sticky partitioner',
  'producer.partitioner.round-robin': 'round-robin partitioner',

  'broker.title': 'Broker {id}',
  'broker.controller': 'controller',
  'broker.status.online': 'online',
  'broker.status.offline': 'offline',
  'broker.status.fenced': 'fenced',
  'broker.rack': 'rack {rack}',
  'broker.kill': 'Crash',
  'broker.kill.hint': 'Crash broker {id} (killBroker)',
  'broker.restart': 'Restart',
  'broker.restart.hint': 'Start broker {id} again (restartBroker)',
  'broker.noReplicas': 'hosts no partition replica',

  'replica.leader': 'Leader',
  'replica.follower': 'Follower',
  'replica.outOfSync': 'not in ISR',
  'replica.partition': 'P{partition}',
  'replica.leo': 'LEO {leo}',
  'replica.hw': 'HW {hw}',
  'replica.hw.title':
    'High watermark {hw}: every ISR replica has the offsets below it; consumers read only those.',
  'replica.leo.title': 'Log end offset {leo}: the next offset this replica will write.',
  'replica.isr.title': 'ISR: {isr}',
  'replica.earlier': '{count} earlier',
  'replica.empty': 'empty log',
  'replica.summary':
    '{topic} partition {partition}, leader {leader}, ISR {isr}, high watermark {hw}',
  'replica.noLeader': 'none',

  'record.title': 'offset {offset} · key {key}',
  'record.noKey': 'no key',
  'record.uncommitted': 'above the high watermark: not committed yet',

  'group.title': 'Group {id}',
  'group.state': 'state {state}',
  'group.generation': 'generation {generation}',
  'group.consumed': 'consumed {count}',
  'group.lag': 'lag {lag}',
  'group.noMembers': 'no members',
  'member.idle': 'idle: no partition assigned',
  'member.owns': 'reads {partitions}',

  'legend.keys': 'Record keys',
  'legend.noKey': 'no key',
  'legend.uncommitted': 'above HW',

  'produce.title': 'Produce a record',
  'produce.producer': 'Producer',
  'produce.topic': 'Topic',
  'produce.key': 'key',
  'produce.key.placeholder': 'empty = no key',
  'produce.value': 'value',
  'produce.submit': 'Send',
  'produce.done': 'Sent to {producer}: key {key}',

  'flight.title': 'On the network',
  'flight.count': '{count} messages in flight',
  'flight.none': 'nothing in flight',
  'flight.item': '{api} {direction}: {from} → {to}, {records} records, {progress}%',
  'flight.request': 'request',
  'flight.response': 'response',

  'events.title': 'Recent events',
  'events.empty': 'Press play to start the cluster.',
  'event.produce.acked': '{producer} got the ack for {topic}-{partition} offset {offset}',
  'event.produce.failed': '{producer}: {error} on {topic}-{partition}',
  'event.log.append.leader':
    'Broker {broker} (leader) appended {topic}-{partition} offsets {range}',
  'event.log.append.leader.one':
    'Broker {broker} (leader) appended {topic}-{partition} offset {range}',
  'event.log.append.follower':
    'Broker {broker} (follower) replicated {topic}-{partition} offsets {range}',
  'event.log.append.follower.one':
    'Broker {broker} (follower) replicated {topic}-{partition} offset {range}',
  'event.hw.advance': '{topic}-{partition}: high watermark {from} → {to}',
  'event.consume.record': '{member} read {topic}-{partition} offset {offset}',
  'event.offset.commit': '{member} committed {offsets}',
  'event.member.joined': '{member} joined {group}',
  'event.member.left': '{member} left {group} ({reason})',
  'event.member.crashed': '{member} of {group} crashed without a word',
  'event.group.assign': '{group}: generation {generation} assigned ({strategy})',
  'event.group.target':
    '{group}: group epoch {epoch}, the coordinator computed a new target assignment ({assignor})',
  'event.member.fenced':
    '{member} fenced by the coordinator of {group} ({error}): drops its partitions and rejoins',
  'event.leader.elected': '{topic}-{partition}: leader is now {leader}',
  'event.broker.status': 'Broker {broker} is {status}',
  'event.isr.shrink': '{topic}-{partition}: ISR shrank to [{isr}], without {removed}',
  'event.isr.expand': '{topic}-{partition}: ISR grew to [{isr}], with {added}',
  'event.broker.fenced': 'The controller fenced broker {broker} ({reason})',
  'event.controller.offline': 'Controller {controller} stopped ({reason})',
  'event.controller.online': 'Controller {controller} started again',
  'event.controller.isolated':
    'Controller {controller} is cut off from the brokers and the other controllers',
  'event.controller.healed': 'Controller {controller} is reachable again',
  'event.controller.active': 'Controller {controller} is the active controller (epoch {epoch})',
  'event.controller.elected':
    'Broker {controller} created /controller: it is the controller of epoch {epoch}, once it has read ZooKeeper',
  'event.controller.loading':
    'Controller {controller} reads the state of {partitions} partitions from ZooKeeper before it can act',
  'event.controller.resigned': 'Broker {controller} is no longer the controller (epoch {epoch})',
  'event.controller.leaderAndIsr':
    'Controller {controller} sent LeaderAndIsr to broker {broker} ({partitions} partitions)',
  'event.zookeeper.offline': 'ZooKeeper server {server} stopped ({reason})',
  'event.zookeeper.online': 'ZooKeeper server {server} started again',
  'event.zookeeper.isolated':
    'ZooKeeper server {server} is cut off from the brokers and the other servers',
  'event.zookeeper.healed': 'ZooKeeper server {server} is reachable again',
  'event.zookeeper.leader': 'ZooKeeper server {server} leads the ensemble (epoch {epoch})',
  'event.zookeeper.noQuorum':
    'The ZooKeeper ensemble lost its majority: no leader, no writes, no session served',
  'event.zookeeper.session.created': 'Broker {broker} opened ZooKeeper session {session}',
  'event.zookeeper.session.expired':
    'ZooKeeper expired broker {broker}’s session {session}: not heard from for its timeout, its ephemeral znodes are gone',
  'event.zookeeper.session.closed':
    'Broker {broker} closed ZooKeeper session {session}: its ephemeral znodes are gone',
  'event.raft.unattached':
    'Controller {controller} moved to epoch {epoch} with no leader yet: {reason}',
  'event.raft.voted': 'Controller {controller} voted in epoch {epoch}: {reason}',
  'event.raft.candidate': 'Controller {controller} stands for election in epoch {epoch}: {reason}',
  'event.raft.follower':
    'Controller {controller} follows leader {leader} in epoch {epoch}: {reason}',
  'event.raft.leader': 'Controller {controller} won the election for epoch {epoch}',
  'event.raft.resigned': 'Controller {controller} resigned as leader of epoch {epoch}: {reason}',
  'event.raft.vote.granted': 'Controller {voter} voted for {candidate} in epoch {epoch}',
  'event.raft.vote.rejected':
    'Controller {voter} refused its vote to {candidate} in epoch {epoch}: {reason}',
  'event.raft.truncate':
    'Controller {controller} cut its metadata log from offset {from} to {to}, where it diverged from the leader',
  'event.broker.unfenced': 'The controller unfenced broker {broker}',
  'event.broker.isolated': 'Broker {broker} is cut off from the other brokers and the controller',
  'event.broker.healed': 'Broker {broker} is connected again',
  'event.log.truncate':
    'Broker {broker} truncated {topic}-{partition} from offset {from} to {to} ({reason})',
  'event.topic.created': 'Topic {topic} created with {partitions} partitions',
  'event.offset.reset': '{member}: {topic}-{partition} starts at offset {offset} ({policy})',
  'event.action.applied': 'Action at {time}: {what}',
  'event.config.changed': '{target}: {key} = {value}',
  'event.config.changed.pendingRestart':
    '{target}: {key} = {value}. Kafka reads it only when a broker starts (read-only), so broker {brokers} keeps the old value until its next restart.',
  'event.config.changed.controller':
    '{target}: {key} = {value}, applied now. Real Kafka reads it only when the controllers start: it needs them restarted with it.',
  'event.action.refused': 'A scenario action ({what}) was not applied: {reason}',

  'error.scenario.title': 'This scenario is not valid. The previous scenario keeps running.',
  'error.scenario.unknown': 'There is no starter scenario named "{id}". The default one is open.',
  'error.action.title': 'The simulation refused this action.',
  'error.engine': 'The simulation engine could not run this scenario: {message}',
  'error.dismiss': 'Dismiss',
  'error.boundary.title': 'Something went wrong while drawing this view.',
  'error.boundary.retry': 'Open the default scenario again',
} satisfies Record<string, string>;
