// The starter scenarios' titles and descriptions (src/content/scenarios), English. Words live with
// the language, so the page fetches only the one it shows; each starter has both keys in both
// languages (scenarios/starters.test.ts).

export const startersEn = {
  'starter.waiting-events.title': 'Waiting events, keyed by restaurant',
  'starter.waiting-events.description':
    'Three partitions, three brokers, one consumer per partition. The same key always lands in the same partition, so each restaurant keeps its order.',
  'starter.keyless-partitioners.title': 'Keyless records: sticky vs round-robin',
  'starter.keyless-partitioners.description':
    'Two producers send keyless records. The sticky partitioner (Kafka 3.3+) fills one partition before moving on; round-robin (before 2.4) spreads every record. batch.size is lowered to 1 KB so that the switches are easy to see.',
  'starter.more-consumers-than-partitions.title': 'More consumers than partitions',
  'starter.more-consumers-than-partitions.description':
    'Four consumers share three partitions. A partition goes to one member of the group only, so one member stays idle: parallelism is capped by the partition count.',
  'starter.single-partition-order.title': 'One partition: a global order',
  'starter.single-partition-order.description':
    'With a single partition every record of the topic has one order, whatever its key, but only one consumer of the group can read it.',
  'starter.log-segments.title': 'Log segments up close',
  'starter.log-segments.description':
    'segment.bytes is 1024 and index.interval.bytes 256, so segments roll every few records and the sparse index gets an entry every few batches. retention.ms is 20 s: from 30 s on, old segments turn .deleted and disappear. table-status is compacted: the cleaner keeps the latest record per table. Open the Storage tab.',
  'starter.replication-kill-two-brokers.title':
    'acks=all, min.insync.replicas=2: lose one broker, then two',
  'starter.replication-kill-two-brokers.description':
    'One partition on brokers 1, 2, 3. At 4 s the leader crashes: after broker.session.timeout.ms the controller fences it and broker 2 leads, writes go on. At 14 s broker 2 crashes too: broker 3 leads alone, ISR 1 < min.insync.replicas 2, so every write is refused with NOT_ENOUGH_REPLICAS — and no acknowledged record is lost. At 28 s broker 2 comes back, catches up and rejoins the ISR. Open the Replication tab.',
  'starter.replication-zombie-leader.title': 'acks=1 and an isolated leader: the zombie',
  'starter.replication-zombie-leader.description':
    'At 4 s broker 1, the leader, is cut off from the other brokers and the controller, but the producer still reaches it. With acks=1 it acknowledges every write alone. The controller fences it and elects broker 2, yet the zombie keeps accepting writes nobody replicates. At 18 s the network heals: broker 1 learns the new epoch, truncates its log, and the records it acknowledged are gone — watch AcknowledgedRecordsLost.',
  'starter.replication-unclean-election-off.title':
    'Unclean leader election off: the partition waits',
  'starter.replication-unclean-election-off.description':
    'min.insync.replicas=1, unclean.leader.election.enable=false. At 3 s both followers are slowed down and leave the ISR after replica.lag.time.max.ms (10 s here); the leader goes on alone. At 18 s the leader crashes: no ISR member is left, so the partition goes offline (leader none, OfflinePartitionsCount 1) rather than lose data. At 30 s broker 1 returns and leads again with every record.',
  'starter.replication-unclean-election-on.title':
    'Unclean leader election on: availability over data',
  'starter.replication-unclean-election-on.description':
    'The same story with unclean.leader.election.enable=true. When the leader crashes at 18 s, the controller lets broker 2 lead although it is out of sync: writes resume, but the records it never fetched are lost for good — AcknowledgedRecordsLost turns red. When broker 1 returns it truncates to the new leader’s log.',
  'starter.replication-shutdown-vs-crash.title': 'Controlled shutdown vs crash',
  'starter.replication-shutdown-vs-crash.description':
    'Three partitions, each led by a different broker. At 4 s broker 1 shuts down cleanly: the controller moves its leadership first, so producers barely notice. At 18 s broker 2 crashes instead: its partition has a dead leader until broker.session.timeout.ms passes, and the producer sees errors and retries. Both brokers come back and rejoin the ISR.',
  'starter.replication-retries-duplicates.title': 'Retries without idempotence: duplicates',
  'starter.replication-retries-duplicates.description':
    'enable.idempotence=false, request.timeout.ms=2000. At 3 s broker 3 is slowed: acks=all waits for it until it leaves the ISR (replica.lag.time.max.ms, 10 s here), so requests time out although the leader already wrote them. The producer retries, and the leader writes the same batch again: the log holds duplicates (outlined).',
  'starter.replication-retries-idempotent.title':
    'Retries with idempotence: exactly once in the log',
  'starter.replication-retries-idempotent.description':
    'The same timeouts with enable.idempotence=true: each batch carries a producer id and sequence numbers, so the leader recognises a retry of a batch it already has and answers with the original offset instead of writing it twice. Compare the log with the previous scenario: no duplicates.',
  'starter.group-three-partitions-3-members.title': 'Consumer group: 3 partitions, 3 members',
  'starter.group-three-partitions-3-members.description':
    'One member per partition: the most parallel this group can be. The coordinator waits group.initial.rebalance.delay.ms (3 s) before the first assignment. Open the Consumer groups tab, add a fourth member and see it stay idle.',
  'starter.group-three-partitions-2-members.title': 'Consumer group: 3 partitions, 2 members',
  'starter.group-three-partitions-2-members.description':
    'Fewer members than partitions: the range assignor gives one member two partitions and the other one. Every partition is still read, by exactly one member.',
  'starter.group-three-partitions-4-members.title': 'Consumer group: 3 partitions, 4 members',
  'starter.group-three-partitions-4-members.description':
    'More members than partitions: a partition goes to one member of the group only, so the fourth member is idle. Stop one member and watch the idle one take over its partition.',
  'starter.group-crash-redelivery.title': 'A consumer crashes: records delivered twice',
  'starter.group-crash-redelivery.description':
    'Auto-commit every 5 s, session.timeout.ms 10 s. At 14 s group-a-1 dies without a word. Its partition stays assigned to a dead member until the session times out; then the group rebalances and the new owner starts from the last committed offset, so what group-a-1 processed after its last commit is processed again: watch redelivered.',
  'starter.group-eager-vs-cooperative.title': 'Eager (range) vs cooperative-sticky rebalancing',
  'starter.group-eager-vs-cooperative.description':
    'Two groups read the same 6 partitions, one with range (eager), one with cooperative-sticky. At 12 s each gets a fourth member. The eager group drops every line at once and pauses; the cooperative group keeps its partitions and moves only the ones the new member gets, over two rebalances.',
  'starter.group-classic-vs-consumer.title': 'Classic protocol vs the consumer protocol (KIP-848)',
  'starter.group-classic-vs-consumer.description':
    'Two groups read the same 6 partitions with default settings: one with group.protocol=classic (its default assignor, range, is eager), one with group.protocol=consumer. At 12 s each gets a fourth member. The classic group stops everyone at a JoinGroup barrier while its leader member assigns; in the consumer group the coordinator computes a target assignment and only the members losing a partition let it go, while everyone else keeps reading. It moves at the pace of heartbeats (group.consumer.heartbeat.interval.ms, 5 s), yet nobody pauses.',
  'starter.group-two-speeds.title': 'Two groups, one topic, different speeds',
  'starter.group-two-speeds.description':
    'fast-readers spends 5 ms per record, slow-readers 600 ms. Each group has its own committed offsets in __consumer_offsets, so the slow one falls behind (its lag grows) without holding the fast one back.',
  'starter.fast-compression.title': 'Compression on vs off, same rate',
  'starter.fast-compression.description':
    'Two producers send the same records at the same rate, 40 per second with linger.ms=50, each to its own topic: plain with compression.type=none, lz4 with lz4. The producer compresses each batch as a whole, and the broker stores it as it arrived, so the bytes saved on the wire are saved on disk too. The values are a number followed by repeated letters, which compress far better than most real data. Open the Why fast tab and change linger.ms or the codec.',
  'starter.fast-lagging-consumer.title':
    'Page cache: a caught-up consumer vs a replay from offset 0',
  'starter.fast-lagging-consumer.description':
    'One broker on an HDD with a 1 MiB page cache; 200 records/s of 1 KB. The group live reads at the log end: every page it fetches was just written and is still in memory (cache hit ratio 1.0, nothing read from the disk). At 15 s the group replay joins with auto.offset.reset=earliest and reads the log from offset 0 — several MiB, more than the cache holds. Its pages come from the disk (hit ratio near 0), its fetches wait for the disk, and each 1 MiB it pulls in pushes out the pages live was about to read: live starts missing too.',
  'starter.fast-many-partitions.title':
    'Are more partitions better? The same bytes in 1 partition or 32',
  'starter.fast-many-partitions.description':
    'Two brokers, each on an HDD with a 2 MiB page cache, take the same 100 records/s of 1 KB, keyed by 64 users: broker 1 leads the topic few (1 partition), broker 2 the topic many (32 partitions). On broker 1 writeback writes one file front to back: one seek, then sequential bytes. On broker 2 the same bytes are 32 files, each with its own partly filled last page: writeback seeks from file to file and rewrites those pages, so the disk is busy many times longer. Compare the two brokers’ device busy time.',
  'starter.controller-failover.title': 'The active controller dies',
  'starter.controller-failover.description':
    'Three KRaft controllers (3001–3003) replicate the metadata log with Raft; 3001 leads epoch 1. At 6 s it crashes. The others stop hearing from it, wait out controller.quorum.fetch.timeout.ms (2 s), and stand for election with randomized timeouts: the first to win a majority of votes leads the next epoch and becomes the active controller — with every committed record already in its log. The brokers find it through their metadata fetches and keep heartbeating. At 12 s broker 3 crashes: the new controller fences it and moves its leaderships. 3001 comes back at 30 s as a follower of the new epoch. Watch the KRaft tab.',
  'starter.zookeeper-controller-failover.title': 'ZooKeeper mode: the controller broker dies',
  'starter.zookeeper-controller-failover.description':
    'Kafka 2.x’s design: three ZooKeeper servers (4001–4003) and three brokers, each with a ZooKeeper session and an ephemeral /brokers/ids znode. Broker 1 is the controller: it holds the ephemeral /controller znode (epoch 1). At 7 s it crashes — and nothing happens yet: ZooKeeper only learns a broker is gone when its session expires (zookeeper.session.timeout.ms, 18 s, counted from its last ping). Then /controller and /brokers/ids/1 vanish, the other brokers’ watches fire and the first to create /controller wins epoch 2. Before it can act it reads every partition’s state from ZooKeeper (the more partitions, the longer), then moves broker 1’s leaderships and sends LeaderAndIsr. Broker 1 returns at 45 s with a new session. Watch the ZK tab.',
} satisfies Record<string, string>;
