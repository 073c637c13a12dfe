// The page's stand-in for the engine's snappy codec (src/engine/record/SnappyCompression.ts, a
// byte-exact port: 1.5 kB gzipped): in the build, vite.config.ts (codecsOnDemand) resolves
// CompressionType's import of it to this module, so the port is fetched only when a run names
// snappy (lazyCodecs.ts loads it first). Until then these throw. Tests and the CLI use the port.
import type * as Snappy from '../../engine/record/SnappyCompression';
import { onDemand } from './onDemand';

const codec = onDemand<typeof Snappy>(
  'snappy',
  () => import('../../engine/record/SnappyCompression'),
);

/** Fetch it (once). */
export const loadSnappy = codec.load;
export const isSnappyLoaded = codec.isLoaded;

export function snappyXerialCompress(data: Uint8Array): Uint8Array {
  return codec.get().snappyXerialCompress(data);
}

export function snappyXerialDecompress(data: Uint8Array): Uint8Array {
  return codec.get().snappyXerialDecompress(data);
}
