// The cluster: its brokers, racks, metadata mode, broker config and the simulated network.
import { resolveBrokerConfig, validateBrokerConfig } from '../../config/BrokerConfig';
import { BROKER_CONFIGS } from '../../config/tables/broker';
import type { ClusterSpec, ConfigMap, NetworkSpec, StorageSpec, ZooKeeperSpec } from '../Scenario';
import type { Metadata } from '../scenarioErrors';
import {
  checkFields,
  configMap,
  expectArray,
  expectObject,
  expectString,
  got,
  has,
  isObj,
  intField,
  missing,
} from './fields';
import type { Bounds } from './fields';
import { SCENARIO_LIMITS } from './limits';
import { refusal } from './report';
import type { Report } from './report';

const CLUSTER_FIELDS = [
  'brokers',
  'racks',
  'metadata',
  'controllers',
  'zookeeper',
  'config',
  'network',
  'storage',
] as const;
/** The KRaft quorum's size when the scenario does not say, and its first node id. */
export const DEFAULT_CONTROLLERS = 3;
export const FIRST_CONTROLLER_ID = 3001;
/** ZooKeeper mode's ensemble size when the scenario does not say, and its first server id. */
export const DEFAULT_ZOOKEEPER_SERVERS = 3;
export const FIRST_ZOOKEEPER_ID = 4001;
const QUORUM_SIZES = [1, 3, 5];
const ZOOKEEPER_FIELDS = ['servers'] as const;
const NETWORK_FIELDS = ['latencyMs', 'jitterMs'] as const;
const STORAGE_FIELDS = ['device', 'pageCacheBytes'] as const;
const OFFSETS_PARTITIONS = BROKER_CONFIGS.offsetsTopicNumPartitions.name;

const L = SCENARIO_LIMITS;

/** The network's fields and their bounds. */
const NETWORK_BOUNDS: Record<(typeof NETWORK_FIELDS)[number], Bounds> = {
  latencyMs: {
    min: L.minLatencyMs,
    max: L.maxLatencyMs,
    tooSmall: (value) => refusal('cluster.latencyTooSmall', { min: L.minLatencyMs, value }),
  },
  jitterMs: { min: 0, max: L.maxLatencyMs },
};

function validateRacks(v: unknown, brokers: number | undefined, r: Report): string[] | undefined {
  if (!expectArray(v, 'cluster.racks', r)) return undefined;
  const racks: string[] = [];
  v.forEach((rack, i) => {
    const p = `cluster.racks[${i}]`;
    if (!expectString(rack, p, r)) return;
    if (rack.trim() === '') r.add(p, 'cluster.rackEmpty', {});
    else if (rack.length > L.maxNameLength)
      r.add(p, 'cluster.rackTooLong', { max: L.maxNameLength, length: rack.length });
    racks.push(rack);
  });
  if (brokers !== undefined && v.length !== brokers)
    r.add('cluster.racks', 'cluster.racksCount', { racks: v.length, brokers });
  return racks;
}

function validateClusterConfig(v: unknown, r: Report): ConfigMap | undefined {
  const config = configMap(v, 'cluster.config', r, validateBrokerConfig);
  if (!config || !has(config, OFFSETS_PARTITIONS)) return config;
  // __consumer_offsets is a topic like the others: the same cap on its partitions.
  const value = resolveBrokerConfig(config).offsetsTopicNumPartitions;
  const max = L.maxPartitionsPerTopic;
  if (value <= max) return config;
  r.add(`cluster.config.${OFFSETS_PARTITIONS}`, 'cluster.offsetsPartitions', { max, value });
  return undefined;
}

function validateNetwork(v: unknown, r: Report): NetworkSpec | undefined {
  if (!expectObject(v, 'cluster.network', r)) return undefined;
  checkFields(v, NETWORK_FIELDS, 'cluster.network', r);
  const network: NetworkSpec = {};
  for (const f of NETWORK_FIELDS) {
    if (!has(v, f)) continue;
    const x = intField(v[f], `cluster.network.${f}`, NETWORK_BOUNDS[f], r);
    if (x !== undefined) network[f] = x;
  }
  return network;
}

function validateZooKeeper(v: unknown, r: Report): ZooKeeperSpec | undefined {
  if (!expectObject(v, 'cluster.zookeeper', r)) return undefined;
  checkFields(v, ZOOKEEPER_FIELDS, 'cluster.zookeeper', r);
  const spec: ZooKeeperSpec = {};
  if (has(v, 'servers')) {
    const n = intField(v.servers, 'cluster.zookeeper.servers', {}, r);
    if (n !== undefined && !QUORUM_SIZES.includes(n))
      r.add('cluster.zookeeper.servers', 'cluster.zookeeperServers', { value: n });
    else if (n !== undefined) spec.servers = n;
  }
  return spec;
}

