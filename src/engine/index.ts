// The engine's public API, the same in Node (tests, CLI, benchmarks) and in the browser.
export { Simulation, createSimulation, replay } from './sim/Simulation';
export type { InFlightMessage, SnapshotOptions } from './sim/Simulation';
export { validateScenario, ScenarioValidationError } from './scenario/validateScenario';
export type { ScenarioError, ValidationResult } from './scenario/validateScenario';
export type {
  EngineError,
  ErrorCode,
  ErrorParamsByCode,
  ErrorParamValue,
} from './common/EngineError';
export type * from './scenario/Scenario';
export type * from './snapshot/Snapshot';
export type * from './trace/TraceEvent';
export { toPositive, murmur2 } from './common/utils/Utils';
export { tpKey } from './common/TopicPartition';
export type { TopicPartition } from './common/TopicPartition';
export { isInternalTopic, GROUP_METADATA_TOPIC_NAME } from './coordinator/group/OffsetsTopic';
export { prepareCodecs } from './sim/codecs';
export type { LogDirView, LogDirFile, LogDirSegment, SegmentFileKind } from './log/LogDir';
export type {
  OffsetLookupExplanation,
  TimestampLookupExplanation,
  SegmentRead,
  ScannedBatch,
} from './log/OffsetLookup';
export type { IndexProbe } from './log/IndexSearch';
export type { UnifiedLog } from './log/UnifiedLog';
export { logFileBytes, offsetIndexBytes, timeIndexBytes } from './log/SegmentFiles';
export { codecSupport } from './record/CompressionType';
// Only a ZooKeeper run reaches it, and the page fetches ZooKeeper mode for such a run alone.
export { zookeeperView } from './sim/zookeeperMode';
export {
  queryLogDir,
  logDirKey,
  querySegmentFile,
  offsetLookup,
  timestampLookup,
  topicConfig,
  brokerConfig,
  producerSettings,
  actionLog,
  effectiveConfigs,
  partitionerState,
  brokerStorageView,
  metadataLogView,
  ASSIGNMENT_STRATEGIES,
  GROUP_PROTOCOLS,
  SERVER_ASSIGNORS,
  DEFAULT_SERVER_ASSIGNOR,
  CONFIG_DEFINITIONS,
} from './sim/queries';
export type {
  ProducerSettings,
  ConfigTarget,
  EffectiveConfig,
  ConfigDefinition,
  UpdateMode,
  BrokerStorageView,
  SegmentResidency,
  MetadataLogView,
  QuorumVoterView,
  ZooKeeperView,
  ZnodeView,
} from './sim/queries';
export type { MetadataRecord } from './controller/MetadataRecord';
export type { FetchKind, FetchPathStats, LastFetch } from './storage/BrokerStorage';
export type { CopyCounts, TransferPath, SecurityProtocol } from './network/TransportLayer';
export type { DeviceKind, DeviceProfile, DeviceStats } from './storage/StorageDevice';
export type { PageCacheStats } from './storage/PageCache';
export type { BrokerConfig, TopicConfig } from './config/types';
export {
  explainKeyPartition,
  explainPartitionChoice,
} from './clients/producer/partitionExplanation';
export type {
  PartitionerState,
  PartitionExplanation,
  KeyPartitionExplanation,
} from './clients/producer/partitionExplanation';
