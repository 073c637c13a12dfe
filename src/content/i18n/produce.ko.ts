// Korean texts: produce (the English ones, which define the keys, are in ./produce.ts). Loaded with
// the Korean dictionary only (ko.ts), never with the English one.
import type { produceEn } from './produce';

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
