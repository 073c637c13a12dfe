// The page's stand-in for src/engine/record/recordBatchEncoder.ts (record batch v2 bytes, CRC-32C
// included), swapped in by vite.config.ts so the first download leaves it out. encodeBatch calls
// the engine's own once load() has fetched it, and throws, naming the encoder, before. Only two
// things encode: a compressed batch's size (a run naming a codec loads it with the codecs,
// src/store/lazyModules.ts) and a segment file's bytes (the storage view loads it with its code,
// src/ui/views.tsx); the page also fetches it once idle after opening.
import type * as Encoder from '../engine/record/recordBatchEncoder';
import { onDemand } from './codecs/onDemand';

const real = onDemand<typeof Encoder>(
  'the record batch encoder',
  () => import('../engine/record/recordBatchEncoder'),
);

export const encodeBatch = real.call('encodeBatch');

export function isRecordBatchEncoderLoaded(): boolean {
  return real.isLoaded();
}

export function loadRecordBatchEncoder(): Promise<void> {
  return real.load();
}
