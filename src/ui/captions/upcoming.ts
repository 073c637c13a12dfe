// The scenario's scripted actions still ahead of the moment shown (and the reader's own, after a
// seek back), as sentences: "in 5 s: broker 1 crashes". Read from the store's plain data (the
// scenario's `actions`, the user's action log), never from the running simulation.
import type { Action } from '../../engine';
import type { MessageKey, Params } from '../../content/i18n';

export interface Upcoming {
  at: number;
  do: Action['do'];
  key: MessageKey;
  params: Params;
  /** The reader's own action (ahead after a seek back), not the scenario's. */
  yours: boolean;
}

/** How far ahead the strip looks, and how many it names. */
export const UPCOMING_HORIZON_MS = 60_000;
export const UPCOMING_SHOWN = 2;

const seconds = (ms: number) => Math.round(ms / 100) / 10;

export function describeAction(a: Action): { key: MessageKey; params: Params } {
  switch (a.do) {
    case 'killBroker':
    case 'shutdownBroker':
    case 'restartBroker':
    case 'isolateBroker':
    case 'healBroker':
    case 'slowBroker':
      return { key: `captions.upcoming.${a.do}`, params: { broker: a.broker } };
    case 'addConsumer':
      return { key: 'captions.upcoming.addConsumer', params: { group: a.group } };
    case 'removeConsumer':
    case 'crashConsumer':
      return { key: `captions.upcoming.${a.do}`, params: { group: a.group, member: a.member } };
    case 'stallConsumer':
      return {
        key: 'captions.upcoming.stallConsumer',
        params: { group: a.group, member: a.member, seconds: seconds(a.ms) },
      };
    case 'setWorkload':
      return {
        key: 'captions.upcoming.setWorkload',
        params: { producer: a.producer, rate: a.ratePerSec },
      };
    case 'setConfig':
      return {
        key: 'captions.upcoming.setConfig',
        params: { target: a.target, key: a.key, value: String(a.value) },
      };
    case 'createTopic':
      return { key: 'captions.upcoming.createTopic', params: { topic: a.topic.name } };
    case 'addPartitions':
      return { key: 'captions.upcoming.addPartitions', params: { topic: a.topic, count: a.count } };
    case 'produce':
      return a.key === null
        ? { key: 'captions.upcoming.produceNull', params: { producer: a.producer } }
        : {
            key: 'captions.upcoming.produce',
            params: { producer: a.producer, key: a.key, value: a.value ?? 'null' },
          };
  }
}

/** The next actions after `now` (strictly), scenario's and reader's merged by time. */
export function upcomingActions(
  scripted: readonly Action[],
  yours: readonly Action[],
  now: number,
  horizonMs = UPCOMING_HORIZON_MS,
  count = UPCOMING_SHOWN,
): Upcoming[] {
  const out: Upcoming[] = [];
  const add = (list: readonly Action[], mine: boolean) => {
    for (const a of list)
      if (a.at > now && a.at <= now + horizonMs)
        out.push({ at: a.at, do: a.do, ...describeAction(a), yours: mine });
  };
  add(scripted, false);
  add(yours, true);
  out.sort((a, b) => a.at - b.at);
  return out.slice(0, count);
}

/** "in 4.2 s": tenths, rounded up, so it never reads 0 before the action happens. */
export function secondsLeft(at: number, now: number): string {
  return (Math.ceil(Math.max(0, at - now) / 100) / 10).toFixed(1);
}
