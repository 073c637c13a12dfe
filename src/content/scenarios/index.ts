// Starter scenarios: plain scenario-v1 JSON (the engine validates it). Their titles and
// descriptions are texts of each language (i18n/starters.ts, starters.ko.ts: starterText).
import type { MessageKey } from '../i18n';
import waitingEvents from './waiting-events.json';
import keylessPartitioners from './keyless-partitioners.json';
import moreConsumers from './more-consumers-than-partitions.json';
import singlePartition from './single-partition-order.json';
import logSegments from './log-segments.json';
import replKillTwo from './replication-kill-two-brokers.json';
import replZombie from './replication-zombie-leader.json';
import replUncleanOff from './replication-unclean-election-off.json';
import replUncleanOn from './replication-unclean-election-on.json';
import replShutdown from './replication-shutdown-vs-crash.json';
import replRetriesDup from './replication-retries-duplicates.json';
import replRetriesIdem from './replication-retries-idempotent.json';

import group3 from './group-three-partitions-3-members.json';
import group2 from './group-three-partitions-2-members.json';
import group4 from './group-three-partitions-4-members.json';
import groupCrash from './group-crash-redelivery.json';
import groupEagerCoop from './group-eager-vs-cooperative.json';
import groupTwoSpeeds from './group-two-speeds.json';
import groupClassicVsConsumer from './group-classic-vs-consumer.json';
import fastCompression from './fast-compression.json';
import fastLaggingConsumer from './fast-lagging-consumer.json';
import fastManyPartitions from './fast-many-partitions.json';
import controllerFailover from './controller-failover.json';
import zookeeperControllerFailover from './zookeeper-controller-failover.json';

export interface Starter {
  id: string;
  /** Raw scenario JSON: validated by the engine when loaded, never trusted here. */
  scenario: unknown;
}

export const STARTERS: readonly Starter[] = [
  {
    id: 'waiting-events',
    scenario: waitingEvents,
  },
  {
    id: 'keyless-partitioners',
    scenario: keylessPartitioners,
  },
  {
    id: 'more-consumers-than-partitions',
    scenario: moreConsumers,
  },
  {
    id: 'single-partition-order',
    scenario: singlePartition,
  },
  {
    id: 'log-segments',
    scenario: logSegments,
  },
  {
    id: 'replication-kill-two-brokers',
    scenario: replKillTwo,
  },
  {
    id: 'replication-zombie-leader',
    scenario: replZombie,
  },
  {
    id: 'replication-unclean-election-off',
    scenario: replUncleanOff,
  },
  {
    id: 'replication-unclean-election-on',
    scenario: replUncleanOn,
  },
  {
    id: 'replication-shutdown-vs-crash',
    scenario: replShutdown,
  },
  {
    id: 'replication-retries-duplicates',
    scenario: replRetriesDup,
  },
  {
    id: 'replication-retries-idempotent',
    scenario: replRetriesIdem,
  },
  {
    id: 'group-three-partitions-3-members',
    scenario: group3,
  },
  {
    id: 'group-three-partitions-2-members',
    scenario: group2,
  },
  {
    id: 'group-three-partitions-4-members',
    scenario: group4,
  },
  {
    id: 'group-crash-redelivery',
    scenario: groupCrash,
  },
  {
    id: 'group-eager-vs-cooperative',
    scenario: groupEagerCoop,
  },
  {
    id: 'group-classic-vs-consumer',
    scenario: groupClassicVsConsumer,
  },
  {
    id: 'group-two-speeds',
    scenario: groupTwoSpeeds,
  },
  { id: 'fast-compression', scenario: fastCompression },
  {
    id: 'fast-lagging-consumer',
    scenario: fastLaggingConsumer,
  },
  {
    id: 'fast-many-partitions',
    scenario: fastManyPartitions,
  },
  {
    id: 'controller-failover',
    scenario: controllerFailover,
  },
  {
    id: 'zookeeper-controller-failover',
    scenario: zookeeperControllerFailover,
  },
];

export const DEFAULT_STARTER_ID = 'waiting-events';

/** The key of a starter's title or description (every starter has both, in both languages). */
export function starterText(id: string, part: 'title' | 'description'): MessageKey {
  return `starter.${id}.${part}` as MessageKey;
}

export function findStarter(id: string): Starter | undefined {
  return STARTERS.find((s) => s.id === id);
}
