// The page's stand-in for 'pako' (the gzip codec, 14 kB gzipped): in the build, vite.config.ts
// (codecsOnDemand) resolves the engine's `import … from 'pako'` to this module, so pako itself is
// fetched only when a run uses gzip (lazyCodecs.ts loads it before such a run starts). The engine's
// codecs are synchronous: until pako has loaded, these functions throw. Tests and the CLI (no
// build) import pako itself.
import type * as Pako from 'pako';

let pako: typeof Pako | null = null;
let loading: Promise<void> | null = null;

/** Fetch pako (once); resolves when the gzip codec works. */
export function loadPako(): Promise<void> {
  loading ??= import('pako').then(
    (m) => {
      pako = m;
    },
    (err: unknown) => {
      loading = null; // a later run tries again
      throw err;
    },
  );
  return loading;
}

export function isPakoLoaded(): boolean {
  return pako !== null;
}

function loaded(): typeof Pako {
  if (!pako) throw new Error('gzip is not loaded yet: await loadPako() before running gzip');
  return pako;
}

export function deflateRaw(data: Uint8Array, options?: Pako.DeflateFunctionOptions): Uint8Array {
  return loaded().deflateRaw(data, options);
}

export function ungzip(data: Uint8Array): Uint8Array {
  return loaded().ungzip(data);
}
