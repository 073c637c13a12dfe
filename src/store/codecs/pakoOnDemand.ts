// The page's stand-in for 'pako' (the gzip codec, 14 kB gzipped): in the build, vite.config.ts
// (codecsOnDemand) resolves the engine's `import … from 'pako'` to this module, so pako itself is
// fetched only when a run uses gzip (lazyCodecs.ts loads it before such a run starts). The engine's
// codecs are synchronous: until pako has loaded, these functions throw. Tests and the CLI (no
// build) import pako itself.
import type * as Pako from 'pako';
import { onDemand } from './onDemand';

const codec = onDemand<typeof Pako>('gzip', () => import('pako'));

/** Fetch it (once). */
export const loadPako = codec.load;
export const isPakoLoaded = codec.isLoaded;

export function deflateRaw(data: Uint8Array, options?: Pako.DeflateFunctionOptions): Uint8Array {
  return codec.get().deflateRaw(data, options);
}

export function ungzip(data: Uint8Array): Uint8Array {
  return codec.get().ungzip(data);
}
