// ZooKeeper mode's side of the Simulation: what the cluster's committed metadata (the snapshot's)
// is — ZooKeeper's znodes as Kafka 2.x reads them, kept in step with every committed change — and
// the cluster the run starts with, formed: the ensemble led, each broker's session open and its
// /brokers/ids znode written, broker 1 holding /controller in epoch 1 (as the first broker to
// start would), each topic's assignment and partition states written.
import type { MetadataImage } from '../controller/MetadataImage';
import { copyImage } from '../controller/MetadataImage';
import type { MetadataRecord } from '../controller/MetadataRecord';
import type { TreeChange, ZkOp } from '../zookeeper/DataTree';
import type { ZooKeeperEnsemble } from '../zookeeper/ZooKeeperEnsemble';
import { ControllerContext, ZkPaths } from '../controller/zk/ControllerContext';
import { stateData } from '../controller/zk/KafkaController';
import type { KafkaBroker } from '../server/KafkaBroker';

/**
 * A committed znode change, into the cluster's image: /brokers/ids/<id> is a registered broker
 * (one whose znode went stays listed as fenced: running or not, the cluster does not count it),
 * /brokers/topics/<t> a topic's assignment, .../state a partition's leader, ISR and version.
 */
export function mirrorZnode(image: MetadataImage, c: TreeChange): void {
  const parts = c.path.split('/');
  if (parts[1] !== 'brokers') return;
  if (parts[2] === 'ids' && parts.length === 4) {
    const id = Number(parts[3]);
    const data = c.node?.data;
    if (data?.kind === 'broker')
      image.brokers.set(id, {
        id,
        fenced: false,
        ...(data.rack !== null ? { rack: data.rack } : {}),
      });
    else {
      const b = image.brokers.get(id);
      if (b) image.brokers.set(id, { ...b, fenced: true });
    }
    return;
  }
  if (parts[2] !== 'topics') return;
  const topic = parts[3]!;
  if (parts.length === 4) {
    const data = c.node?.data;
    if (data?.kind !== 'topic') return;
    let t = image.topics.get(topic);
    if (!t) image.topics.set(topic, (t = { name: topic, partitions: [] }));
    data.partitions.forEach((replicas, p) => {
      const cur = t.partitions[p];
      if (cur) cur.replicas = [...replicas];
      else
        t.partitions[p] = {
          replicas: [...replicas],
          isr: [],
          leader: null,
          leaderEpoch: 0,
          partitionEpoch: 0,
        };
    });
    return;
  }
  if (parts.length === 7 && parts[6] === 'state' && c.node?.data.kind === 'partitionState') {
    const reg = image.partition(topic, Number(parts[5]));
    if (!reg) return;
    const d = c.node.data;
    reg.leader = d.leader < 0 ? null : d.leader;
    reg.leaderEpoch = d.leaderEpoch;
    reg.isr = [...d.isr];
    reg.partitionEpoch = c.node.version;
  }
}

/** The first controller's epoch (its /controller_epoch) when the cluster starts. */
const BOOTSTRAP_CONTROLLER_EPOCH = 1;

/**
 * Write the cluster the run starts with from the bootstrap records (brokers registered, topics
 * placed) and start every broker connected, registered and current; broker 1 is the controller.
 */
export function bootstrapZooKeeper(
  ensemble: ZooKeeperEnsemble,
  records: readonly MetadataRecord[],
  brokers: ReadonlyMap<number, KafkaBroker>,
  committed: MetadataImage,
): void {
  ensemble.bootstrap();
  const write = (op: ZkOp) => {
    if (ensemble.bootstrapWrite([op]) !== 'OK') throw new Error(`bootstrap write ${op.path}`);
  };
  const persistent = (path: string) =>
    write({ op: 'create', path, data: { kind: 'empty' }, ephemeralOwner: null });
  persistent(ZkPaths.brokers);
  persistent(ZkPaths.brokerIds);
  persistent(ZkPaths.topics);
  write({
    op: 'create',
    path: ZkPaths.controllerEpoch,
    data: { kind: 'controllerEpoch', epoch: BOOTSTRAP_CONTROLLER_EPOCH },
    ephemeralOwner: null,
  });
  const sessions = new Map<number, number>();
  for (const r of records) {
    if (r.type !== 'RegisterBroker') continue;
    const b = brokers.get(r.broker)!;
    const session = ensemble.bootstrapSession(b.id, b.config.zookeeperSessionTimeoutMs);
    sessions.set(b.id, session);
    write({
      op: 'create',
      path: ZkPaths.broker(b.id),
      data: { kind: 'broker', id: b.id, rack: r.rack ?? null },
      ephemeralOwner: session,
    });
  }
  const controllerId = Math.min(...brokers.keys());
  write({
    op: 'create',
    path: ZkPaths.controller,
    data: { kind: 'controller', brokerid: controllerId },
    ephemeralOwner: sessions.get(controllerId)!,
  });
  const assignments = new Map<string, number[][]>();
  for (const r of records) {
    if (r.type !== 'Partition') continue;
    let a = assignments.get(r.topic);
    if (!a) assignments.set(r.topic, (a = []));
    a[r.partition] = r.replicas;
  }
  for (const [topic, partitions] of assignments) {
    write({
      op: 'create',
      path: ZkPaths.topic(topic),
      data: { kind: 'topic', partitions },
      ephemeralOwner: null,
    });
    persistent(ZkPaths.partitions(topic));
    partitions.forEach((replicas, p) => {
      persistent(ZkPaths.partition(topic, p));
      const reg = {
        replicas,
        isr: [...replicas],
        leader: replicas[0] ?? null,
        leaderEpoch: 0,
        partitionEpoch: 0,
      };
      write({
        op: 'create',
        path: ZkPaths.partitionState(topic, p),
        data: stateData(reg, BOOTSTRAP_CONTROLLER_EPOCH),
        ephemeralOwner: null,
      });
    });
  }
  // The watches a running cluster has set: every broker on /controller, the controller on the
  // broker registrations, the topic list and each topic's assignment.
  const tree = ensemble.tree;
  for (const session of sessions.values()) tree.watch(ZkPaths.controller, 'data', session);
  const cs = sessions.get(controllerId)!;
  tree.watch(ZkPaths.brokerIds, 'children', cs);
  tree.watch(ZkPaths.topics, 'children', cs);
  for (const topic of assignments.keys()) tree.watch(ZkPaths.topic(topic), 'data', cs);
  for (const b of brokers.values()) {
    b.metadata.image = copyImage(committed);
    b.metadata.caughtUp = true;
    b.zk!.bootstrap(sessions.get(b.id)!, controllerId, BOOTSTRAP_CONTROLLER_EPOCH);
  }
  // /controller_epoch was created at version 0: the first controller's writes check that.
  const context = new ControllerContext(BOOTSTRAP_CONTROLLER_EPOCH, 0);
  const image = copyImage(committed);
  for (const [id, b] of image.brokers) context.image.brokers.set(id, b);
  for (const [name, t] of image.topics) context.image.topics.set(name, t);
  for (const id of sessions.keys()) {
    context.liveBrokers.add(id);
    context.brokerEpochs.set(id, tree.get(ZkPaths.broker(id))!.mzxid);
  }
  brokers.get(controllerId)!.zk!.controller.bootstrapActive(context);
}
