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
} as const;
