// Actions, checked against the run's state at their moment (validateAction; also each action of a
// scenario, in the order the engine applies them). Each kind is a row of ACTION_RULES: its fields in
// the order they are checked, each with a reader, and the checks that need more than one field.
import type { Action, ActionKind } from '../Scenario';
import { suggestName } from '../../config/ConfigDef';
import { utf8Length } from '../../record/ByteUtils';
import type { ValidationContext } from './context';
import { replicasOf } from './context';
import {
  checkFields,
  expectObject,
  expectString,
  got,
  has,
  intField,
  join,
  missing,
  names,
  numberField,
  short,
} from './fields';
import type { Obj } from './fields';
import { SCENARIO_LIMITS } from './limits';
import {
  checkBroker,
  checkNode,
  checkExistingGroup,
  checkExistingProducer,
  checkExistingTopic,
} from './lookups';
import { recordLimits, recordTooLarge, workloadTooLarge } from './records';
import { Report, refusal } from './report';
import { SET_CONFIG } from './setConfig';
import { opt, req } from './actionRules';
import type { ActionCheck, KindRule } from './actionRules';
import { validateTopicSpec } from './topics';

const L = SCENARIO_LIMITS;

const broker = req((v, p, c) => checkBroker(v, p, c.ctx, c.r));
/** A broker or a controller node (the failure actions). */
const node = req((v, p, c) => checkNode(v, p, c.ctx, c.r));
const group = req((v, p, c) => checkExistingGroup(v, p, c.ctx, c.r));

/** A produce action's key or value: a string or null. */
function recordPart(field: 'key' | 'value') {
  return req((v, p, c) => {
    if (v === null || typeof v === 'string') return v;
    c.r.add(p, 'produce.recordType', { field, ...got(v) });
    return undefined;
  });
}

function memberNumber(group: string, member: string): number | undefined {
  const prefix = `${group}-`;
  if (!member.startsWith(prefix)) return undefined;
  const n = member.slice(prefix.length);
  return /^[1-9]\d*$/.test(n) ? Number(n) : undefined;
}

/** A member id `<group>-<n>` of the action's group (only its type is checked when the group is refused). */
const member = req((v, p, c) => {
  if (!expectString(v, p, c.r)) return undefined;
  const g = c.read.get('group') as string | undefined;
  if (g === undefined) return v;
  if (memberNumber(g, v) === undefined) {
    c.r.add(p, 'member.idFormat', { member: short(v), group: g });
    return undefined;
  }
  const members = c.ctx.groups.get(g)!;
  if (!members.includes(v))
    c.r.add(p, 'member.notFound', { member: short(v), group: g, members: names(members) });
  return v;
});

/** A produce's key and value must make a record that Kafka's limits let through. */
function checkRecordSize(c: ActionCheck): void {
  const { ctx, read } = c;
  const producer = read.get('producer') as string | undefined;
  const topic = read.get('topic') as string | undefined;
  if (producer === undefined || topic === undefined || !read.has('key') || !read.has('value'))
    return;
  const bytes = (x: unknown) => (x === null ? null : utf8Length(x as string));
  const key = bytes(read.get('key'));
  const value = bytes(read.get('value'));
  const limits = recordLimits(
    ctx.configs?.producers?.get(producer) ?? {},
    ctx.configs?.topics?.get(topic) ?? {},
    ctx.configs?.cluster ?? {},
  );
  const why = limits && recordTooLarge(key, value, limits);
  if (why) c.r.refuse(join(c.path, (key ?? 0) > (value ?? 0) ? 'key' : 'value'), why);
}

/** A new topic: within the caps, by Kafka's rules, and leaving the workloads' records within its limits. */
const newTopic = req((v, tp, c) => {
  const { ctx, r } = c;
  if (ctx.topics.size >= L.maxTopics) {
    r.add(tp, 'cluster.tooManyTopics', { max: L.maxTopics, count: ctx.topics.size });
    return undefined;
  }
  const env = {
    brokers: ctx.brokers,
    metadata: ctx.metadata ?? 'kraft',
    existing: ctx.topics.keys(),
  };
  const spec = validateTopicSpec(v, tp, env, r);
  if (!spec) return undefined;
  const replicas = replicasOf(ctx);
  const total =
    replicas === undefined ? undefined : replicas + spec.partitions * spec.replicationFactor;
  if (total !== undefined && total > L.maxReplicas) {
    const internal = ctx.internalReplicas ?? 0;
    r.add(join(tp, 'partitions'), 'cluster.tooManyReplicas', {
      max: L.maxReplicas,
      total,
      internal,
    });
    return undefined;
  }
  const big = workloadTooLarge(ctx, { topic: { name: spec.name, config: spec.config ?? {} } });
  if (big) r.refuse(tp, big);
  return spec;
});

