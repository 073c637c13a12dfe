// Texts of the "why fast" view (#14). English here; the Korean ones, typed against these keys, in
// whyfast.ko.ts. Not part of a language's chunk: fetched with the view (a text part, index.ts; the
// tab's name, view.whyfast, is in en.ts and ko.ts). Kafka's terms stay as Kafka spells them.

export const whyfastEn = {
  'whyfast.label': 'Why Kafka is fast',
  'whyfast.intro':
    'Four reasons, measured on the run you are watching: an append-only log written sequentially, the page cache, zero-copy fetches, and batching with compression. Every figure here comes from the engine.',

  'whyfast.batching.title': 'Batching and compression',
  'whyfast.batching.intro':
    'The producer collects records per partition into batches: linger.ms is how long a batch may wait for more records, batch.size how many bytes it may hold. Batches for the same broker travel in one Produce request, and each batch is compressed as a whole with compression.type — the broker stores it as it arrived.',
  'whyfast.batching.none':
    'This scenario has no producer. Open the starter “compression on vs off” to see batching at work.',
  'whyfast.batching.more': '{n} more producers are not shown.',
  'whyfast.producer': 'Producer {id}',
  'whyfast.producer.workload': '{rate} records/s to {topic}',
  'whyfast.producer.noWorkload': 'no steady workload (records from actions only)',
  'whyfast.settings': 'Settings of {id}',
  'whyfast.setting.lingerMs': 'linger.ms',
  'whyfast.setting.batchSize': 'batch.size',
  'whyfast.setting.compression': 'compression.type',
  'whyfast.setting.rate': 'records/s',
  'whyfast.setting.zstdNote':
    'zstd is not offered here: its compressor is WebAssembly, which this page does not load (the CLI can).',
  'whyfast.setting.refused': 'Refused: {reason}',

  'whyfast.fig.window': 'over the last {s} s of simulated time',
  'whyfast.fig.recordRate': 'records sent/s',
  'whyfast.fig.recordRate.hint':
    'Kafka’s record-send-rate: records this producer put on the wire per second',
  'whyfast.fig.recordsPerBatch': 'records per batch',
  'whyfast.fig.recordsPerBatch.hint':
    'Records sent ÷ batches sent (Kafka reports records-per-request-avg; a request may carry batches of several partitions)',
  'whyfast.fig.requestRate': 'Produce requests/s',
  'whyfast.fig.requestRate.hint':
    'Kafka’s request-rate: Produce requests this producer sent per second',
  'whyfast.fig.byteRate': 'bytes on the wire/s',
  'whyfast.fig.byteRate.hint':
    'Record batches as encoded — 61-byte header plus the records, compressed with compression.type — per second (Kafka’s byte-rate)',
  'whyfast.fig.batchSize': 'bytes per batch',
  'whyfast.fig.compression': 'compressed ÷ uncompressed',
  'whyfast.fig.compression.hint':
    'Kafka’s compression-rate-avg: each batch’s size with its codec over its size without, averaged; 1 means no compression',
  'whyfast.fig.latency': 'send() → ack, p50 / p99',
  'whyfast.fig.latency.hint':
    'Simulated milliseconds from send() to the acknowledgement, for the records acknowledged in the window (as Kafka’s producer perf test reports)',
  'whyfast.fig.sentTotal': 'sent so far (wire)',
  'whyfast.fig.uncompressedTotal': 'the same batches uncompressed',
  'whyfast.fig.disk': '{topic} on disk (leader logs)',
  'whyfast.fig.disk.hint':
    'The size of the topic’s log segments on each partition’s leader, as the brokers store them (all producers of the topic)',
  'whyfast.fig.about': 'What these figures are',
  'whyfast.fig.none': '—',
  'whyfast.unit.ms': '{v} ms',

  'whyfast.sweep.title': 'Sweep linger.ms',
  'whyfast.sweep.intro':
    'Runs this scenario again, headless, once per linger.ms value ({values} ms) for {s} s of simulated time each, in a background worker — the page stays usable. The producers’ batch.size, compression.type and rates are the ones in force now; brokers and topics are the scenario’s.',
  'whyfast.sweep.which': 'Producer',
  'whyfast.sweep.run': 'Run the sweep',
  'whyfast.sweep.cancel': 'Cancel',
  'whyfast.sweep.progress': 'Running: {done} of {total} runs',
  'whyfast.sweep.cancelled': 'Sweep cancelled.',
  'whyfast.sweep.failed': 'The sweep failed: {reason}',
  'whyfast.sweep.producer': 'Producer {id}, measured over the last {s} s of each run',
  'whyfast.sweep.noProducer': 'The sweep needs a producer with a workload.',
  'whyfast.sweep.throughput': 'Throughput',
  'whyfast.sweep.latency': 'Latency (send() → ack)',
  'whyfast.sweep.axis.linger': 'linger.ms',
  'whyfast.sweep.axis.perSec': 'per second',
  'whyfast.sweep.axis.ms': 'ms',
  'whyfast.sweep.series.records': 'records acknowledged/s',
  'whyfast.sweep.series.requests': 'Produce requests/s',
  'whyfast.sweep.series.p50': 'p50',
  'whyfast.sweep.series.p99': 'p99',
  'whyfast.sweep.table': 'Sweep results',
  'whyfast.sweep.col.linger': 'linger.ms',
  'whyfast.sweep.col.records': 'records acked/s',
  'whyfast.sweep.col.requests': 'requests/s',
  'whyfast.sweep.col.perBatch': 'records/batch',
  'whyfast.sweep.col.p50': 'p50 (ms)',
  'whyfast.sweep.col.p99': 'p99 (ms)',

  'whyfast.cache.title': 'The page cache',
  'whyfast.cache.intro':
    'Kafka does not keep its own cache: it writes to the OS page cache and lets Linux write the pages to the disk later. A consumer at the log end is served from memory; one replaying old data reads from the disk and pushes newer pages out. Each bar is a segment file: the coloured part is in memory (hot), the rest only on the disk (cold).',
  'whyfast.cache.broker': 'Broker {id}',
  'whyfast.cache.device': '{device}, page cache {size}',
  'whyfast.cache.device.ssd': 'SSD',
  'whyfast.cache.device.hdd': 'HDD',
  'whyfast.cache.hitRatio': 'cache hit ratio',
  'whyfast.cache.hitRatio.hint': 'pages found in memory over pages read, since the start',
  'whyfast.cache.noReads': 'no reads yet',
  'whyfast.cache.used': 'in memory',
  'whyfast.cache.usedValue': '{pages} of {capacity} pages',
  'whyfast.cache.deviceRead': 'read from the disk',
  'whyfast.cache.deviceWrite': 'written to the disk',
  'whyfast.cache.deviceBusy': 'disk busy',
  'whyfast.cache.groups': 'Hit ratio of each consumer group',
  'whyfast.cache.legend.hot': 'in memory',
  'whyfast.cache.legend.dirty': 'in memory, not yet written to the disk',
  'whyfast.cache.legend.cold': 'on the disk only',
  'whyfast.cache.segments': 'Segment files of broker {id}, oldest on the left',
  'whyfast.cache.segment':
    '{name}: {resident} of {pages} pages in memory ({dirty} not yet written)',
  'whyfast.cache.morePartitions': '{n} more partitions are not drawn.',

  'whyfast.copy.title': 'Zero-copy: how a fetch leaves the broker',
  'whyfast.copy.intro':
    'Kafka answers a fetch with FileChannel.transferTo, which is sendfile(2): one system call, and the network card takes the bytes from the page cache by DMA — nothing is copied into the JVM. Reading into a buffer and writing it to the socket costs two CPU copies and twice the mode switches. Over TLS the broker must encrypt in user space (SslTransportLayer), so zero-copy does not apply.',
  'whyfast.copy.broker': 'Broker',
  'whyfast.copy.none': 'No fetch with records has been answered yet.',
  'whyfast.copy.last':
    'Last fetch: {kind} {client}, {bytes} at {time}. Pages from memory: {hits}, from the disk: {misses}',
  'whyfast.copy.kind.consumer': 'consumer',
  'whyfast.copy.kind.follower': 'follower',
  'whyfast.copy.waited': 'the response waited {ms} ms for the disk',
  'whyfast.copy.lane.sendfile': 'Kafka on PLAINTEXT: sendfile',
  'whyfast.copy.lane.ssl': 'Kafka on SSL: read, encrypt, write',
  'whyfast.copy.lane.readWrite': 'Without zero-copy: read() + write()',
  'whyfast.copy.stage.disk': 'disk',
  'whyfast.copy.stage.cache': 'page cache',
  'whyfast.copy.stage.user': 'JVM buffer',
  'whyfast.copy.stage.tls': 'TLS buffer',
  'whyfast.copy.stage.socket': 'socket buffer',
  'whyfast.copy.stage.nic': 'NIC',
  'whyfast.copy.dma': 'DMA',
  'whyfast.copy.cpu': 'CPU',
  'whyfast.copy.counts':
    '{transfers} transfers: {dma} DMA copies, {cpu} CPU copies ({cpuBytes} by the CPU), {switches} mode switches',
  'whyfast.copy.kafkaTotals': 'Kafka’s path ({ssl} of them over TLS)',
  'whyfast.copy.totals': 'Consumer fetches answered by this broker since the start',
  'whyfast.copy.tls': 'Consumers connect over TLS (security.protocol=SSL)',
  'whyfast.copy.tlsGroup': 'group {id}',
  'whyfast.copy.tlsNote':
    'Changing security.protocol restarts the group’s members (a client reads it once), so the group rebalances.',
  'whyfast.copy.noGroups': 'This scenario has no consumer group to switch.',
  'whyfast.copy.downConversion':
    'Before Kafka 4.0, a broker also lost zero-copy when it down-converted records for clients older than the v2 format. Kafka 4.0 removed those fetch versions (KIP-896), so KafkaScope does not simulate it.',

  'whyfast.seq.title': 'An append-only log, written sequentially',
  'whyfast.seq.intro':
    'Every append goes to the end of the active segment. When Linux writes the dirty pages back, adjacent pages go in one request: the disk seeks once, then streams. Here is what this broker’s disk spent on writeback, and what the same pages would cost written as scattered 4 KiB pages.',
  'whyfast.seq.profile': '{device}: {read} MB/s read, {write} MB/s write, {access} ms per seek',
  'whyfast.seq.appended': 'appended',
  'whyfast.seq.written': 'pages written back',
  'whyfast.seq.requests': '{pages} pages in {requests} requests',
  'whyfast.seq.dirty': 'dirty pages, not yet written',
  'whyfast.seq.bar.sequential': 'as written',
  'whyfast.seq.bar.random': 'as random 4 KiB writes',
  'whyfast.seq.ratio': 'random would take {x}× as long',
  'whyfast.seq.none':
    'Nothing has been written back yet (Linux writes pages 30 s after they were dirtied, or sooner when many are dirty).',
  'whyfast.seq.chart':
    'Writeback time of broker {id}: {seq} ms as written, {rnd} ms as random writes',
} as const;
