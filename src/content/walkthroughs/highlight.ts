// What a step highlights: the test hooks the views render (design.md, "UI conventions", and the
// data-* attributes the e2e specs read), written as one string each:
//
//   broker-<id>                     data-testid="broker-<id>" (cluster card, replication lane)
//   partition-<topic>-<p>           data-testid="partition-<topic>-<p>" (cluster row, replication)
//   replica-<topic>-<p>@<broker>    data-replica="<topic>-<p>@<broker>" (cluster view's replica row)
//   consumer-<group>-<member>       data-testid="consumer-<group>-<member>" (cluster, groups)
//   segment-file-<20 digits>.<ext>  data-testid="segment-file" data-name=… (storage view)
//   index-entry-<offset>            data-testid="index-entry" data-offset=… (storage view's map)
//   producer-<id>                   data-testid="wf-producer-<id>" (why-fast view's batching card)
//   controller-<id>                 data-testid="controller-<id>" (a KRaft voter's card)
//   zookeeper-<id>                  data-testid="zookeeper-<id>" (a ZooKeeper server's card)
//   zk-broker-<id>                  data-testid="zk-broker-<id>" (a broker in ZooKeeper mode's view)
//
// `parseHook` reads one against the snapshot (a topic or group name may hold dashes), `hookExists`
// says whether its entity exists at that moment (the runner test checks every step), and
// `hookSelector` is the CSS selector the player marks on screen.
import type { Snapshot } from '../../engine';
import type { StepFocus } from './format';
import { segmentName } from './placeholders';

export type HookRef =
  | { kind: 'broker'; broker: number }
  | { kind: 'partition'; topic: string; partition: number }
  | { kind: 'replica'; topic: string; partition: number; broker: number }
  | { kind: 'member'; group: string; member: string }
  | { kind: 'segmentFile'; name: string; baseOffset: number }
  | { kind: 'indexEntry'; offset: number }
  | { kind: 'producer'; producer: string }
  | { kind: 'controller'; controller: number }
  | { kind: 'zookeeper'; server: number }
  | { kind: 'zkBroker'; broker: number };

/** The hook kinds and their string shapes (the validator checks each string against them). */
const SHAPES: { re: RegExp; read(m: RegExpMatchArray): HookRef | null }[] = [
  { re: /^broker-(\d{1,6})$/, read: (m) => ({ kind: 'broker', broker: Number(m[1]) }) },
  {
    re: /^replica-(.+)-(\d{1,6})@(\d{1,6})$/,
    read: (m) => ({
      kind: 'replica',
      topic: m[1]!,
      partition: Number(m[2]),
      broker: Number(m[3]),
    }),
  },
  {
    re: /^partition-(.+)-(\d{1,6})$/,
    read: (m) => ({ kind: 'partition', topic: m[1]!, partition: Number(m[2]) }),
  },
  {
    re: /^segment-file-(\d{20})\.(log|index|timeindex)$/,
    read: (m) => ({
      kind: 'segmentFile',
      name: `${m[1]}.${m[2]}`,
      baseOffset: Number(m[1]),
    }),
  },
  { re: /^index-entry-(\d{1,12})$/, read: (m) => ({ kind: 'indexEntry', offset: Number(m[1]) }) },
  { re: /^zookeeper-(\d{1,6})$/, read: (m) => ({ kind: 'zookeeper', server: Number(m[1]) }) },
  { re: /^zk-broker-(\d{1,6})$/, read: (m) => ({ kind: 'zkBroker', broker: Number(m[1]) }) },
  { re: /^controller-(\d{1,6})$/, read: (m) => ({ kind: 'controller', controller: Number(m[1]) }) },
  { re: /^producer-(.+)$/, read: (m) => ({ kind: 'producer', producer: m[1]! }) },
];

const MEMBER = /^consumer-(.+)$/;

