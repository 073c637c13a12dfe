// The query behind the controller view in ZooKeeper mode: the ensemble's servers, the znodes
// Kafka keeps there with their latest data (in Kafka's JSON), each broker's session with the time
// left before the leader would expire it, and each broker's controller as it stands — the one
// loading from ZooKeeper with its progress.
import type { Simulation } from '../sim/Simulation';
import type { Znode, ZnodeData } from '../zookeeper/DataTree';
// (part of ZooKeeper mode, which the page fetches on demand: sim/zookeeperMode.ts exports this)
import { ZkPaths } from '../controller/zk/ControllerContext';

export interface ZnodeView {
  path: string;
  /** The znode's data as Kafka writes it (JSON), '' for none. */
  data: string;
  version: number;
  /** The session that owns it (ephemeral), null for a persistent znode. */
  ephemeralOwner: number | null;
  /** The zxid of its last change. */
  mzxid: number;
}

export interface ZooKeeperView {
  servers: {
    id: number;
    status: 'online' | 'offline';
    isolated: boolean;
    role: 'leader' | 'follower' | 'looking';
    zxid: number;
  }[];
  leaderId: number | null;
  /** The ensemble's epoch (bumped by each elected leader) and its last committed zxid. */
  epoch: number;
  zxid: number;
  /** /controller, /controller_epoch, /brokers/ids/*, the topics, then the latest state znodes. */
  znodes: ZnodeView[];
  znodeCount: number;
  sessions: {
    id: number;
    broker: number;
    state: 'open' | 'expired' | 'closed';
    timeoutMs: number;
    /** Left before the leader expires it (null while closed, expired or with no leader). */
    expiresInMs: number | null;
  }[];
  brokers: {
    id: number;
    /** Its client: the server it talks to and whether it is connected. */
    session: number | null;
    server: number | null;
    clientState: 'connecting' | 'connected' | 'expired' | 'closed' | 'down';
    /** The controller as this broker last read /controller. */
    knowsController: number | null;
    isController: boolean;
    /** Loading from ZooKeeper after winning /controller: state znodes read of how many. */
    loading: { read: number; total: number } | null;
    ready: boolean;
  }[];
}

/** Kafka's JSON for a znode's data (Kafka 2.x's ZkData formats, without timestamps). */
export function znodeJson(d: ZnodeData, path: string): string {
  switch (d.kind) {
    case 'empty':
      return '';
    case 'broker':
      return JSON.stringify({
        endpoints: [`PLAINTEXT://broker-${d.id}:9092`],
        rack: d.rack,
        version: 5,
      });
    case 'controller':
      return JSON.stringify({ version: 1, brokerid: d.brokerid });
    case 'controllerEpoch':
      return String(d.epoch);
    case 'topic':
      return JSON.stringify({
        version: 2,
        partitions: Object.fromEntries(d.partitions.map((r, p) => [String(p), r])),
      });
    case 'partitionState':
      void path;
      return JSON.stringify({
        controller_epoch: d.controllerEpoch,
        leader: d.leader,
        version: 1,
        leader_epoch: d.leaderEpoch,
        isr: d.isr,
      });
  }
}

function view(path: string, n: Znode): ZnodeView {
  return {
    path,
    data: znodeJson(n.data, path),
    version: n.version,
    ephemeralOwner: n.ephemeralOwner,
    mzxid: n.mzxid,
  };
}

export function zookeeperView(sim: Simulation, latestStates = 8): ZooKeeperView | null {
  const zk = sim.zookeeper;
  if (!zk) return null;
  const now = sim.now;
  const tree = zk.tree;
  const fixed: ZnodeView[] = [];
  const states: ZnodeView[] = [];
  for (const [path, n] of tree.entries()) {
    if (n.data.kind === 'partitionState') states.push(view(path, n));
    else if (
      path === ZkPaths.controller ||
      path === ZkPaths.controllerEpoch ||
      (path.startsWith(`${ZkPaths.brokerIds}/`) && n.data.kind === 'broker') ||
      n.data.kind === 'topic'
    )
      fixed.push(view(path, n));
  }
  states.sort((a, b) => b.mzxid - a.mzxid || (a.path < b.path ? -1 : 1));
  // The controller's znodes first, then the registrations, then the topics.
  const rank = (z: ZnodeView) =>
    z.path === ZkPaths.controller
      ? 0
      : z.path === ZkPaths.controllerEpoch
        ? 1
        : z.path.startsWith(ZkPaths.brokerIds)
          ? 2
          : 3;
  fixed.sort((a, b) => rank(a) - rank(b));
  return {
    servers: [...zk.servers.values()].map((s) => ({
      id: s.id,
      status: s.running ? 'online' : 'offline',
      isolated: sim.isIsolated(s.id),
      role: s.running ? s.role : 'looking',
      zxid: s.zxid,
    })),
    leaderId: zk.leaderId,
    epoch: zk.epoch,
    zxid: zk.zxid,
    znodes: [...fixed, ...states.slice(0, latestStates)],
    znodeCount: tree.size,
    sessions: [...zk.sessions.values()].map((s) => ({
      id: s.id,
      broker: s.owner,
      state: s.state,
      timeoutMs: s.timeoutMs,
      expiresInMs:
        s.state === 'open' && zk.leaderId !== null
          ? Math.max(0, s.lastHeard + s.timeoutMs - now)
          : null,
    })),
    brokers: [...sim.brokers.values()].map((b) => {
      const z = b.zk!;
      const c = z.controller;
      return {
        id: b.id,
        session: z.client?.sessionId ?? null,
        server: z.client?.server ?? null,
        clientState: b.isUp() ? (z.client?.state ?? 'closed') : 'down',
        knowsController: c.activeControllerId,
        isController: b.isUp() && c.isActive,
        loading: c.loading ? { ...c.loading } : null,
        ready: b.isUp() && c.ready,
      };
    }),
  };
}
