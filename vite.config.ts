import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/**
 * The Content-Security-Policy of the built app. Everything it loads comes from its own origin:
 * scripts and workers from 'self' only, no inline script and no eval; styles from the built
 * stylesheet only (React and framer-motion set style properties through the CSSOM, which CSP does
 * not govern, so no 'unsafe-inline'); no plugins, no <base>. Downloads are blob: links, which
 * img-src does not govern. Images may also be data: URLs, in img-src only (see there). No
 * WebAssembly: the zstd compressor is left out of the build (see noZstdWasm below).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  // data: for the exporter's modern-screenshot (the view as a data: SVG image); images run no JS.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Puts the policy into the built index.html as a <meta> tag, so any static host enforces it. Only
 * in the build: the dev server needs an inline script (React refresh) and inline <style> (CSS
 * hot reload). `vite preview` also sends it as a header (see `preview.headers` below).
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'kafkascope-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html))
          throw new Error('index.html: no <meta charset> to put the CSP after');
        return html.replace(charset, (m) => `${m}\n    ${meta}`);
      },
    },
  };
}

/**
 * The page never compresses with zstd: the engine's zstd compressor is libzstd in WebAssembly
 * (@bokuweb/zstd-wasm, a 252 kB .wasm), loaded only by prepareCodecs(), which the CLI and the tests
 * call and the page does not (the CSP above forbids compiling WebAssembly). A scenario asking for
 * zstd is refused in the page with codec.zstdNotReady, and the storage view decodes zstd batches
 * with fzstd (pure JS; codecSupport('zstd').compress is false there). So the build swaps the
 * package for a stub whose init() fails, and the .wasm is not emitted. Tests (vitest: not a
 * build) and the CLI (tsx) load the real package.
 */
function noZstdWasm(): Plugin {
  const stub = '\0kafkascope:zstd-wasm-stub';
  return {
    name: 'kafkascope-no-zstd-wasm',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id === '@bokuweb/zstd-wasm' ? stub : null;
    },
    load(id) {
      if (id !== stub) return null;
      return [
        "const unavailable = () => new Error('zstd compression is not part of the browser build');",
        'export function init() { return Promise.reject(unavailable()); }',
        'export function compress() { throw unavailable(); }',
      ].join('\n');
    },
  };
}

/**
 * The engine's gzip (pako, 14 kB gzipped), zstd decompression (fzstd, 3 kB), snappy and lz4 (its
 * own ports, 3.5 kB) are synchronous calls that most runs never make. In the build, `import …
 * from 'pako'` and `'fzstd'`, and CompressionType's imports of the snappy and lz4 ports, resolve
 * to stand-ins (src/store/codecs/) that fetch the module on demand — the store loads them before
 * a run that names a codec (src/store/lazyCodecs.ts) — so none is in the first download.
 * The stand-ins' own imports resolve normally. Tests (vitest: not a build) and the CLI (tsx)
 * import the packages themselves.
 */
function codecsOnDemand(): Plugin {
  const shimOf = (name: string) =>
    fileURLToPath(new URL(`./src/store/codecs/${name}OnDemand.ts`, import.meta.url));
  const shims = new Map(['pako', 'fzstd'].map((pkg) => [pkg, shimOf(pkg)]));
  // The engine's own snappy and lz4 ports, as CompressionType imports them.
  const engineShims = new Map([
    ['./SnappyCompression', shimOf('snappy')],
    ['./KafkaLZ4BlockOutputStream', shimOf('lz4')],
  ]);
  const compressionType = fileURLToPath(
    new URL('./src/engine/record/CompressionType.ts', import.meta.url),
  );
  return {
    name: 'kafkascope-codecs-on-demand',
    apply: 'build',
    enforce: 'pre',
    resolveId(id, importer) {
      if (importer === compressionType) return engineShims.get(id) ?? null;
      const shim = shims.get(id);
      return shim !== undefined && importer !== shim ? shim : null;
    },
  };
}

/**
 * Engine parts most runs never use, fetched on demand: each is reached by the rest of the engine
 * through one module, which the build swaps for a stand-in in src/store (live bindings that throw
 * until loaded); the store loads the real one before a run that names it (src/store/lazyModules.ts).
 * The stand-in's own import resolves normally. Tests and the CLI import the modules themselves.
 *  - KIP-848's consumer group protocol (~8 kB gzipped; a run naming group.protocol);
 *  - ZooKeeper mode (~10 kB; a run naming zookeeper);
 *  - the sticky assignors (~1 kB; a run naming sticky);
 *  - the log cleaner (~1 kB; a run naming compaction, segments or rolling, and every page once
 *    idle after opening);
 *  - the record batch encoder (~3 kB: batch v2 bytes, CRC-32C; a run naming a codec, the storage
 *    view, and every page once idle after opening).
 */
const ENGINE_PARTS_ON_DEMAND: [engineModule: string, standIn: string][] = [
  ['sim/consumerGroupProtocol', 'consumerProtocolOnDemand'],
  ['sim/zookeeperMode', 'zookeeperModeOnDemand'],
  ['clients/consumer/stickyAssignors', 'stickyAssignorsOnDemand'],
  ['log/logCleaner', 'logCleanerOnDemand'],
  ['record/recordBatchEncoder', 'recordBatchEncoderOnDemand'],
];

function enginePartsOnDemand(): Plugin {
  const parts = ENGINE_PARTS_ON_DEMAND.map(([real, standIn]) => ({
    name: `/${real.split('/').pop()}`,
    real: fileURLToPath(new URL(`./src/engine/${real}.ts`, import.meta.url)),
    standIn: fileURLToPath(new URL(`./src/store/${standIn}.ts`, import.meta.url)),
  }));
  return {
    name: 'kafkascope-engine-parts-on-demand',
    apply: 'build',
    enforce: 'pre',
    async resolveId(id, importer) {
      const part = parts.find((p) => id.endsWith(p.name));
      if (!part || importer === part.standIn) return null;
      const resolved = await this.resolve(id, importer, { skipSelf: true });
      return resolved?.id === part.real ? part.standIn : null;
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    noZstdWasm(),
    codecsOnDemand(),
    enginePartsOnDemand(),
  ],
  base: './',
  build: {
    // The initial chunk is one on purpose (see codeSplitting); what counts is its gzipped size,
    // which e2e/weight.spec.ts holds under 200 kB. Raw it is about 660 kB.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // Everything the page runs before its first frame (the entry and what it imports
        // statically, '$initial'): one chunk. Split by which on-demand chunks also import each
        // module, it was a dozen chunks, which gzip about 4 kB worse than one (issue #12: the
        // initial JS must stay under 200 kB) and each cost a request. Then the engine's modules
        // that only parts fetched on demand share (the consumer protocol, ZooKeeper mode, the
        // views): one chunk, not one per pair of importers, for the same reason.
        codeSplitting: {
          groups: [
            { name: 'initial', tags: ['$initial'] },
            { name: 'engine', test: /[\\/]src[\\/]engine[\\/]/, minShareCount: 2 },
          ],
        },
      },
    },
  },
  // The why-fast sweep's worker (src/store/sweep) runs the engine: the same on-demand swaps as the
  // page (workers get their own plugins), and ES modules for its chunks fetched on demand.
  worker: {
    format: 'es',
    plugins: () => [noZstdWasm(), codecsOnDemand(), enginePartsOnDemand()],
  },
  preview: {
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    setupFiles: ['src/test/setup.ts'],
    testTimeout: 20000,
    environment: 'node',
  },
});
