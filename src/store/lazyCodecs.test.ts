// The page's on-demand codecs (lazyCodecs.ts, codecs/): which runs need them, and the stand-ins
// the build puts in place of pako, fzstd and the snappy and lz4 ports — they refuse before loading and then give the same
// bytes as the packages the engine imports in tests and the CLI.
import { describe, expect, it } from 'vitest';
import * as pako from 'pako';
import { prepareCodecs } from '../engine';
import { gzipCompress, gzipDecompress } from '../engine/record/GzipCompression';
import { zstdCompress } from '../engine/record/ZstdCompression';
import * as fzstdStandIn from './codecs/fzstdOnDemand';
import * as pakoStandIn from './codecs/pakoOnDemand';
import * as snappyStandIn from './codecs/snappyOnDemand';
import * as lz4StandIn from './codecs/lz4OnDemand';
import { snappyXerialCompress } from '../engine/record/SnappyCompression';
import { lz4FrameCompress } from '../engine/record/KafkaLZ4BlockOutputStream';
import { lazyCodecsReady, loadLazyCodecs, needsLazyCodecs } from './lazyCodecs';
import { STARTERS } from '../content/scenarios';

describe('codecs fetched on demand', () => {
  it('a run naming a codec needs them; of the starters only the compression one does', () => {
    expect(needsLazyCodecs({ producers: [{ config: { 'compression.type': 'gzip' } }] })).toBe(true);
    expect(needsLazyCodecs({ do: 'setConfig', key: 'compression.type', value: ' ZSTD ' })).toBe(
      true,
    );
    expect(needsLazyCodecs({ do: 'setConfig', key: 'compression.type', value: 'lz4' })).toBe(true);
    expect(needsLazyCodecs({ producers: [{ config: { 'compression.type': 'snappy' } }] })).toBe(
      true,
    );
    expect(needsLazyCodecs({ do: 'setConfig', key: 'compression.type', value: 'none' })).toBe(
      false,
    );
    for (const s of STARTERS)
      expect(needsLazyCodecs(s.scenario), s.id).toBe(s.id === 'fast-compression');
  });

  it('the stand-ins refuse before loading, then match pako and the engine byte for byte', async () => {
    const data = new TextEncoder().encode('restaurant-42 '.repeat(50));
    expect(lazyCodecsReady()).toBe(false);
    expect(() => pakoStandIn.deflateRaw(data)).toThrow(/not loaded/);
    expect(() => fzstdStandIn.decompress(new Uint8Array(4))).toThrow(/not loaded/);
    expect(() => snappyStandIn.snappyXerialCompress(data)).toThrow(/not loaded/);
    expect(() => lz4StandIn.lz4FrameCompress(data)).toThrow(/not loaded/);
    await loadLazyCodecs();
    expect(lazyCodecsReady()).toBe(true);
    const opts = { level: 6 as const, windowBits: 15, memLevel: 8, strategy: 0 };
    expect(pakoStandIn.deflateRaw(data, opts)).toEqual(pako.deflateRaw(data, opts));
    const gz = gzipCompress(data);
    expect(pakoStandIn.ungzip(gz)).toEqual(gzipDecompress(gz));
    expect(snappyStandIn.snappyXerialCompress(data)).toEqual(snappyXerialCompress(data));
    expect(snappyStandIn.snappyXerialDecompress(snappyXerialCompress(data))).toEqual(data);
    expect(lz4StandIn.lz4FrameCompress(data)).toEqual(lz4FrameCompress(data));
    expect(lz4StandIn.lz4FrameDecompress(lz4FrameCompress(data))).toEqual(data);
    await prepareCodecs();
    expect(fzstdStandIn.decompress(zstdCompress(data))).toEqual(data);
  });
});
