// One ZooKeeper server of the ensemble (`zookeeper:4001` …): a process that is up or down, and
// its role in the ensemble — the leader that orders every write (zxid), a follower that acks the
// leader's proposals, or looking (in an election, or cut off from a majority: it then serves no
// client, as ZooKeeper does without a quorum).
export type ZooKeeperRole = 'leader' | 'follower' | 'looking';

export class ZooKeeperServer {
  running = true;
  role: ZooKeeperRole = 'looking';
  /** The last transaction this server has (a follower cut off falls behind). */
  zxid = 0;
  /** Bumped each time it drops its client connections (stopped, left the quorum, resynced). */
  connections = 0;

  constructor(readonly id: number) {}

  get nodeId(): string {
    return zookeeperNodeId(this.id);
  }

  /** Serves clients only as part of a quorum (leader or follower). */
  get serving(): boolean {
    return this.running && this.role !== 'looking';
  }
}

export function zookeeperNodeId(id: number): string {
  return `zookeeper:${id}`;
}
