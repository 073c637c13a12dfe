// ZooKeeper's DataTree: the znodes of the ensemble's committed state. Each znode has data (Kafka
// writes JSON; here the same fields as a plain object), a version bumped by each setData, and an
// ephemeral owner (a session id) when it lives only as long as its session. Watches are one-shot:
// a data watch fires when the znode changes or goes, a child watch when a child comes or goes.
// Every change is applied in zxid order by the ensemble once a majority has it.

/** What Kafka 2.x keeps in each znode it uses (its JSON, as typed fields). */
export type ZnodeData =
  | { kind: 'empty' }
  /** /brokers/ids/<id>: a broker's registration (ephemeral). */
  | { kind: 'broker'; id: number; rack: string | null }
  /** /controller: the broker that won the election (ephemeral). */
  | { kind: 'controller'; brokerid: number }
  /** /controller_epoch: bumped by every new controller. */
  | { kind: 'controllerEpoch'; epoch: number }
  /** /brokers/topics/<t>: the replica assignment, one list per partition. */
  | { kind: 'topic'; partitions: readonly (readonly number[])[] }
  /** /brokers/topics/<t>/partitions/<p>/state: leader (-1: none), epoch, ISR, writer's epoch. */
  | {
      kind: 'partitionState';
      leader: number;
      leaderEpoch: number;
      isr: readonly number[];
      controllerEpoch: number;
    };

export interface Znode {
  data: ZnodeData;
  version: number;
  /** The session whose end deletes this znode (null: persistent). */
  ephemeralOwner: number | null;
  /** The zxid of the transaction that last changed it. */
  mzxid: number;
}

export type ZkError = 'OK' | 'NODEEXISTS' | 'NONODE' | 'BADVERSION';

export type WatchKind = 'data' | 'children';

/** What a watch tells its session when it fires (ZooKeeper's WatchedEvent). */
export interface WatchedEvent {
  path: string;
  type: 'NodeCreated' | 'NodeDeleted' | 'NodeDataChanged' | 'NodeChildrenChanged';
}

/** One operation of a write (create, setData, delete) or a check inside a multi. */
export type ZkOp =
  | { op: 'create'; path: string; data: ZnodeData; ephemeralOwner: number | null }
  | { op: 'setData'; path: string; data: ZnodeData; version: number }
  | { op: 'delete'; path: string }
  | { op: 'check'; path: string; version: number };

export interface TreeChange {
  path: string;
  /** The znode after the change; null when deleted. */
  node: Znode | null;
}

export class DataTree {
  private nodes = new Map<string, Znode>();
  private children = new Map<string, Set<string>>();
  /** path → sessions with a watch of each kind. */
  private watches: Record<WatchKind, Map<string, Set<number>>> = {
    data: new Map(),
    children: new Map(),
  };

  constructor(
    /** Each applied change (the cluster's metadata mirror follows them). */
    private onChange: (c: TreeChange) => void,
    /** A fired watch, for its session. */
    private onWatch: (session: number, e: WatchedEvent) => void,
  ) {
    this.nodes.set('/', { data: { kind: 'empty' }, version: 0, ephemeralOwner: null, mzxid: 0 });
  }

  get(path: string): Znode | undefined {
    return this.nodes.get(path);
  }

  getChildren(path: string): string[] {
    return [...(this.children.get(path) ?? [])].sort();
  }

  get size(): number {
    return this.nodes.size;
  }

  /** Every znode, in path order (the view's list). */
  entries(): [string, Znode][] {
    return [...this.nodes.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  watch(path: string, kind: WatchKind, session: number): void {
    let s = this.watches[kind].get(path);
    if (!s) this.watches[kind].set(path, (s = new Set()));
    s.add(session);
  }

  /** A session ended: its watches go with it. */
  dropWatches(session: number): void {
    for (const kind of ['data', 'children'] as const)
      for (const s of this.watches[kind].values()) s.delete(session);
  }

  /** Whether every op of a multi would succeed (ZooKeeper applies all or none). */
  check(ops: readonly ZkOp[]): ZkError {
    // Each op sees the ones before it in the same multi.
    const version = new Map<string, number | null>();
    const versionOf = (path: string) =>
      version.has(path) ? version.get(path)! : (this.nodes.get(path)?.version ?? null);
    for (const o of ops) {
      const v = versionOf(o.path);
      switch (o.op) {
        case 'create':
          if (v !== null) return 'NODEEXISTS';
          if (versionOf(parentOf(o.path)) === null) return 'NONODE';
          version.set(o.path, 0);
          break;
        case 'delete':
          if (v === null) return 'NONODE';
          version.set(o.path, null);
          break;
        case 'setData':
        case 'check':
          if (v === null) return 'NONODE';
          if (o.version !== -1 && o.version !== v) return 'BADVERSION';
          if (o.op === 'setData') version.set(o.path, v + 1);
          break;
      }
    }
    return 'OK';
  }

  /** Apply a committed transaction; its result is the first failing op's error, or OK. */
  apply(ops: readonly ZkOp[], zxid: number): ZkError {
    const err = this.check(ops);
    if (err !== 'OK') return err;
    for (const o of ops) {
      switch (o.op) {
        case 'create':
          this.create(o.path, o.data, o.ephemeralOwner, zxid);
          break;
        case 'setData': {
          const n = this.nodes.get(o.path)!;
          const next = { ...n, data: o.data, version: n.version + 1, mzxid: zxid };
          this.nodes.set(o.path, next);
          this.onChange({ path: o.path, node: next });
          this.fire(o.path, 'data', 'NodeDataChanged');
          break;
        }
        case 'delete':
          this.remove(o.path);
          break;
        case 'check':
          break;
      }
    }
    return 'OK';
  }

  /** The ephemeral znodes a session owns (deleted when it expires or closes). */
  ephemeralsOf(session: number): string[] {
    const out: string[] = [];
    for (const [path, n] of this.nodes) if (n.ephemeralOwner === session) out.push(path);
    return out.sort();
  }

  private create(path: string, data: ZnodeData, owner: number | null, zxid: number): void {
    const node: Znode = { data, version: 0, ephemeralOwner: owner, mzxid: zxid };
    this.nodes.set(path, node);
    const parent = parentOf(path);
    let c = this.children.get(parent);
    if (!c) this.children.set(parent, (c = new Set()));
    c.add(path.slice(parent === '/' ? 1 : parent.length + 1));
    this.onChange({ path, node });
    this.fire(path, 'data', 'NodeCreated');
    this.fire(parent, 'children', 'NodeChildrenChanged');
  }

  private remove(path: string): void {
    this.nodes.delete(path);
    const parent = parentOf(path);
    this.children.get(parent)?.delete(path.slice(parent === '/' ? 1 : parent.length + 1));
    this.onChange({ path, node: null });
    this.fire(path, 'data', 'NodeDeleted');
    this.fire(parent, 'children', 'NodeChildrenChanged');
  }

  private fire(path: string, kind: WatchKind, type: WatchedEvent['type']): void {
    const s = this.watches[kind].get(path);
    if (!s || s.size === 0) return;
    this.watches[kind].delete(path);
    for (const session of [...s].sort((a, b) => a - b)) this.onWatch(session, { path, type });
  }
}

export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}
