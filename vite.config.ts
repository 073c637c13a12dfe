import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy of the built app. Everything it loads comes from its own origin:
 * scripts and workers from 'self' only, no inline script and no eval; styles from the built
 * stylesheet only (React and framer-motion set style properties through the CSSOM, which CSP does
 * not govern, so no 'unsafe-inline'); no plugins, no <base>. Downloads are blob: links, which
 * img-src does not govern. Images may also be data: URLs, in img-src only (see there). The zstd
 * WebAssembly compressor is bundled but never instantiated in the browser (decompression is pure
 * JS): a page that calls prepareCodecs() must add 'wasm-unsafe-eval' to script-src, and nothing
 * wider.
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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  preview: {
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    testTimeout: 20000,
    environment: 'node',
  },
});
