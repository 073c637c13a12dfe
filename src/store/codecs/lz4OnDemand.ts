// The page's stand-in for the engine's lz4 codec (src/engine/record/KafkaLZ4BlockOutputStream.ts
// over LZ4Block.ts, byte-exact ports: 2 kB gzipped): in the build, vite.config.ts (codecsOnDemand)
// resolves CompressionType's import of it to this module, so the ports are fetched only when a run
// names lz4 (lazyCodecs.ts loads them first). Until then these throw. Tests and the CLI use the
// ports.
import type * as Lz4 from '../../engine/record/KafkaLZ4BlockOutputStream';
import { onDemand } from './onDemand';

const codec = onDemand<typeof Lz4>(
  'lz4',
  () => import('../../engine/record/KafkaLZ4BlockOutputStream'),
);

/** Fetch it (once). */
export const loadLz4 = codec.load;
export const isLz4Loaded = codec.isLoaded;

export function lz4FrameCompress(data: Uint8Array, level?: number): Uint8Array {
  return codec.get().lz4FrameCompress(data, level);
}

export function lz4FrameDecompress(data: Uint8Array): Uint8Array {
  return codec.get().lz4FrameDecompress(data);
}
