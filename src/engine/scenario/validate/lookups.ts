// The entities an action names — a broker, topic, group or producer — must exist at its moment.
import {
  DEFAULT_CONTROLLERS,
  DEFAULT_ZOOKEEPER_SERVERS,
  FIRST_CONTROLLER_ID,
  FIRST_ZOOKEEPER_ID,
} from './cluster';
import { suggestName } from '../../config/ConfigDef';
import type { ValidationContext } from './context';
import { expectString, intField, names, short } from './fields';
import { refusal } from './report';
import type { Report } from './report';

export function checkBroker(
  v: unknown,
  path: string,
  ctx: ValidationContext,
  r: Report,
): number | undefined {
  const notFound = (broker: number) => refusal('broker.notFound', { broker, brokers: ctx.brokers });
  return intField(v, path, { min: 1, max: ctx.brokers, tooSmall: notFound, tooBig: notFound }, r);
}

/**
 * A node the failure actions act on: a broker (1 … brokers) or a KRaft controller (3001 …), or
 * in ZooKeeper mode a ZooKeeper server (4001 …): Kafka's node ids are one space.
 */
export function checkNode(
  v: unknown,
  path: string,
  ctx: ValidationContext,
  r: Report,
): number | undefined {
  if (ctx.metadata === 'zookeeper') {
    // ZooKeeper mode: the other nodes are the ensemble's servers.
    const zookeeper = ctx.zookeeperServers ?? DEFAULT_ZOOKEEPER_SERVERS;
    if (
      typeof v === 'number' &&
      Number.isInteger(v) &&
      v >= FIRST_ZOOKEEPER_ID &&
      v < FIRST_ZOOKEEPER_ID + zookeeper
    )
      return v;
    const missingNode = (broker: number) =>
      refusal('broker.notFound', { broker, brokers: ctx.brokers, zookeeper });
    return intField(
      v,
      path,
      { min: 1, max: ctx.brokers, tooSmall: missingNode, tooBig: missingNode },
      r,
    );
  }
  const controllers = ctx.controllers ?? DEFAULT_CONTROLLERS;
  const isController = (n: number) =>
    n >= FIRST_CONTROLLER_ID && n < FIRST_CONTROLLER_ID + controllers;
  if (typeof v === 'number' && Number.isInteger(v) && isController(v)) return v;
  const notFound = (broker: number) =>
    refusal('broker.notFound', { broker, brokers: ctx.brokers, controllers });
  return intField(v, path, { min: 1, max: ctx.brokers, tooSmall: notFound, tooBig: notFound }, r);
}

export function checkExistingTopic(
  v: unknown,
  path: string,
  ctx: ValidationContext,
  r: Report,
): string | undefined {
  if (!expectString(v, path, r)) return undefined;
  if (ctx.topics.has(v)) return v;
  const suggestion = suggestName(v, ctx.topics.keys()) ?? null;
  r.add(path, 'topic.notFound', { topic: short(v), suggestion });
  return undefined;
}

export function checkExistingGroup(
  v: unknown,
  path: string,
  ctx: ValidationContext,
  r: Report,
): string | undefined {
  if (!expectString(v, path, r)) return undefined;
  if (ctx.groups.has(v)) return v;
  r.add(path, 'group.notFound', { group: short(v), groups: names(ctx.groups.keys()) });
  return undefined;
}

export function checkExistingProducer(
  v: unknown,
  path: string,
  ctx: ValidationContext,
  r: Report,
): string | undefined {
  if (!expectString(v, path, r)) return undefined;
  if (ctx.producers.has(v)) return v;
  r.add(path, 'producer.notFound', { producer: short(v), producers: names(ctx.producers) });
  return undefined;
}
