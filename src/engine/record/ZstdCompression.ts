// Kafka's ZstdCompression. Compression needs WebAssembly (libzstd via @bokuweb/zstd-wasm): call
// `initZstd()` once (async) before compressing. Its frames are valid zstd but not byte-identical
// to zstd-jni's streaming output (which omits the content size). Decompression is pure JS (fzstd)
// and always available.

import { decompress as fzstdDecompress } from 'fzstd';
import { CompressionFormatError, UnsupportedCompressionError } from './compressionIo';

interface ZstdModule {
  compress(buf: Uint8Array, level?: number): Uint8Array;
}

let zstd: ZstdModule | null = null;
let zstdLoading: Promise<void> | null = null;

const ZSTD_DEFAULT_LEVEL = 3;

/**
 * Load the zstd WebAssembly compressor (async, once). In a browser, pass the URL of
 * `@bokuweb/zstd-wasm`'s `zstd.wasm` if the bundler does not resolve it next to the module.
 */
export function initZstd(options?: { wasmUrl?: string }): Promise<void> {
  if (zstd) return Promise.resolve();
  if (!zstdLoading) {
    zstdLoading = (async () => {
      const mod = (await import('@bokuweb/zstd-wasm')) as unknown as {
        init(path?: string): Promise<void>;
        compress(buf: Uint8Array, level?: number): Uint8Array;
      };
      await mod.init(options?.wasmUrl);
      zstd = { compress: (buf, level) => mod.compress(buf, level) };
    })().catch((e: unknown) => {
      zstdLoading = null;
      throw e;
    });
  }
  return zstdLoading;
}

/** Whether {@link initZstd} has completed. */
export function isZstdReady(): boolean {
  return zstd !== null;
}

export function zstdCompress(data: Uint8Array, level = ZSTD_DEFAULT_LEVEL): Uint8Array {
  if (!zstd) {
    throw new UnsupportedCompressionError(
      'zstd',
      'zstd compression is not available until initZstd() has completed (it loads a WebAssembly module)',
    );
  }
  return zstd.compress(data, level);
}

export function zstdDecompress(data: Uint8Array): Uint8Array {
  try {
    return fzstdDecompress(data);
  } catch (e) {
    throw new CompressionFormatError(`Invalid zstd data: ${(e as Error).message}`);
  }
}
