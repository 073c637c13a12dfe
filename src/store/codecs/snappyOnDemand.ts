// The page's stand-in for the engine's snappy codec (src/engine/record/SnappyCompression.ts, a
// byte-exact port: 1.5 kB gzipped): in the build, vite.config.ts (codecsOnDemand) resolves
// CompressionType's import of it to this module, so the port is fetched only when a run names
// snappy (lazyCodecs.ts loads it first). Until then these throw. Tests and the CLI use the port.
import type * as Snappy from '../../engine/record/SnappyCompression';

let snappy: typeof Snappy | null = null;
let loading: Promise<void> | null = null;

/** Fetch the snappy port (once). */
export function loadSnappy(): Promise<void> {
  loading ??= import('../../engine/record/SnappyCompression').then(
    (m) => {
      snappy = m;
    },
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

export function isSnappyLoaded(): boolean {
  return snappy !== null;
}

function loaded(): typeof Snappy {
  if (!snappy)
    throw new Error('snappy is not loaded yet: await loadSnappy() before running snappy');
  return snappy;
}

export function snappyXerialCompress(data: Uint8Array): Uint8Array {
  return loaded().snappyXerialCompress(data);
}

export function snappyXerialDecompress(data: Uint8Array): Uint8Array {
  return loaded().snappyXerialDecompress(data);
}
