// The page's stand-in for the engine's lz4 codec (src/engine/record/KafkaLZ4BlockOutputStream.ts
// over LZ4Block.ts, byte-exact ports: 2 kB gzipped): in the build, vite.config.ts (codecsOnDemand)
// resolves CompressionType's import of it to this module, so the ports are fetched only when a run
// names lz4 (lazyCodecs.ts loads them first). Until then these throw. Tests and the CLI use the
// ports.
import type * as Lz4 from '../../engine/record/KafkaLZ4BlockOutputStream';

let lz4: typeof Lz4 | null = null;
let loading: Promise<void> | null = null;

/** Fetch the lz4 ports (once). */
export function loadLz4(): Promise<void> {
  loading ??= import('../../engine/record/KafkaLZ4BlockOutputStream').then(
    (m) => {
      lz4 = m;
    },
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

export function isLz4Loaded(): boolean {
  return lz4 !== null;
}

function loaded(): typeof Lz4 {
  if (!lz4) throw new Error('lz4 is not loaded yet: await loadLz4() before running lz4');
  return lz4;
}

export function lz4FrameCompress(data: Uint8Array, level?: number): Uint8Array {
  return loaded().lz4FrameCompress(data, level);
}

export function lz4FrameDecompress(data: Uint8Array): Uint8Array {
  return loaded().lz4FrameDecompress(data);
}
