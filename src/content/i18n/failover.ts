// Texts of the failover comparison in the controller view (ui/controller/FailoverComparison).
// English here, Korean in failover.ko.ts; both are part of the controller text part.

export const failoverEn = {
  'controller.failover.title': 'Failover time against partitions: KRaft and ZooKeeper',
  'controller.failover.intro':
    'The same failure in both modes, run headless in the background: an idle cluster of {brokers} brokers with {counts} partitions (replication factor 1: the controller’s work grows with partitions, and the runs stay short), {quorum} KRaft controllers or {quorum} ZooKeeper servers, Kafka’s default timeouts. Once every partition has a leader, the active controller is killed — a controller node in KRaft, a broker in ZooKeeper mode — and the run measures the simulated time until another controller is active. Each point is the median of seeds {seeds}, each run killing {spread} s later than the one before; its bar spans them. A network hop takes 30 ms here, far longer than in a data centre, which stretches ZooKeeper’s reload: read the shape, not the seconds.',
  'controller.failover.why':
    'KRaft: the standby voters already hold the metadata log, so a vote is all it takes. ZooKeeper: nothing happens until the dead broker’s session expires (zookeeper.session.timeout.ms, 18 s), and the new controller then reads every partition’s state from ZooKeeper before it can act.',
  'controller.failover.run': 'Run the comparison',
  'controller.failover.cancel': 'Cancel',
  'controller.failover.progress': '{done} of {total} runs',
  'controller.failover.cancelled': 'Cancelled.',
  'controller.failover.failed': 'The comparison stopped: {reason}',
  'controller.failover.mode.kraft': 'KRaft',
  'controller.failover.mode.zookeeper': 'ZooKeeper',
  'controller.failover.chart':
    'Seconds from the kill to a new active controller, against partitions',
  'controller.failover.axis.partitions': 'partitions (log scale)',
  'controller.failover.axis.seconds': 's',
  'controller.failover.table': 'Time to a new active controller, per mode and partition count',
  'controller.failover.col.mode': 'Mode',
  'controller.failover.col.partitions': 'Partitions',
  'controller.failover.col.median': 'Median (s)',
  'controller.failover.col.range': 'Fastest – slowest (s)',
  'controller.failover.col.runs': 'Each seed: killed → new (epoch)',
  'controller.failover.run.one': '{killed} → {next} (epoch {epoch})',
  'controller.failover.run.none': '{killed} → none within {s} s',
  'controller.failover.none': 'none',
};