/** Whether `hook` has one of the known shapes (members are checked against a snapshot later). */
export function hookShapeOk(hook: string): boolean {
  return SHAPES.some((s) => s.re.test(hook)) || MEMBER.test(hook);
}

/**
 * Read a hook string. A member hook `consumer-<group>-<member>` is split at the group the snapshot
 * has (group ids may hold dashes); without a snapshot, or with no such group, it reads as null.
 */
export function parseHook(hook: string, s: Snapshot | null): HookRef | null {
  for (const shape of SHAPES) {
    const m = hook.match(shape.re);
    if (m) return shape.read(m);
  }
  const m = hook.match(MEMBER);
  if (!m || !s) return null;
  for (const g of s.consumerGroups) {
    const prefix = `${g.id}-`;
    if (m[1]!.startsWith(prefix))
      return { kind: 'member', group: g.id, member: m[1]!.slice(prefix.length) };
  }
  return null;
}

/** Whether the hook's entity exists at the snapshot's moment (storage hooks: in the focused replica). */
export function hookExists(hook: string, s: Snapshot, focus: StepFocus | undefined): boolean {
  const ref = parseHook(hook, s);
  if (!ref) return false;
  const partition = (topic: string, p: number) =>
    s.topics.find((t) => t.name === topic)?.partitions.find((x) => x.partition === p);
  switch (ref.kind) {
    case 'broker':
      return s.brokers.some((b) => b.id === ref.broker);
    case 'partition':
      return partition(ref.topic, ref.partition) !== undefined;
    case 'replica':
      return partition(ref.topic, ref.partition)?.replicas.includes(ref.broker) ?? false;
    case 'producer':
      return s.producers.some((p) => p.id === ref.producer);
    case 'zookeeper':
      return (
        s.controller.mode === 'zookeeper' && s.controller.quorum.some((q) => q.id === ref.server)
      );
    case 'zkBroker':
      return s.controller.mode === 'zookeeper' && s.brokers.some((b) => b.id === ref.broker);
    case 'controller':
      return (
        s.controller.mode === 'kraft' && s.controller.quorum.some((q) => q.id === ref.controller)
      );
    case 'member':
      return s.consumerGroups
        .find((g) => g.id === ref.group)!
        .members.some((m) => m.id === ref.member);
    case 'segmentFile':
    case 'indexEntry': {
      if (!focus) return false;
      const p = partition(focus.topic, focus.partition);
      const broker = focus.broker ?? p?.leader;
      const r = p?.replicaStates.find((x) => x.broker === broker);
      if (!r) return false;
      if (ref.kind === 'segmentFile')
        return r.segments.some((seg) => segmentName(seg.baseOffset) === ref.name.slice(0, 20));
      return r.segments.some((seg) => seg.index.some((e) => e[0] === ref.offset));
    }
  }
}

function attr(value: string): string {
  return JSON.stringify(value);
}

/** The CSS selector of the hook's elements on screen (null for a string of no known shape). */
export function hookSelector(hook: string): string | null {
  for (const shape of SHAPES) {
    const m = hook.match(shape.re);
    if (!m) continue;
    const ref = shape.read(m)!;
    switch (ref.kind) {
      case 'replica':
        return `[data-replica=${attr(`${ref.topic}-${ref.partition}@${ref.broker}`)}]`;
      case 'segmentFile':
        return `[data-testid="segment-file"][data-name=${attr(ref.name)}]`;
      case 'indexEntry':
        return `[data-testid="index-entry"][data-offset=${attr(String(ref.offset))}]`;
      case 'producer':
        return `[data-testid=${attr(`wf-producer-${ref.producer}`)}]`;
      default:
        // broker-, partition-, controller-, zookeeper-, zk-broker-: the test id is the hook itself.
        return `[data-testid=${attr(hook)}]`;
    }
  }
  return MEMBER.test(hook) ? `[data-testid=${attr(hook)}]` : null;
}
