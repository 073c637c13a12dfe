// Texts of the storage view. English here; the Korean ones, typed against these keys, in
// storage.ko.ts. Not part of a language's chunk: fetched with the view (a text part, index.ts;
// the tab's name, view.storage, is in en.ts and ko.ts). Kafka's terms (offset, segment,
// batch, index, high watermark …) and field names (baseOffset, magic, crc …) stay as Kafka spells
// them.

export const storageEn = {
  'storage.label': 'Log storage of one partition replica',
  'storage.broker': 'Broker',
  'storage.broker.option': 'Broker {id} ({status})',
  'storage.replica': 'Replica',
  'storage.replica.leader': '{name} · leader',
  'storage.replica.follower': '{name} · follower',
  'storage.noLog': 'This broker holds no log for this partition.',

  'storage.files.title': 'Log directory',
  'storage.files.summary': '{segments} segments · {bytes} on disk',
  'storage.files.list': 'Files in {dir}',
  'storage.lso': 'log start offset',
  'storage.lso.title': 'The first offset still in the log: retention moves it up.',
  'storage.hw': 'high watermark',
  'storage.hw.title': 'Offsets below it are on every ISR replica; consumers read only those.',
  'storage.leo': 'log end offset',
  'storage.leo.title':
    'The next offset this replica will write: the active segment grows up to it.',
  'storage.file.active': 'active',
  'storage.file.deleted': '.deleted ({reason}) · removed at {at}',
  'storage.file.select': 'Show the segment of {name}',
  'storage.file.size.title':
    'Size on disk. The active segment’s .index and .timeindex are preallocated (segment.index.bytes) and trimmed when it rolls.',

  'storage.events.title': 'On disk just now',
  'storage.events.empty':
    'Nothing yet: rolls, deletions and cleaner passes of this replica show here.',
  'storage.event.roll': 'Roll → {file} ({previous} closed at {size} bytes, {reason})',
  'storage.event.deleted': '{file} renamed .deleted ({reason})',
  'storage.event.removed': '{file}.deleted removed from disk',
  'storage.event.logStart': 'log start offset {from} → {to}',
  'storage.event.compacted':
    'Cleaner: {before} → {after} bytes, {recordsBefore} → {recordsAfter} records, {tombstones} tombstones removed',

  'storage.segment.deleted': '.deleted ({reason}) · removed at {at}',
  'storage.segment.leader': 'leader replica on broker {broker}',
  'storage.segment.follower': 'follower replica on broker {broker}',
  'storage.segment.empty': 'Empty segment: the next batch gets offset {base}.',
  'storage.segment.facts':
    'offsets {base}–{last} (next {next}) · {batches} batches · {size} · .index {entries} entries · .timeindex {timeEntries} entries',
  'storage.segment.largestTimestamp': 'largest timestamp {ts}',
  'storage.download.label': 'Download',
  'storage.download.hint': 'Download {name}: the exact bytes',
  'storage.download.gone':
    'The records of this segment left the simulator’s payload window: its .log bytes cannot be rebuilt.',
  'storage.download.trimmed': 'active segment: index files download trimmed to their entries',

  'storage.map.label':
    'The segment drawn along its bytes: {batches} batches in {size} bytes, {entries} offset index entries',
  'storage.map.empty': 'empty: no batch yet',
  'storage.map.batch': 'offsets {range} · position {position} · {size} bytes · {records} records',
  'storage.map.earlier': '{count} earlier batches (offsets {range}), drawn as one block',
  'storage.map.start': 'scan from {position}',
  'storage.map.noEntries': 'no entries',
  'storage.map.entry': 'slot {slot}: offset {offset} → position {position}',
  'storage.map.timeEntry': 'slot {slot}: timestamp {timestamp} → offset {offset}',
  'storage.map.legend.lt': 'entry < target',
  'storage.map.legend.gt': 'entry > target',
  'storage.map.legend.hit': 'entry used',
  'storage.map.legend.scanned': 'batch read',
  'storage.map.legend.found': 'found',

  'storage.lookup.title': 'Look up',
  'storage.lookup.range': 'offsets {start} … {end} (exclusive)',
  'storage.lookup.offset': 'Offset',
  'storage.lookup.timestamp': 'Timestamp (ms)',
  'storage.lookup.go': 'Look up',
  'storage.lookup.invalid': 'Type a whole number (0 or more).',
  'storage.lookup.hint':
    'Type an offset and press “Look up”: watch Kafka pick the segment, binary-search its sparse .index, then scan the .log from the position found.',
  'storage.lookup.kind.offset': 'offset',
  'storage.lookup.kind.timestamp': 'timestamp',
  'storage.lookup.progress': 'Looking up {kind} {target}: step {step} of {steps}',
  'storage.lookup.replay': 'Replay',
  'storage.lookup.skip': 'Skip to the end',
  'storage.lookup.result': 'Offset {offset}: {file}, batch {range} at position {position}',
  'storage.lookup.result.time':
    'Timestamp ≥ target: offset {offset} (timestamp {timestamp}) in {file}, batch {range} at position {position}',

  'storage.step.segment':
    'Segments start at offsets {bases}. The greatest base offset ≤ {target} is {chosen}: open {file}.',
  'storage.step.outOfRange':
    'Offset {target} is outside the log [{start}, {end}): OFFSET_OUT_OF_RANGE, or nothing written there yet.',
  'storage.step.index.empty': '{file} has no entries yet: nothing to search.',
  'storage.step.probe.warm':
    'Is {target} in the warm section (the last 8 KiB of entries)? Its first slot {slot}: offset {a} → position {b}; {a} {cmp} {target}.',
  'storage.step.probe.first':
    'Is {target} below the first entry? Slot {slot}: offset {a} → position {b}; {a} {cmp} {target}.',
  'storage.step.probe.right':
    'Binary search: slot {slot} holds offset {a} → position {b}. {a} < {target}: keep it, look right.',
  'storage.step.probe.left':
    'Binary search: slot {slot} holds offset {a} → position {b}. {a} > {target}: look left.',
  'storage.step.probe.equal':
    'Binary search: slot {slot} holds offset {a} → position {b}. {a} = {target}: exact hit.',
  'storage.step.probe.warm.time':
    'Is {target} in the warm section of the .timeindex? Its first slot {slot}: timestamp {a} → offset {b}; {a} {cmp} {target}.',
  'storage.step.probe.first.time':
    'Is {target} below the first time entry? Slot {slot}: timestamp {a} → offset {b}; {a} {cmp} {target}.',
  'storage.step.probe.right.time':
    'Binary search: slot {slot} holds timestamp {a} → offset {b}. {a} < {target}: keep it, look right.',
  'storage.step.probe.left.time':
    'Binary search: slot {slot} holds timestamp {a} → offset {b}. {a} > {target}: look left.',
  'storage.step.probe.equal.time':
    'Binary search: slot {slot} holds timestamp {a} → offset {b}. {a} = {target}: exact hit.',
  'storage.step.entry':
    'Greatest entry ≤ {target}: slot {slot}, offset {offset} → position {position}. Read {file} from byte {position}.',
  'storage.step.entry.none': 'No entry ≤ {target}: read {file} from its first byte (position 0).',
  'storage.step.scan.skip':
    'Batch at position {position}: offsets {range}, {size} bytes. It ends before {target}: skip to position {next}.',
  'storage.step.scan.found':
    'Batch at position {position}: offsets {range}. It holds {target}: found.',
  'storage.step.scan.skip.time':
    'Batch at position {position}: offsets {range}, max timestamp {maxTimestamp} < {target}: skip to position {next}.',
  'storage.step.scan.found.time':
    'Batch at position {position}: offsets {range}, max timestamp {maxTimestamp} ≥ {target}: the answer is in this batch.',
  'storage.step.nextSegment':
    'Nothing ≥ {target} left in this segment (compaction removed it): go on to {file}.',
  'storage.step.result': 'Offset {target} is in the batch at position {position} of {file}.',
  'storage.step.notFound': 'No batch at or after offset {target} in this log.',
  'storage.step.time.segment.match':
    '{file}: largest timestamp {largest} ≥ {target}: search this segment.',
  'storage.step.time.segment.skip':
    '{file}: largest timestamp {largest} < {target}: all its records are older, next segment.',
  'storage.step.time.none':
    'No record has a timestamp ≥ {target}: no offset (ListOffsets answers -1).',
  'storage.step.time.entry':
    'Greatest time entry ≤ {target}: slot {slot}, timestamp {timestamp} → offset {offset}. Now find offset {offset} in the .index.',
  'storage.step.time.entry.none':
    'No time entry ≤ {target}: start from the segment’s base offset {base}.',
  'storage.step.time.result':
    'The first record with timestamp ≥ {target} is offset {offset} (timestamp {timestamp}), in the batch at position {position} of {file}.',
  'storage.step.time.result.approx':
    'Offset {offset} (timestamp {timestamp}), batch at position {position} of {file}: read from the batch header only, its records left the payload window.',

  'storage.hex.title': 'Hex inspector',
  'storage.hex.batch': 'Batch',
  'storage.hex.batch.option': 'offsets {range} · position {position} · {size} B',
  'storage.hex.noBatch': 'This segment has no batch yet.',
  'storage.hex.gone':
    'The records of this batch left the simulator’s payload window (it keeps the latest records of each replica): its bytes cannot be rebuilt, so none are shown. Sizes, offsets and index entries above are still exact.',
  'storage.hex.error': 'These bytes could not be decoded: {message}',
  'storage.hex.summary':
    'The batch’s {size} bytes from file position {position} (records: {records}). Hover or focus a field to light up its bytes.',
  'storage.hex.zstd':
    'zstd: these frames are valid zstd, but not byte-identical to what the Java client writes (libzstd one-shot vs zstd-jni streaming). Sizes are close but may differ by a few bytes.',
  'storage.hex.zstd.noWasm':
    'zstd: the WebAssembly compressor is not loaded here; decompression still works.',
  'storage.hex.fields': 'Fields of the batch',
  'storage.hex.header': 'Batch header · {size} bytes',
  'storage.hex.records': 'Records section · {size} bytes',
  'storage.hex.record': 'Record {n} · {size} bytes',
  'storage.hex.grid': 'Bytes of the batch from file position {position}',
  'storage.hex.position': 'position',
  'storage.hex.showAll': 'Show all {count} bytes',
  'storage.hex.showLess': 'Show the first {count} bytes',
  'storage.hex.crc.ok': 'CRC-32C matches',
  'storage.hex.crc.bad': 'CRC-32C does not match!',
  'storage.hex.attributes': 'compression {codec}, {tsType} {flags}',
  'storage.hex.lastOffset': 'last offset {offset}',
  'storage.hex.batchLength': 'bytes after this field; batch = {size} bytes',
  'storage.hex.none': 'none (not idempotent)',
  'storage.hex.compressed': 'compressed with {codec} as one block',

  'storage.field.baseOffset':
    'Int64: the offset of the batch’s first record, assigned by the leader.',
  'storage.field.batchLength': 'Int32: the bytes that follow this field (batch size − 12).',
  'storage.field.partitionLeaderEpoch':
    'Int32: the leader epoch of the leader that wrote the batch.',
  'storage.field.magic': 'Int8: the record format version; 2 for every batch since Kafka 0.11.',
  'storage.field.crc': 'Uint32: CRC-32C of every byte from attributes to the end of the batch.',
  'storage.field.attributes':
    'Int16: bits 0–2 compression, bit 3 timestamp type, bit 4 transactional, bit 5 control, bit 6 delete horizon.',
  'storage.field.lastOffsetDelta': 'Int32: last offset − base offset (kept by compaction).',
  'storage.field.baseTimestamp': 'Int64: the first record’s timestamp (or the delete horizon).',
  'storage.field.maxTimestamp':
    'Int64: the largest timestamp in the batch: what the .timeindex uses.',
  'storage.field.producerId': 'Int64: the idempotent producer’s id; -1 without idempotence.',
  'storage.field.producerEpoch': 'Int16: the producer’s epoch.',
  'storage.field.baseSequence':
    'Int32: the first record’s sequence number, for duplicate detection.',
  'storage.field.recordCount': 'Int32: the number of records that follow.',
  'storage.field.records': 'The records, compressed together as one block.',
  'storage.rfield.length': 'varint: the record’s size after this field.',
  'storage.rfield.attributes': 'Int8: unused, always 0.',
  'storage.rfield.timestampDelta': 'varlong: timestamp − baseTimestamp.',
  'storage.rfield.offsetDelta': 'varint: offset − baseOffset.',
  'storage.rfield.keyLength': 'varint: the key’s length; -1 for no key.',
  'storage.rfield.key': 'The key’s bytes (UTF-8 here).',
  'storage.rfield.valueLength': 'varint: the value’s length; -1 for a tombstone.',
  'storage.rfield.value': 'The value’s bytes (UTF-8 here).',
  'storage.rfield.headerCount': 'varint: how many headers follow.',
  'storage.rfield.headers': 'The headers: key length, key, value length, value each.',

  'storage.settings.title': 'Settings of {topic}',
  'storage.settings.intro': 'Applied live with setConfig, on every replica of the topic.',
  'storage.settings.apply': 'Set',
  'storage.settings.current': 'now {value}',
  'storage.settings.refused': 'The simulation refused this value.',
  'storage.settings.forever': 'forever',
  'storage.settings.unlimited': 'unlimited',
  'storage.settings.segmentBytes':
    'the active segment rolls before a batch would take it past this size',
  'storage.settings.indexInterval': 'an .index entry after at least this many bytes',
  'storage.settings.retentionMs':
    'whole closed segments whose largest timestamp is older are deleted (-1: never)',
  'storage.settings.retentionBytes':
    'oldest closed segments are deleted while the log is bigger (-1: no limit)',
  'storage.settings.cleanupPolicy': 'compact keeps the latest record per key',
} satisfies Record<string, string>;
