// A trace event as one sentence in the reader's language, or null for the chatty network
// events (sends, deliveries, fetch polls) that the animation already shows.
import { cappedList } from '../common/cappedList';
import type { TraceEvent } from '../../engine';
import type { Lang, Params } from '../../content/i18n';
import { errorText } from '../common/errorTexts';
import { describeReason } from '../../content/i18n/reasonText';
import type { TFunction } from '../common/useT';

/** A quorum member (a KRaft controller, a ZooKeeper server) went down, or came back. */
function memberStatus(
  e: { status: 'online' | 'offline'; reason?: string },
  kind: 'controller' | 'zookeeper',
  who: Params,
  t: TFunction,
  lang: Lang,
): string {
  return e.status === 'offline'
    ? t(`event.${kind}.offline`, { ...who, reason: describeReason(lang, e.reason ?? 'crash') })
    : t(`event.${kind}.online`, who);
}

/** A quorum member was cut off from the others, or healed. */
function memberIsolation(
  isolated: boolean,
  kind: 'controller' | 'zookeeper',
  who: Params,
  t: TFunction,
): string {
  return t(isolated ? `event.${kind}.isolated` : `event.${kind}.healed`, who);
}

export function describeEvent(e: TraceEvent, t: TFunction, lang: Lang = 'en'): string | null {
  switch (e.type) {
    case 'produce.acked':
      return t('event.produce.acked', {
        producer: e.producer,
        topic: e.topic,
        partition: e.partition,
        offset:
          e.records.length > 1
            ? `${e.baseOffset}–${e.baseOffset + e.records.length - 1}`
            : e.baseOffset,
      });
    case 'produce.failed':
      return t('event.produce.failed', {
        producer: e.producer,
        error: e.error,
        topic: e.topic,
        partition: e.partition,
      });
    case 'log.append':
      return t(
        e.baseOffset === e.lastOffset
          ? e.leader
            ? 'event.log.append.leader.one'
            : 'event.log.append.follower.one'
          : e.leader
            ? 'event.log.append.leader'
            : 'event.log.append.follower',
        {
          broker: e.broker,
          topic: e.topic,
          partition: e.partition,
          range: e.baseOffset === e.lastOffset ? e.baseOffset : `${e.baseOffset}–${e.lastOffset}`,
        },
      );
    case 'hw.advance':
      return t('event.hw.advance', {
        topic: e.topic,
        partition: e.partition,
        from: e.from,
        to: e.to,
      });
    case 'consume.record':
      return t('event.consume.record', {
        member: e.member,
        topic: e.topic,
        partition: e.partition,
        offset: e.record.offset ?? '?',
      });
    case 'group.assign':
      return t('event.group.assign', {
        group: e.group,
        generation: e.generation,
        strategy: e.strategy,
      });
    case 'group.target':
      return t('event.group.target', { group: e.group, epoch: e.epoch, assignor: e.assignor });
    case 'member.fenced':
      return t('event.member.fenced', { member: e.member, group: e.group, error: e.error });
    case 'leader.elected':
      return t('event.leader.elected', {
        topic: e.topic,
        partition: e.partition,
        leader: e.leader ?? t('replica.noLeader'),
      });
    case 'broker.status':
      return t('event.broker.status', { broker: e.broker, status: t(`broker.status.${e.status}`) });
    case 'topic.created':
      return t('event.topic.created', { topic: e.topic, partitions: e.partitions });
    case 'offset.reset':
      return t('event.offset.reset', {
        member: e.member,
        topic: e.topic,
        partition: e.partition,
        offset: e.offset,
        policy: e.policy,
      });
    case 'config.changed': {
      const params = { target: e.target, key: e.key, value: String(e.value) };
      // Kafka cannot change a read-only config on a running broker: say when it takes effect.
      if (e.pendingRestart)
        return t('event.config.changed.pendingRestart', {
          ...params,
          brokers: e.pendingRestart.join(', '),
        });
      if (e.controllerRestart) return t('event.config.changed.controller', params);
      return t('event.config.changed', params);
    }
    case 'action.refused':
      return t('event.action.refused', {
        what: e.action.do,
        reason: e.errors.map((x) => errorText(x, lang)).join(' '),
      });
    case 'offset.commit':
      return t('event.offset.commit', {
        member: e.member,
        offsets: cappedList(e.offsets.map((o) => `${o.topic}-${o.partition}@${o.offset}`)),
      });
    case 'member.joined':
      return t('event.member.joined', { member: e.member, group: e.group });
    case 'member.left':
      return t('event.member.left', {
        member: e.member,
        group: e.group,
        reason: describeReason(lang, e.reason),
      });
    case 'member.crashed':
      return t('event.member.crashed', { member: e.member, group: e.group });
    case 'isr.shrink':
      return t('event.isr.shrink', {
        topic: e.topic,
        partition: e.partition,
        isr: e.isr.join(', '),
        removed: e.removed.join(', '),
      });
    case 'isr.expand':
      return t('event.isr.expand', {
        topic: e.topic,
        partition: e.partition,
        isr: e.isr.join(', '),
        added: e.added.join(', '),
      });
    case 'broker.fenced':
      return t('event.broker.fenced', {
        broker: e.broker,
        reason: describeReason(lang, e.reason),
      });
    case 'broker.unfenced':
      return t('event.broker.unfenced', { broker: e.broker });
    case 'controller.status':
      return memberStatus(e, 'controller', { controller: e.controller }, t, lang);
    case 'controller.isolation':
      return memberIsolation(e.isolated, 'controller', { controller: e.controller }, t);
    case 'controller.active':
      return t('event.controller.active', { controller: e.controller, epoch: e.epoch });
    case 'controller.elected':
    case 'controller.resigned':
      return t(`event.${e.type}`, { controller: e.controller, epoch: e.epoch });
    case 'controller.loading':
      return t('event.controller.loading', {
        controller: e.controller,
        partitions: e.partitions,
      });
    case 'controller.leaderAndIsr':
      return t('event.controller.leaderAndIsr', {
        controller: e.controller,
        broker: e.broker,
        partitions: e.partitions,
      });
    case 'zookeeper.status':
      return memberStatus(e, 'zookeeper', { server: e.server }, t, lang);
    case 'zookeeper.isolation':
      return memberIsolation(e.isolated, 'zookeeper', { server: e.server }, t);
    case 'zookeeper.leader':
      return e.server === null
        ? t('event.zookeeper.noQuorum')
        : t('event.zookeeper.leader', { server: e.server, epoch: e.epoch });
    case 'zookeeper.session':
      return t(`event.zookeeper.session.${e.state}`, { broker: e.broker, session: e.session });
    case 'raft.state':
      return t(`event.raft.${e.state}`, {
        controller: e.node,
        epoch: e.epoch,
        leader: e.leader ?? '?',
        reason: describeReason(lang, e.reason),
      });
    case 'raft.vote':
      return t(e.granted ? 'event.raft.vote.granted' : 'event.raft.vote.rejected', {
        voter: e.voter,
        candidate: e.candidate,
        epoch: e.epoch,
        reason: describeReason(lang, e.reason),
      });
    case 'raft.truncate':
      return t('event.raft.truncate', { controller: e.node, from: e.from, to: e.to });
    case 'broker.isolation':
      return t(e.isolated ? 'event.broker.isolated' : 'event.broker.healed', { broker: e.broker });
    case 'log.truncate':
      return t('event.log.truncate', {
        broker: e.broker,
        topic: e.topic,
        partition: e.partition,
        from: e.from,
        to: e.to,
        reason: describeReason(lang, e.reason),
      });
    case 'action.applied': {
      // slowBroker has no event of its own; the other actions show through their effects.
      const a = e.action;
      if (a.do !== 'slowBroker') return null;
      const factor = a.factor ?? 60;
      return factor > 1
        ? t('caption.broker.slow', { broker: a.broker, pause: factor - 1 })
        : t('caption.broker.normal', { broker: a.broker });
    }
    default:
      // Network traffic, fetch polls, applied actions: the animation and the effects show them.
      return null;
  }
}
