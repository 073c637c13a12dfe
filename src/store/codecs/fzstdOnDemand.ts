// The page's stand-in for 'fzstd' (zstd decompression, 3 kB gzipped): in the build, vite.config.ts
// (codecsOnDemand) resolves the engine's `import … from 'fzstd'` to this module, so fzstd itself
// is fetched only when a run names zstd (lazyCodecs.ts). The page never compresses with zstd (a
// scenario asking for it is refused with codec.zstdNotReady), so this is a safeguard more than a
// path. Until fzstd has loaded, `decompress` throws. Tests and the CLI import fzstd itself.
import type * as Fzstd from 'fzstd';
import { onDemand } from './onDemand';

const codec = onDemand<typeof Fzstd>('zstd decompression', () => import('fzstd'));

/** Fetch it (once). */
export const loadFzstd = codec.load;
export const isFzstdLoaded = codec.isLoaded;

export function decompress(data: Uint8Array, buf?: Uint8Array): Uint8Array {
  return codec.get().decompress(data, buf);
}
