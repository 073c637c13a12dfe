// The produce form's account of the partitioner's decision (cluster view), ko and en.
// The formula line is Kafka's own arithmetic and reads the same in both languages.

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

export const produceKo: Record<keyof typeof produceEn, string> = {
  'produce.why.title': '왜 partition {partition}인가',
  'produce.why.formula': 'murmur2("{key}") → {hash} → toPositive % {partitions} = {partition}',
  'produce.why.formula.detail':
    'toPositive({hash}) = {positive}; {positive} % {partitions} = {partition}',
  'produce.why.key':
    '키가 정합니다: Java 클라이언트는 키의 UTF-8 바이트를 murmur2로 해시합니다. {topic}의 partition이 {partitions}개인 동안 같은 키는 언제나 partition {partition}에 들어가므로 그 키의 레코드는 순서가 지켜집니다.',
  'produce.why.ignoreKeys':
    'partitioner.ignore.keys=true: 키를 해시하지 않고, 키 없는 레코드처럼 partition을 고릅니다.',
  'produce.why.sticky.new':
    '키 없음: uniform sticky partitioner(KIP-794)가 partition {partition:을/를} 골랐습니다({how}). 키 없는 레코드는 batch.size({batchSize}바이트)만큼 보낼 때까지 이 partition에 붙어 있습니다: 지금까지 {produced}바이트.',
  'produce.why.sticky.how.uniform': 'leader가 있는 partition 중에서 무작위로',
  'produce.why.sticky.how.adaptive':
    '무작위로, 단 batch 대기열이 짧은 partition일수록 잘 뽑히게(adaptive partitioning)',
  'produce.why.sticky.stay':
    '키 없음: uniform sticky partitioner(KIP-794)가 아직 partition {partition}에 붙어 있습니다: 고른 뒤로 batch.size {batchSize}바이트 중 {produced}바이트를 보냈습니다. 그만큼 보내면 partition을 바꾸므로 batch가 꽉 찹니다.',
  'produce.why.sticky.switched':
    '이 레코드로 몫(batch.size {batchSize}바이트, batch가 아직 차는 중이면 그 두 배)을 채웠습니다: 다음 키 없는 레코드는 partition {next:으로/로} 갑니다.',
  'produce.why.roundRobin':
    '키 없음: round-robin partitioner의 {topic} 카운터가 {counter}였습니다. {counter} % leader가 있는 partition {available}개 → partition {partition}. 다음 레코드는 다음 partition으로 가므로 batch가 작게 유지됩니다.',
  'produce.why.waiting':
    '{topic}의 메타데이터를 기다리는 중: producer는 partition 목록을 알아야 partition을 고릅니다.',
  'produce.why.other': 'producer가 레코드를 partition {partition}에 넣었습니다.',
};