function validateStorage(v: unknown, r: Report): StorageSpec | undefined {
  if (!expectObject(v, 'cluster.storage', r)) return undefined;
  checkFields(v, STORAGE_FIELDS, 'cluster.storage', r);
  const storage: StorageSpec = {};
  if (has(v, 'device')) {
    if (v.device === 'ssd' || v.device === 'hdd') storage.device = v.device;
    else r.add('cluster.storage.device', 'cluster.storageDevice', got(v.device));
  }
  if (has(v, 'pageCacheBytes')) {
    const x = intField(
      v.pageCacheBytes,
      'cluster.storage.pageCacheBytes',
      {
        min: L.minPageCacheBytes,
        max: L.maxPageCacheBytes,
        tooSmall: (value) =>
          refusal('cluster.pageCacheTooSmall', { min: L.minPageCacheBytes, value }),
      },
      r,
    );
    if (x !== undefined) storage.pageCacheBytes = x;
  }
  return storage;
}

/** The cluster; the clean spec (metadata defaults to 'kraft'), or undefined when refused. */
export function validateCluster(v: unknown, r: Report): ClusterSpec | undefined {
  const path = 'cluster';
  if (!expectObject(v, path, r)) return undefined;
  const before = r.count;
  checkFields(v, CLUSTER_FIELDS, path, r);

  let brokers: number | undefined;
  if (!has(v, 'brokers')) missing('cluster.brokers', r);
  else
    brokers = intField(
      v.brokers,
      'cluster.brokers',
      {
        min: 1,
        max: L.maxBrokers,
        tooSmall: (value) => refusal('cluster.noBrokers', { value }),
        tooBig: (value) => refusal('cluster.tooManyBrokers', { max: L.maxBrokers, value }),
      },
      r,
    );

  const racks = has(v, 'racks') ? validateRacks(v.racks, brokers, r) : undefined;

  let metadata: Metadata = 'kraft';
  if (has(v, 'metadata')) {
    if (v.metadata === 'kraft' || v.metadata === 'zookeeper') metadata = v.metadata;
    else r.add('cluster.metadata', 'cluster.metadata', got(v.metadata));
  }

  let controllers: number | undefined;
  // ZooKeeper mode has no KRaft controllers (the controller is a broker): refused, not ignored.
  if (has(v, 'controllers') && metadata === 'zookeeper')
    r.add('cluster.controllers', 'cluster.controllersInZookeeperMode', {});
  else if (has(v, 'controllers')) {
    const n = intField(v.controllers, 'cluster.controllers', {}, r);
    if (n !== undefined && !QUORUM_SIZES.includes(n))
      r.add('cluster.controllers', 'cluster.controllers', { value: n });
    else controllers = n;
  }

  let zookeeper: ZooKeeperSpec | undefined;
  if (has(v, 'zookeeper') && metadata !== 'zookeeper')
    r.add('cluster.zookeeper', 'cluster.zookeeperInKraftMode', {});
  else if (has(v, 'zookeeper')) zookeeper = validateZooKeeper(v.zookeeper, r);

  const config = has(v, 'config') ? validateClusterConfig(v.config, r) : undefined;
  const network = has(v, 'network') ? validateNetwork(v.network, r) : undefined;
  const storage = has(v, 'storage') ? validateStorage(v.storage, r) : undefined;

  if (r.count !== before || brokers === undefined) return undefined;
  const out: ClusterSpec = { brokers, metadata };
  if (racks) out.racks = racks;
  if (controllers !== undefined) out.controllers = controllers;
  if (zookeeper) out.zookeeper = zookeeper;
  if (config) out.config = config;
  if (network) out.network = network;
  if (storage) out.storage = storage;
  return out;
}

/** What later checks can use of a cluster that may be refused: its broker count and metadata mode. */
export function clusterBasics(
  raw: unknown,
  cluster: ClusterSpec | undefined,
): { brokers: number | undefined; metadata: Metadata } {
  const o = isObj(raw) ? raw : {};
  const b = o.brokers;
  const brokers =
    cluster?.brokers ??
    (typeof b === 'number' && Number.isInteger(b) && b >= 1 && b <= L.maxBrokers ? b : undefined);
  const metadata: Metadata =
    cluster?.metadata ?? (o.metadata === 'zookeeper' ? 'zookeeper' : 'kraft');
  return { brokers, metadata };
}