/** addPartitions: more partitions than now (Kafka's InvalidPartitionsException), within the caps. */
function checkIncrease(c: ActionCheck): void {
  const { ctx, r, read } = c;
  const topic = read.get('topic') as string | undefined;
  const count = read.get('count') as number | undefined;
  if (topic === undefined || count === undefined) return;
  const cp = join(c.path, 'count');
  const current = ctx.topics.get(topic)!;
  const replicas = replicasOf(ctx);
  const rf = ctx.replicationFactors?.get(topic) ?? 1;
  const total = replicas === undefined ? undefined : replicas + (count - current) * rf;
  const metadata = ctx.metadata ?? 'kraft';
  if (total !== undefined && count > current && total > L.maxReplicas) {
    const internal = ctx.internalReplicas ?? 0;
    r.add(cp, 'cluster.tooManyReplicas', { max: L.maxReplicas, total, internal });
  } else if (count < current)
    r.add(cp, 'addPartitions.decrease', { topic, current, requested: count, metadata });
  else if (count === current) r.add(cp, 'addPartitions.same', { topic, current, metadata });
}

/** addConsumer: the group must have room, and so must the cluster. */
function checkRoom(c: ActionCheck): void {
  const g = c.read.get('group') as string | undefined;
  if (g === undefined) return;
  const gp = join(c.path, 'group');
  let total = 1;
  for (const m of c.ctx.groups.values()) total += m.length;
  if (c.ctx.groups.get(g)!.length >= L.maxMembersPerGroup)
    c.r.add(gp, 'group.full', { group: g, max: L.maxMembersPerGroup });
  else if (total > L.maxMembers)
    c.r.add(gp, 'cluster.tooManyMembers', { max: L.maxMembers, total });
}

/** setWorkload: a producer that has a workload (the scenario's `workload`). */
const producerWithWorkload = req((v, p, c) => {
  const id = checkExistingProducer(v, p, c.ctx, c.r);
  if (id === undefined) return undefined;
  if (c.ctx.workloads?.some((w) => w.producer === id)) return id;
  c.r.add(p, 'setWorkload.noWorkload', { producer: id });
  return undefined;
});

/** setWorkload: all workloads together stay within the caps a scenario is held to. */
function checkTotalRate(c: ActionCheck): void {
  const producer = c.read.get('producer') as string | undefined;
  const rate = c.read.get('ratePerSec') as number | undefined;
  if (producer === undefined || rate === undefined) return;
  let total = 0;
  let bytes = 0;
  for (const w of c.ctx.workloads ?? []) {
    const r = w.producer === producer ? rate : w.ratePerSec;
    total += r;
    bytes += r * ((w.keyBytes ?? 0) + w.valueBytes);
  }
  const rp = join(c.path, 'ratePerSec');
  if (total > L.maxTotalRatePerSec)
    c.r.add(rp, 'workload.totalRate', { max: L.maxTotalRatePerSec, rate: total });
  else if (bytes > L.maxBytesPerSec)
    c.r.add(rp, 'workload.totalBytes', { max: L.maxBytesPerSec, total: Math.round(bytes) });
}

