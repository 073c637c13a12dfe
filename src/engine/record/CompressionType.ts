// Kafka's CompressionType: the codec ids of a record batch's attributes, and dispatch to one
// file per codec, as in Kafka's org.apache.kafka.common.compress, so that compressed batches hold
// the bytes Kafka's Java client would write:
//
// - gzip (id 1): GzipCompression.ts — GZIPOutputStream framing over pako's deflate.
// - snappy (id 2): SnappyCompression.ts — xerial SnappyOutputStream framing, libsnappy port.
// - lz4 (id 3): KafkaLZ4BlockOutputStream.ts — Kafka's LZ4 frame, over LZ4Block.ts (a port of
//   liblz4's LZ4_compress_default).
// - zstd (id 4): ZstdCompression.ts — libzstd as WebAssembly; `initZstd()` once before
//   compressing. Valid zstd, not byte-identical to zstd-jni's streaming output.
//
// Everything here is synchronous and deterministic (no clock, no randomness).

import { CompressionFormatError, UnsupportedCompressionError } from './compressionIo';
import { gzipCompress, gzipDecompress } from './GzipCompression';
import { lz4FrameCompress, lz4FrameDecompress } from './KafkaLZ4BlockOutputStream';
import { snappyXerialCompress, snappyXerialDecompress } from './SnappyCompression';
import { initZstd, isZstdReady, zstdCompress, zstdDecompress } from './ZstdCompression';

export { CompressionFormatError, UnsupportedCompressionError, initZstd, isZstdReady };

export type CompressionCodec = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';

export const COMPRESSION_CODECS: readonly CompressionCodec[] = [
  'none',
  'gzip',
  'snappy',
  'lz4',
  'zstd',
];

const IDS: Record<CompressionCodec, number> = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 };

/** The codec's id in the low 3 bits of a batch's attributes. */
export function compressionId(codec: CompressionCodec): number {
  const id = IDS[codec];
  if (id === undefined) throw new RangeError(`Unknown compression type: ${String(codec)}`);
  return id;
}

/** Inverse of {@link compressionId}. */
export function compressionFromId(id: number): CompressionCodec {
  const codec = COMPRESSION_CODECS[id];
  if (codec === undefined) throw new RangeError(`Unknown compression type id: ${id}`);
  return codec;
}

export interface CodecSupport {
  compress: boolean;
  decompress: boolean;
  /** Whether compressed bytes are the ones Kafka's Java client writes. */
  byteExact: boolean;
  /** Why something is missing, for the UI. */
  reason?: string;
}

export interface CompressOptions {
  /**
   * Kafka's compression.<codec>.level. gzip: 1..9 (default 6, the Deflater default); zstd: libzstd
   * levels (default 3); lz4: only the default (9, the fast compressor) is supported.
   */
  level?: number;
}

/** What can be done with a codec right now. */
export function codecSupport(codec: CompressionCodec): CodecSupport {
  switch (codec) {
    case 'none':
    case 'gzip':
    case 'snappy':
    case 'lz4':
      return { compress: true, decompress: true, byteExact: true };
    case 'zstd':
      return isZstdReady()
        ? {
            compress: true,
            decompress: true,
            byteExact: false,
            reason:
              'zstd frames are valid but not byte-identical to the Java client (libzstd one-shot vs streaming).',
          }
        : {
            compress: false,
            decompress: true,
            byteExact: false,
            reason:
              'zstd compression needs its WebAssembly module: await initZstd() first. Decompression works without it.',
          };
    default:
      throw new RangeError(`Unknown compression type: ${String(codec)}`);
  }
}

export type CompressResult =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: 'unsupported'; message: string };

/** Like {@link compress}, but reports an unusable codec as a result instead of throwing. */
export function tryCompress(
  codec: CompressionCodec,
  data: Uint8Array,
  options?: CompressOptions,
): CompressResult {
  try {
    return { ok: true, bytes: compress(codec, data, options) };
  } catch (e) {
    if (e instanceof UnsupportedCompressionError) {
      return { ok: false, reason: 'unsupported', message: e.message };
    }
    throw e;
  }
}

/** Compress a records section as Kafka's producer does for `codec`. */
export function compress(
  codec: CompressionCodec,
  data: Uint8Array,
  options?: CompressOptions,
): Uint8Array {
  switch (codec) {
    case 'none':
      return data.slice();
    case 'gzip':
      return gzipCompress(data, options?.level);
    case 'snappy':
      return snappyXerialCompress(data);
    case 'lz4':
      return lz4FrameCompress(data, options?.level);
    case 'zstd':
      return zstdCompress(data, options?.level);
    default:
      throw new RangeError(`Unknown compression type: ${String(codec)}`);
  }
}

/** Decompress a records section written with `codec`. */
export function decompress(codec: CompressionCodec, data: Uint8Array): Uint8Array {
  switch (codec) {
    case 'none':
      return data.slice();
    case 'gzip':
      return gzipDecompress(data);
    case 'snappy':
      return snappyXerialDecompress(data);
    case 'lz4':
      return lz4FrameDecompress(data);
    case 'zstd':
      return zstdDecompress(data);
    default:
      throw new RangeError(`Unknown compression type: ${String(codec)}`);
  }
}
