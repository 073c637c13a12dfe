// The replication view's caption: one trace event as a plain sentence that says what
// happened and why, with the Kafka setting that decided it. Pure: the view passes the
// configured values, the translation happens at render time (so the language can change).
import type { MessageKey, Params } from '../../content/i18n';
import type { StoryEvent } from './storyLog';

export type Tone = 'info' | 'good' | 'warn' | 'bad';

export interface Caption {
  key: MessageKey;
  params: Params;
  tone: Tone;
}

/** The settings a caption quotes, resolved by the engine (Kafka defaults included). */
export interface CaptionSettings {
  replicaLagTimeMaxMs: number;
  brokerSessionTimeoutMs: number;
  minInsyncReplicas: number;
  /**
   * In ZooKeeper mode (Kafka 2.x) a dead broker is seen when its ZooKeeper session expires
   * (zookeeper.session.timeout.ms), not by missed heartbeats to a KRaft controller; null in KRaft.
   */
  zookeeperSessionTimeoutMs: number | null;
}

export interface Focus {
  topic: string;
  partition: number;
  replicas: readonly number[];
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** Does this event concern the partition on screen (its replicas' brokers included)? */
export function concerns(e: StoryEvent, focus: Focus): boolean {
  switch (e.type) {
    case 'isr.shrink':
    case 'isr.expand':
    case 'leader.elected':
    case 'log.truncate':
    case 'produce.failed':
      return e.topic === focus.topic && e.partition === focus.partition;
    case 'action.applied':
      return 'broker' in e.action && focus.replicas.includes(e.action.broker);
    default:
      return focus.replicas.includes(e.broker);
  }
}

/** `broker 3 fenced` / `broker 3 controlled shutdown` / `broker 3 unfenced` → its parts. */
function brokerReason(reason: string): { broker: number; what: string } | null {
  const m = /^broker (\d+) (fenced|controlled shutdown|unfenced)/.exec(reason);
  return m ? { broker: Number(m[1]), what: m[2]! } : null;
}

/**
 * The ISR of the focused partition just before event `index`: from the latest ISR change
 * in `events`, else `fallback` (the snapshot's). Quoted by NOT_ENOUGH_REPLICAS.
 */
export function isrBefore(
  events: readonly StoryEvent[],
  index: number,
  focus: Focus,
  fallback: readonly number[],
): readonly number[] {
  for (let i = index; i >= 0; i--) {
    const e = events[i]!;
    if (
      (e.type === 'isr.shrink' || e.type === 'isr.expand') &&
      e.topic === focus.topic &&
      e.partition === focus.partition
    )
      return e.isr;
  }
  return fallback;
}

export function captionFor(
  e: StoryEvent,
  settings: CaptionSettings,
  isr: readonly number[],
): Caption {
  switch (e.type) {
    case 'broker.status':
      if (e.status === 'online')
        return { key: 'caption.broker.started', params: { broker: e.broker }, tone: 'good' };
      if (e.reason === 'controlled shutdown')
        return { key: 'caption.broker.stopped', params: { broker: e.broker }, tone: 'info' };
      if (settings.zookeeperSessionTimeoutMs !== null)
        return {
          key: 'caption.broker.crashed.zk',
          params: { broker: e.broker, session: seconds(settings.zookeeperSessionTimeoutMs) },
          tone: 'bad',
        };
      return {
        key: 'caption.broker.crashed',
        params: { broker: e.broker, session: seconds(settings.brokerSessionTimeoutMs) },
        tone: 'bad',
      };
    case 'broker.fenced':
      if (e.reason === 'broker.session.timeout.ms')
        return {
          key: 'caption.broker.fenced.timeout',
          params: { broker: e.broker, session: seconds(settings.brokerSessionTimeoutMs) },
          tone: 'bad',
        };
      if (e.reason === 'controlled shutdown')
        return {
          key: 'caption.broker.fenced.shutdown',
          params: { broker: e.broker },
          tone: 'info',
        };
      return {
        key: 'caption.broker.fenced.other',
        params: { broker: e.broker, reason: e.reason },
        tone: 'bad',
      };
    case 'broker.unfenced':
      return { key: 'caption.broker.unfenced', params: { broker: e.broker }, tone: 'good' };
    case 'broker.isolation':
      return e.isolated
        ? { key: 'caption.broker.isolated', params: { broker: e.broker }, tone: 'warn' }
        : { key: 'caption.broker.healed', params: { broker: e.broker }, tone: 'good' };
    case 'action.applied': {
      const a = e.action;
      const broker = 'broker' in a ? a.broker : '?';
      const factor = a.do === 'slowBroker' ? (a.factor ?? 60) : 1;
      return factor > 1
        ? {
            key: 'caption.broker.slow',
            params: { broker, pause: factor - 1 },
            tone: 'warn',
          }
        : { key: 'caption.broker.normal', params: { broker }, tone: 'good' };
    }
    case 'isr.shrink': {
      const params = { removed: e.removed.join(', '), isr: e.isr.join(', ') };
      if (e.reason === 'replica.lag.time.max.ms')
        return {
          key: 'caption.isr.shrink.lag',
          params: { ...params, lag: seconds(settings.replicaLagTimeMaxMs) },
          tone: 'warn',
        };
      const why = brokerReason(e.reason);
      if (why?.what === 'fenced')
        return {
          key: 'caption.isr.shrink.fenced',
          params: { ...params, broker: why.broker },
          tone: 'warn',
        };
      if (why?.what === 'controlled shutdown')
        return { key: 'caption.isr.shrink.shutdown', params, tone: 'info' };
      return {
        key: 'caption.isr.shrink.other',
        params: { ...params, reason: e.reason },
        tone: 'warn',
      };
    }
    case 'isr.expand': {
      const params = { added: e.added.join(', '), isr: e.isr.join(', ') };
      return e.reason === 'caught up to the high watermark'
        ? { key: 'caption.isr.expand.caughtUp', params, tone: 'good' }
        : {
            key: 'caption.isr.expand.other',
            params: { ...params, reason: e.reason },
            tone: 'info',
          };
    }
    case 'leader.elected': {
      const epoch = e.leaderEpoch;
      if (e.leader === null) return { key: 'caption.leader.none', params: { epoch }, tone: 'bad' };
      if (e.reason.endsWith('(unclean)'))
        return { key: 'caption.leader.unclean', params: { leader: e.leader, epoch }, tone: 'bad' };
      if (e.reason === 'preferred leader election')
        return {
          key: 'caption.leader.preferred',
          params: { leader: e.leader, epoch },
          tone: 'good',
        };
      const why = brokerReason(e.reason);
      const key: MessageKey =
        why?.what === 'fenced'
          ? 'caption.leader.fenced'
          : why?.what === 'controlled shutdown'
            ? 'caption.leader.shutdown'
            : why?.what === 'unfenced'
              ? 'caption.leader.unfenced'
              : 'caption.leader.other';
      return {
        key,
        params: { leader: e.leader, epoch, broker: why?.broker ?? '?', reason: e.reason },
        tone: 'info',
      };
    }
    case 'log.truncate':
      return {
        key: 'caption.truncate',
        params: { broker: e.broker, from: e.from, to: e.to, removed: e.from - e.to },
        tone: 'bad',
      };
    case 'produce.failed': {
      const base = { producer: e.producer, error: e.error, partition: e.partition };
      if (e.error === 'NOT_ENOUGH_REPLICAS')
        return {
          key: 'caption.produce.notEnough',
          params: { ...base, isr: isr.length, min: settings.minInsyncReplicas },
          tone: 'bad',
        };
      if (e.error === 'NOT_ENOUGH_REPLICAS_AFTER_APPEND')
        return {
          key: 'caption.produce.notEnoughAfter',
          params: { ...base, min: settings.minInsyncReplicas },
          tone: 'bad',
        };
      if (e.error === 'NOT_LEADER_OR_FOLLOWER' || e.error === 'LEADER_NOT_AVAILABLE')
        return { key: 'caption.produce.notLeader', params: base, tone: 'warn' };
      if (e.error === 'NETWORK_EXCEPTION')
        return { key: 'caption.produce.network', params: base, tone: 'warn' };
      if (e.error === 'REQUEST_TIMED_OUT')
        return { key: 'caption.produce.requestTimeout', params: base, tone: 'warn' };
      if (e.error.startsWith('TIMEOUT'))
        return { key: 'caption.produce.deliveryTimeout', params: base, tone: 'bad' };
      if (e.error === 'OUT_OF_ORDER_SEQUENCE_NUMBER')
        return { key: 'caption.produce.outOfOrder', params: base, tone: 'bad' };
      return { key: 'caption.produce.other', params: base, tone: 'bad' };
    }
  }
}
