// The produce form's account of the partitioner's decision (cluster view). The formula line is
// Kafka's own arithmetic and reads the same in both languages. English here; the Korean ones,
// typed against these keys, in produce.ko.ts (each language is its own chunk: en.ts, ko.ts).

export const produceEn = {
  'produce.why.title': 'Why partition {partition}',
  'produce.why.formula': 'murmur2("{key}") → {hash} → toPositive % {partitions} = {partition}',
  'produce.why.formula.detail':
    'toPositive({hash}) = {positive}; {positive} % {partitions} = {partition}',
  'produce.why.key':
    'The key decides: the Java client hashes its UTF-8 bytes with murmur2. The same key always lands on partition {partition} while {topic} has {partitions} partitions, so its records stay in order.',
  'produce.why.ignoreKeys':
    'partitioner.ignore.keys=true: the key is not hashed; the record goes where a keyless one would.',
  'produce.why.sticky.new':
    'No key: the uniform sticky partitioner (KIP-794) picked partition {partition} {how}. Keyless records stay on it until batch.size ({batchSize} bytes) have gone there: {produced} so far.',
  'produce.why.sticky.how.uniform': 'at random among the partitions with a leader',
  'produce.why.sticky.how.adaptive':
    'at random, weighted towards partitions with shorter batch queues (adaptive partitioning)',
  'produce.why.sticky.stay':
    'No key: the uniform sticky partitioner (KIP-794) is still on partition {partition}: {produced} of batch.size {batchSize} bytes have gone there since it was picked. It switches once that much is sent, so batches fill up.',
  'produce.why.sticky.switched':
    'That filled its share (batch.size {batchSize} bytes; twice that while the batch is still filling): the next keyless record goes to partition {next}.',
  'produce.why.roundRobin':
    'No key: the round-robin partitioner’s counter for {topic} was {counter}; {counter} % {available} partitions with a leader → partition {partition}. The next record goes to the next partition, so batches stay small.',
  'produce.why.waiting':
    'Waiting for the metadata of {topic}: the producer picks a partition once it knows the partitions.',
  'produce.why.other': 'The producer put the record on partition {partition}.',
} satisfies Record<string, string>;
