// ZooKeeper mode (cluster.metadata "zookeeper": Kafka 2.x's design): the ensemble, the brokers'
// ZooKeeper side with their KafkaController, the admin client writing znodes, and the mirror of
// znodes into the metadata image. The rest of the engine reaches these values through this one
// module, so the page can fetch ZooKeeper mode only for a run that asks for it (vite.config.ts
// swaps this module for src/store/zookeeperModeOnDemand.ts in the build); tests and the CLI import
// it as it is. Types may be imported from the files.
export { ZooKeeperEnsemble } from '../zookeeper/ZooKeeperEnsemble';
export { zookeeperNodeId } from '../zookeeper/ZooKeeperServer';
export { AdminZkClient } from '../admin/AdminZkClient';
export { KafkaZkServer } from '../server/KafkaZkServer';
export { ZkPaths } from '../controller/zk/ControllerContext';
export { bootstrapZooKeeper, mirrorZnode } from './zkMetadata';
export { zookeeperView } from '../snapshot/zookeeperView';
