// Texts of the broker controls (every view) and of the replication view. English here; the Korean
// ones, typed against these keys, in replication.ko.ts (each language is its own chunk: en.ts,
// ko.ts).

export const replicationEn = {
  'brokerControls.label': 'Broker {id} actions',
  'brokerControls.kill': 'Crash',
  'brokerControls.kill.hint':
    'Crash broker {id}: it stops at once, without telling anyone (killBroker)',
  'brokerControls.shutdown': 'Shut down',
  'brokerControls.shutdown.hint':
    'Shut broker {id} down cleanly: its leaderships move away first (shutdownBroker, controlled shutdown)',
  'brokerControls.restart': 'Restart',
  'brokerControls.restart.hint':
    'Start broker {id} again: it recovers its log, truncates to its leader epoch and catches up (restartBroker)',
  'brokerControls.isolate': 'Isolate',
  'brokerControls.isolate.hint':
    'Cut broker {id} off from the other brokers and the controller; clients still reach it (isolateBroker)',
  'brokerControls.heal': 'Heal',
  'brokerControls.heal.hint':
    'Reconnect broker {id} to the other brokers and the controller (healBroker)',
  'brokerControls.slow': 'Slow',
  'brokerControls.slow.hint':
    'Slow broker {id} down: its replica fetcher pauses 59 s between fetches, so it falls behind (slowBroker)',
  'brokerControls.normal': 'Normal',
  'brokerControls.normal.hint':
    'Give broker {id} its normal fetch speed back (slowBroker, factor 1)',
  'brokerState.isolated': 'isolated',
  'brokerState.slow': 'slow',
  'brokerState.pendingRestart': 'restart pending',
  'brokerState.pendingRestart.hint':
    'Set since this broker started: {keys}. Kafka reads these only at startup (read-only), so they take effect at its next restart.',

  'view.replication': 'Replication',

  'repl.label': 'Replication of one partition',
  'repl.topic': 'Topic',
  'repl.partition': 'Partition',
  'repl.partitionOption': 'partition {partition}',
  'repl.noTopics': 'This scenario has no topic yet.',
  'repl.summary.leader': 'leader',
  'repl.summary.noLeader': 'none — offline',
  'repl.summary.epoch': 'leader epoch',
  'repl.summary.isr': 'ISR',
  'repl.summary.hw': 'high watermark',
  'repl.summary.minIsr': 'min.insync.replicas',
  'repl.summary.unclean': 'unclean election',
  'repl.summary.on': 'on',
  'repl.summary.off': 'off',
  'repl.isrBox': 'ISR — in-sync replicas',
  'repl.isrBox.hint':
    'Replicas that have every record up to the high watermark. Only they may become leader (unless unclean election is on).',
  'repl.outside': 'Outside the ISR',
  'repl.outside.none': 'every replica is in sync',
  'repl.isrEmpty': 'the ISR is empty',
  'repl.lane.label': 'Broker {id}, {role}, {status}, log end offset {leo}, high watermark {hw}',
  'repl.role.leader': 'leader',
  'repl.role.follower': 'follower',
  'repl.role.outOfSync': 'out of sync',
  'repl.role.none': 'no leader',
  'repl.role.zombie': 'ex-leader (zombie)',
  'repl.role.zombie.title':
    'Cut off from the controller, it has not heard that it was replaced and still accepts writes from producers.',
  'repl.crown.title': 'Leader, epoch {epoch}',
  'repl.status.online': 'online',
  'repl.status.offline': 'offline',
  'repl.status.fenced': 'fenced',
  'repl.status.isolated': 'isolated',
  'repl.status.slow': 'slow ×{factor}',
  'repl.offline.note': 'not running — its log waits on disk',
  'repl.behind': '{count} behind',
  'repl.leo': 'LEO {leo}',
  'repl.hw': 'HW {hw}',
  'repl.leo.title': 'Log end offset {leo}: the next offset this replica will write.',
  'repl.hw.title':
    'High watermark {hw} as this replica knows it: consumers read only below it. Followers learn it one fetch later.',
  'repl.slot.missing': 'offset {offset}: not on this replica yet',
  'repl.slot.older':
    'offset {offset}: on this replica (its key is not drawn: only the newest records are kept on screen)',
  'repl.cell.diverged': 'offset {offset} differs from the leader: it will be truncated',
  'repl.dup': 'dup',
  'repl.cell.duplicate':
    'offset {offset} is a duplicate of offset {first}: a retried batch, written twice',
  'repl.truncated': 'offset {offset}: truncated away',
  'repl.truncatedNote': 'truncated {from} → {to}',
  'repl.truncatedNote.title':
    'Offsets {to}–{last} were removed from this replica: they were written in an older leader epoch and were never on the new leader.',
  'repl.errors.title': 'Produce errors here',
  'repl.errors.last': '{error}',
  'repl.errors.count': '{count} attempts refused · {producer} gave up on {failed} records',
  'repl.producer': 'Producer {id}',
  'repl.producer.acks': 'acks={acks}',
  'repl.producer.idempotent': 'idempotent',
  'repl.producer.stats': 'acked {acked} · failed {failed}',
  'repl.controller': 'Controller {id}',
  'repl.controller.hint':
    'Receives heartbeats, fences silent brokers, elects leaders, records ISR changes (AlterPartition).',
  'repl.cut': 'link cut',
  'repl.legend.fetch': 'follower fetch',
  'repl.legend.records': 'records',
  'repl.legend.heartbeat': 'heartbeat / AlterPartition',
  'repl.legend.cut': 'cut link',
  'repl.legend.uncommitted': 'above HW',
  'repl.legend.diverged': 'not on the leader',
  'repl.legend.truncated': 'truncated',
  'repl.flights.title': 'On the network for this partition',
  'repl.flights.none': 'nothing in flight',
  'repl.flight.item': '{api} {direction}: {from} → {to}, {progress}%',

  'repl.caption.title': 'What just happened',
  'repl.caption.at': 'at {time}',
  'repl.history.title': 'Story so far',
  'repl.history.empty': 'Nothing has gone wrong yet.',

  'repl.metrics.title': 'Metrics',
  'repl.metrics.underReplicated': 'UnderReplicatedPartitions',
  'repl.metrics.underReplicated.hint': 'Partitions whose ISR is smaller than their replica list.',
  'repl.metrics.offline': 'OfflinePartitionsCount',
  'repl.metrics.offline.hint': 'Partitions with no leader: nobody can write or read them.',
  'repl.metrics.isrShrinks': 'ISR shrinks',
  'repl.metrics.isrExpands': 'ISR expands',
  'repl.metrics.failed': 'Failed produce requests',
  'repl.metrics.failed.hint':
    'Produce attempts that failed, by error (a retried attempt counts too). "gave up" = records the producer finally reported as failed.',
  'repl.metrics.failed.none': 'none',
  'repl.metrics.gaveUp': 'gave up',
  'repl.metrics.lost': 'AcknowledgedRecordsLost',
  'repl.metrics.lost.hint':
    'Records a producer was told were written, and that are no longer in any replica’s log. Zero in every safe setting. Each producer’s newest 100,000 acknowledged records are checked one by one; older ones by offset only (lost once no log reaches them), so memory does not grow with the run.',
  'repl.metrics.lost.zero': 'no acknowledged record lost',
  'repl.metrics.lost.some': 'acknowledged records are gone',

  'caption.none':
    'All replicas are healthy. Crash or isolate the leader, or slow a follower, and watch what Kafka does.',
  'caption.broker.crashed.zk':
    'Broker {broker} crashed: it answers nothing now. ZooKeeper learns it only when its session expires, {session} s after its last ping (zookeeper.session.timeout.ms); then its ephemeral /brokers/ids/{broker} znode vanishes and the controller’s watch fires (if it was the controller, /controller vanishes too and the other brokers race to create it).',
  'caption.broker.crashed':
    'Broker {broker} crashed: it answers nothing now. The controller notices after {session} s without a heartbeat (broker.session.timeout.ms).',
  'caption.broker.stopped':
    'Broker {broker} stopped after a controlled shutdown: its leaderships had moved away first.',
  'caption.broker.started':
    'Broker {broker} started again: it recovers its log, truncates to its leader epoch and catches up from the leader.',
  'caption.broker.fenced.timeout':
    'Broker {broker} was fenced: no heartbeat for {session} s (broker.session.timeout.ms). It leaves every ISR and loses its leaderships.',
  'caption.broker.fenced.shutdown':
    'Broker {broker} finished its controlled shutdown: it leads nothing any more, so it can stop.',
  'caption.broker.fenced.other': 'Broker {broker} was fenced ({reason}).',
  'caption.broker.unfenced':
    'Broker {broker} is unfenced: it caught up with the cluster metadata and may lead again.',
  'caption.broker.isolated':
    'Broker {broker} is cut off from the other brokers and the controller — but producers can still reach it.',
  'caption.broker.healed': 'Broker {broker} is connected to the cluster again.',
  'caption.broker.slow':
    'Broker {broker} is slow: its follower fetches pause {pause} s, so it falls behind the leader.',
  'caption.broker.normal': 'Broker {broker} fetches at normal speed again.',
  'caption.isr.shrink.lag':
    'Broker {removed} left the ISR: it had not caught up for {lag} s (replica.lag.time.max.ms). ISR is now [{isr}].',
  'caption.isr.shrink.fenced':
    'Broker {removed} left the ISR because the controller fenced broker {broker}. ISR is now [{isr}].',
  'caption.isr.shrink.shutdown':
    'Broker {removed} left the ISR: it is shutting down (controlled shutdown). ISR is now [{isr}].',
  'caption.isr.shrink.other': 'Broker {removed} left the ISR ({reason}). ISR is now [{isr}].',
  'caption.isr.expand.caughtUp':
    'Broker {added} is back in the ISR: its log reached the high watermark. ISR is now [{isr}].',
  'caption.isr.expand.other': 'Broker {added} joined the ISR ({reason}). ISR is now [{isr}].',
  'caption.leader.fenced':
    'Broker {leader} is the new leader (epoch {epoch}): broker {broker} was fenced, and the controller picked the first live ISR member.',
  'caption.leader.shutdown':
    'Broker {leader} is the new leader (epoch {epoch}): broker {broker} handed leadership over before shutting down.',
  'caption.leader.unfenced':
    'Broker {leader} is the leader again (epoch {epoch}): it came back and the partition had no leader.',
  'caption.leader.other': 'Broker {leader} is the new leader (epoch {epoch}, {reason}).',
  'caption.leader.preferred':
    'Preferred leader election: broker {leader}, the first replica, leads again (epoch {epoch}).',
  'caption.leader.unclean':
    'Unclean election: broker {leader} leads without the latest records — acknowledged records lost (epoch {epoch}, unclean.leader.election.enable=true).',
  'caption.leader.none':
    'Partition offline: no ISR member is alive, and unclean.leader.election.enable=false keeps out-of-sync replicas from leading. Nothing is lost; it waits (epoch {epoch}).',
  'caption.truncate':
    'Broker {broker} truncated its log from offset {from} to {to}: {removed} records written in an older leader epoch were never on the new leader, so they are gone.',
  'caption.produce.notEnough':
    'NOT_ENOUGH_REPLICAS: ISR {isr} < min.insync.replicas {min}. The leader refuses acks=all writes rather than keep them on too few replicas.',
  'caption.produce.notEnoughAfter':
    'NOT_ENOUGH_REPLICAS_AFTER_APPEND: the ISR fell below min.insync.replicas {min} while the write waited; {producer} retries it.',
  'caption.produce.notLeader':
    '{producer} got {error}: it wrote to a broker that does not lead partition {partition} now; it refreshes metadata and retries.',
  'caption.produce.network':
    '{producer} got NETWORK_EXCEPTION: its connection to the leader broke; it refreshes metadata and retries.',
  'caption.produce.requestTimeout':
    '{producer} got REQUEST_TIMED_OUT: no answer within request.timeout.ms; it sends the batch again (retries).',
  'caption.produce.deliveryTimeout':
    '{producer} gave up: {error}. The records were never acknowledged.',
  'caption.produce.outOfOrder':
    '{producer} got OUT_OF_ORDER_SEQUENCE_NUMBER: the leader saw a gap in the idempotent sequence numbers and refused the batch.',
  'caption.produce.other': '{producer}: {error} on partition {partition}.',
} satisfies Record<string, string>;
