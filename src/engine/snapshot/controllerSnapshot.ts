// The snapshot's controller (design.md "Snapshot additions for wave 2") and the metadata log
// query behind a quorum view: read from each controller node's Raft state.
import type { Simulation } from '../sim/Simulation';
import type { Snapshot } from './Snapshot';
import type { MetadataRecord } from '../controller/MetadataRecord';
import type { ControllerServer } from '../controller/ControllerServer';
import type { ZooKeeperEnsemble } from '../zookeeper/ZooKeeperEnsemble';
import { ZkPaths } from '../sim/zookeeperMode';

/**
 * ZooKeeper mode: the controller is the broker /controller names (until its session ends, even if
 * that broker has died), the epoch /controller_epoch's; the quorum is the ensemble, a server
 * looking for a leader shown as a candidate.
 */
function zookeeperControllerSnapshot(zk: ZooKeeperEnsemble): Snapshot['controller'] {
  const c = zk.tree.get(ZkPaths.controller)?.data;
  const e = zk.tree.get(ZkPaths.controllerEpoch)?.data;
  return {
    mode: 'zookeeper',
    leader: c?.kind === 'controller' ? c.brokerid : null,
    epoch: e?.kind === 'controllerEpoch' ? e.epoch : 0,
    quorum: [...zk.servers.values()].map((s) => ({
      id: s.id,
      role: !s.running ? 'unattached' : s.role === 'looking' ? 'candidate' : s.role,
      status: s.running ? 'online' : 'offline',
    })),
  };
}

/**
 * The active controller: the Raft leader of the highest epoch among running controllers (an
 * isolated old leader may still think it leads a past epoch); the epoch is that leader's, or the
 * highest any running voter is in while there is none.
 */
export function controllerSnapshot(sim: Simulation): Snapshot['controller'] {
  if (sim.zookeeper) return zookeeperControllerSnapshot(sim.zookeeper);
  let leader: number | null = null;
  let leaderEpoch = -1;
  let epoch = 0;
  const quorum: Snapshot['controller']['quorum'] = [];
  for (const c of sim.controllers.values()) {
    const q = c.raft.quorum;
    const up = c.isUp();
    quorum.push({ id: c.id, role: up ? q.role : 'unattached', status: up ? 'online' : 'offline' });
    if (!up) continue;
    epoch = Math.max(epoch, q.epoch);
    if (q.isLeader && q.epoch > leaderEpoch) {
      leader = c.id;
      leaderEpoch = q.epoch;
    }
  }
  return {
    mode: sim.scenario.cluster.metadata ?? 'kraft',
    leader,
    epoch: leader !== null ? leaderEpoch : epoch,
    quorum,
  };
}

/** One voter as the quorum view shows it. */
export interface QuorumVoterView {
  id: number;
  status: 'online' | 'offline';
  isolated: boolean;
  /** Kafka's state name: a vote cast shows as voted, a leader that gave up as resigned. */
  state: 'unattached' | 'voted' | 'candidate' | 'follower' | 'leader' | 'resigned';
  epoch: number;
  leaderId: number | null;
  votedId: number | null;
  logEndOffset: number;
  /** The epoch of the last entry of its log. */
  lastEpoch: number;
  highWatermark: number;
  /** This controller's QuorumController is active. */
  active: boolean;
}

export interface MetadataLogView {
  voters: QuorumVoterView[];
  /** The latest entries of the longest log among running voters (the leader's, usually). */
  entries: { offset: number; epoch: number; committed: boolean; record: MetadataRecord }[];
  /** The highest high watermark a running voter knows: entries below it are committed. */
  highWatermark: number;
  /** Each broker's metadata offset (what it has replayed) and the leader it fetches from. */
  brokers: { id: number; metadataOffset: number; leaderId: number | null; epoch: number }[];
}

export function metadataLogView(sim: Simulation, latest = 12): MetadataLogView {
  const voters: QuorumVoterView[] = [];
  let hw = 0;
  let longest: ControllerServer | null = null;
  for (const c of sim.controllers.values()) {
    const q = c.raft.quorum;
    voters.push({
      id: c.id,
      status: c.isUp() ? 'online' : 'offline',
      isolated: sim.isIsolated(c.id),
      state: q.state.kind,
      epoch: q.epoch,
      leaderId: q.leaderId,
      votedId: q.votedId,
      logEndOffset: c.raft.log.endOffset,
      lastEpoch: c.raft.log.lastEpoch,
      highWatermark: c.raft.highWatermark,
      active: c.isUp() && c.controller.isActive,
    });
    if (!c.isUp()) continue;
    hw = Math.max(hw, c.raft.highWatermark);
    if (!longest || c.raft.log.endOffset > longest.raft.log.endOffset) longest = c;
  }
  const log = longest?.raft.log.entries ?? [];
  const entries = log.slice(Math.max(0, log.length - latest)).map((e) => ({
    offset: e.offset,
    epoch: e.epoch,
    committed: e.offset < hw,
    record: structuredClone(e.record),
  }));
  const brokers = [...sim.brokers.values()].map((b) => ({
    id: b.id,
    metadataOffset: b.metadata.offset,
    leaderId: b.metadata.raft.quorum.leaderId,
    epoch: b.metadata.raft.quorum.epoch,
  }));
  return { voters, entries, highWatermark: hw, brokers };
}
