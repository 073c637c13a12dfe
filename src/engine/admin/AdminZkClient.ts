// Kafka 2.x's AdminZkClient (kafka-topics.sh --zookeeper): a topic is created by writing its
// assignment to /brokers/topics/<t>, partitions are added by rewriting it; the controller's
// watches on those znodes do the rest (the partitions' state znodes, LeaderAndIsr). It talks to
// the ensemble's leader; while there is none it tries again every second.
import type { SimContext } from '../sim/SimContext';
import type { ZooKeeperEnsemble } from '../zookeeper/ZooKeeperEnsemble';
import type { ZkOp } from '../zookeeper/DataTree';
import { ZkPaths } from '../controller/zk/ControllerContext';

const RETRY_MS = 1000;

export class AdminZkClient {
  constructor(
    private ctx: SimContext,
    private ensemble: ZooKeeperEnsemble,
  ) {}

  createTopic(topic: string, assignment: readonly (readonly number[])[], onDone: () => void): void {
    this.write(
      () => [
        {
          op: 'create',
          path: ZkPaths.topic(topic),
          data: { kind: 'topic', partitions: assignment.map((r) => [...r]) },
          ephemeralOwner: null,
        },
      ],
      onDone,
    );
  }

  /** The topic's assignment with `added` appended (the existing ones as ZooKeeper has them). */
  addPartitions(topic: string, added: readonly (readonly number[])[], onDone: () => void): void {
    this.write(() => {
      const n = this.ensemble.tree.get(ZkPaths.topic(topic));
      if (n?.data.kind !== 'topic') return [];
      return [
        {
          op: 'setData',
          path: ZkPaths.topic(topic),
          data: { kind: 'topic', partitions: [...n.data.partitions, ...added.map((r) => [...r])] },
          version: n.version,
        },
      ];
    }, onDone);
  }

  private write(ops: () => ZkOp[], onDone: () => void): void {
    const leader = this.ensemble.leaderId;
    const retry = () => this.ctx.schedule(this.ctx.now() + RETRY_MS, () => this.write(ops, onDone));
    if (leader === null) return void retry();
    const o = ops();
    if (o.length === 0) return;
    this.ensemble.write(leader, o, (r) => {
      if (r === 'OK') onDone();
      else if (r === 'CONNECTIONLOSS' || r === 'BADVERSION') retry();
    });
  }
}