const ACTION_RULES: Record<ActionKind, KindRule> = {
  produce: {
    fields: {
      producer: req((v, p, c) => checkExistingProducer(v, p, c.ctx, c.r)),
      topic: req((v, p, c) => checkExistingTopic(v, p, c.ctx, c.r)),
      key: recordPart('key'),
      value: recordPart('value'),
      partition: opt((v, p, c) => {
        const topic = c.read.get('topic') as string | undefined;
        const n = topic !== undefined ? c.ctx.topics.get(topic)! : undefined;
        const tooBig = (partition: number) =>
          refusal('produce.noPartition', { partition, topic: topic!, partitions: n! });
        return intField(v, p, { min: 0, max: n !== undefined ? n - 1 : undefined, tooBig }, c.r);
      }),
    },
    check: checkRecordSize,
  },
  killBroker: { fields: { broker: node } },
  shutdownBroker: { fields: { broker: node } },
  restartBroker: { fields: { broker: node } },
  isolateBroker: { fields: { broker: node } },
  healBroker: { fields: { broker: node } },
  slowBroker: {
    fields: {
      broker,
      factor: opt((v, p, c) =>
        numberField(
          v,
          p,
          {
            min: 1,
            max: L.maxSlowFactor,
            tooSmall: (value) => refusal('slowBroker.factor', { value }),
          },
          c.r,
        ),
      ),
    },
  },
  addConsumer: { fields: { group }, check: checkRoom },
  removeConsumer: { fields: { group, member } },
  crashConsumer: { fields: { group, member } },
  stallConsumer: {
    fields: {
      group,
      member,
      ms: req((v, p, c) =>
        intField(
          v,
          p,
          {
            min: 1,
            max: L.maxStallMs,
            tooBig: (value) => refusal('stallConsumer.tooLong', { max: L.maxStallMs, value }),
          },
          c.r,
        ),
      ),
    },
  },
  setConfig: SET_CONFIG,
  setWorkload: {
    fields: {
      producer: producerWithWorkload,
      ratePerSec: req((v, p, c) =>
        numberField(
          v,
          p,
          {
            min: 0,
            max: L.maxRatePerSec,
            tooBig: (value) => refusal('workload.tooFast', { max: L.maxRatePerSec, value }),
          },
          c.r,
        ),
      ),
    },
    check: checkTotalRate,
  },
  createTopic: { fields: { topic: newTopic } },
  addPartitions: {
    fields: {
      topic: req((v, p, c) => checkExistingTopic(v, p, c.ctx, c.r)),
      count: req((v, p, c) =>
        intField(
          v,
          p,
          {
            min: 1,
            max: L.maxPartitionsPerTopic,
            tooBig: (value) =>
              refusal('addPartitions.tooMany', { max: L.maxPartitionsPerTopic, value }),
          },
          c.r,
        ),
      ),
    },
    check: checkIncrease,
  },
};

export const ACTION_KINDS = Object.keys(ACTION_RULES) as readonly ActionKind[];

/**
 * Check one action (an object of bounded shape) against `ctx`, reporting into `r` at `path`; a clean
 * copy with only its kind's fields, or undefined when refused.
 */
export function checkAction(
  action: unknown,
  ctx: ValidationContext,
  path: string,
  r: Report,
): Action | undefined {
  if (!expectObject(action, path, r)) return undefined;
  const before = r.count;

  if (!has(action, 'at')) missing(join(path, 'at'), r);
  else
    intField(
      action.at,
      join(path, 'at'),
      {
        min: 0,
        max: L.maxTimeMs,
        tooBig: (value) => refusal('action.tooLate', { max: L.maxTimeMs, value }),
      },
      r,
    );

  const dp = join(path, 'do');
  if (!has(action, 'do')) {
    missing(dp, r);
    return undefined;
  }
  const kind = action.do;
  if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(ACTION_RULES, kind)) {
    const suggestion = typeof kind === 'string' ? (suggestName(kind, ACTION_KINDS) ?? null) : null;
    r.add(dp, 'action.unknown', { ...got(kind), suggestion, allowed: ACTION_KINDS });
    return undefined;
  }
  const k = kind as ActionKind;
  const rule = ACTION_RULES[k];
  const fields = Object.keys(rule.fields);
  checkFields(action, ['at', 'do', ...fields], path, r);

  const c: ActionCheck = { path, ctx, r, read: new Map() };
  for (const f of fields) {
    const fp = join(path, f);
    if (!has(action, f)) {
      if (rule.fields[f]!.required) missing(fp, r);
      continue;
    }
    const n = r.count;
    const value = rule.fields[f]!.read(action[f], fp, c);
    if (r.count === n) c.read.set(f, value);
  }
  rule.check?.(c);

  if (r.count !== before) return undefined;
  // A clean copy with only the known fields.
  const out: Obj = { at: action.at, do: k };
  for (const f of fields) if (c.read.has(f)) out[f] = c.read.get(f);
  return out as unknown as Action;
}
