// `npm run bench:ui`: how the built page paints under load and how much it downloads. It builds
// the app (`vite build` into a temporary directory), serves it with `vite preview` on its own
// port, opens it in headless Chromium (Debian's /usr/bin/chromium, or Playwright's own) and
// prints figures; it asserts nothing and never fails on a number.
//
//   - bundle: every JavaScript chunk, raw and gzipped, the initial ones (the entry script and
//     its modulepreloads) summed; then what the first render also waits for: the page language's
//     texts (each language is a chunk fetched on demand, found through the build's manifest);
//   - paint: first paint, first contentful paint and the moment the app shows broker 1, from a
//     cold load (a fresh browser context each time; median of --loads);
//   - frames: a link plays a 1,000 records/s scenario (6 partitions, RF 3, 3 consumers) at 1×;
//     after a warm-up, for --seconds of wall time, every requestAnimationFrame is timed (frame
//     time p50/p95/p99, fps), long tasks are counted (PerformanceObserver 'longtask', > 50 ms)
//     and the simulated time gained is divided by the wall time (1.00× keeps up with real time);
//   - with --counts, one more run of the same load counts the work per second that does not
//     depend on the machine's load: React commits and components rendered (through the devtools
//     hook React calls on each commit), DOM mutations (a MutationObserver), style recalcs and
//     layouts (Chromium's Performance.getMetrics) and compositor layers at the end (LayerTree);
//     the probes cost time, so that run's frame times are not comparable and are not printed;
//   - at scale (bench/scaleScenario.ts: 50 brokers, 30,000 replicas): a cold load to the cluster
//     overview and its element count, each view's tab to its view on screen, then frames while it
//     plays at 1× in each view of --scale-views (default: cluster; skip the whole case with
//     --no-scale).
//
//   npm run bench:ui -- [--runs=3] [--seconds=10] [--warmup=2] [--loads=3] [--rate=1000]
//                       [--width=1440 --height=900] [--view=cluster] [--port=4815]
//                       [--no-build] [--out-dir=<dir>] [--bundle-only] [--no-scale] [--counts]
//                       [--frames-only] (no bundle and cold load figures)
//                       [--scale-views=cluster,replication,storage]
//   (--no-build --out-dir=<dir>: measure a build made elsewhere, e.g. of an older commit)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chromiumArgs, systemChromium } from '../e2e/chromium';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import lzString from 'lz-string';
import type { Scenario } from '../src/engine';
import { scaleScenario } from './scaleScenario';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const num = (name: string, fallback: number) => {
  const v = Number(flag(name));
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const RUNS = flag('runs') === '0' ? 0 : num('runs', 3); // 0: --counts alone
const SECONDS = num('seconds', 10);
const WARMUP = num('warmup', 2);
const LOADS = num('loads', 3);
const RATE = num('rate', 1000);
const WIDTH = num('width', 1440);
const HEIGHT = num('height', 900);
const PORT = num('port', 4815);
const VIEW = flag('view') ?? 'cluster';
const BUILD = !args.includes('--no-build');
const BUNDLE_ONLY = args.includes('--bundle-only');
const SCALE = !args.includes('--no-scale');
const COUNTS = args.includes('--counts');
const FRAMES_ONLY = args.includes('--frames-only');
const SCALE_PLAY_VIEWS = (flag('scale-views') ?? 'cluster').split(',').filter(Boolean);

const ROOT = join(import.meta.dirname, '..');
const OUT = flag('out-dir') ?? join(tmpdir(), 'kafkascope-bench-ui');
const BASE = `http://127.0.0.1:${PORT}/`;

/** The load: RATE keyed records/s into 6 partitions (RF 3) read by a group of 3. */
function loadScenario(rate: number): Scenario {
  return {
    version: 1,
    seed: 7,
    cluster: { brokers: 3 },
    topics: [
      {
        name: 'orders',
        partitions: 6,
        replicationFactor: 3,
        config: { 'min.insync.replicas': 2 },
      },
    ],
    producers: [
      {
        id: 'p1',
        config: { acks: 'all', 'linger.ms': 5 },
        workload: {
          topic: 'orders',
          ratePerSec: rate,
          keys: Array.from({ length: 12 }, (_, i) => `customer-${i + 1}`),
          valueBytes: 100,
        },
      },
    ],
    consumerGroups: [{ id: 'billing', topics: ['orders'], members: 3 }],
    actions: [],
  };
}

function loadLink(): string {
  const fragment = `v=1&scenario=${lzString.compressToEncodedURIComponent(JSON.stringify(loadScenario(RATE)))}`;
  return `${BASE}?speed=1&autoplay=1&view=${VIEW}&lang=en&theme=light#${fragment}`;
}

// ---------------------------------------------------------------- bundle

interface Chunk {
  file: string;
  raw: number;
  gzip: number;
  initial: boolean;
  /** The texts of one language (src/content/i18n/<lang>.ts), fetched before the first render. */
  lang?: string;
}

/** Each language's chunk, from the build's manifest (vite build --manifest); none without one. */
function langChunks(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  let manifest: Record<string, { file: string }>;
  try {
    manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<
      string,
      { file: string }
    >;
  } catch {
    return out;
  }
  for (const lang of ['en', 'ko']) {
    const entry = manifest[`src/content/i18n/${lang}.ts`];
    if (entry) out.set(entry.file, lang);
  }
  return out;
}

function bundle(dir: string): Chunk[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const initial = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="\.?\/?([^"]+\.js)"/g)) initial.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\.?\/?([^"]+\.js)"/g))
    initial.add(m[1]!);
  const langs = langChunks(dir);
  const assets = join(dir, 'assets');
  return readdirSync(assets)
    .filter((f) => /\.(js|wasm|css)$/.test(f))
    .map((f) => {
      const bytes = readFileSync(join(assets, f));
      return {
        file: `assets/${f}`,
        raw: statSync(join(assets, f)).size,
        gzip: gzipSync(bytes, { level: 9 }).length,
        initial: initial.has(`assets/${f}`),
        ...(langs.has(`assets/${f}`) ? { lang: langs.get(`assets/${f}`) } : {}),
      };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.raw - a.raw);
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

function printBundle(chunks: Chunk[]): void {
  console.log('\nBundle (gzip level 9; initial = entry script + modulepreloads)');
  const w = Math.max(...chunks.map((c) => c.file.length));
  for (const c of chunks)
    console.log(
      `  ${c.initial ? '*' : c.lang ? '+' : ' '} ${c.file.padEnd(w)}  ${kb(c.raw).padStart(9)}  gz ${kb(c.gzip).padStart(8)}`,
    );
  const js = chunks.filter((c) => c.file.endsWith('.js'));
  const init = js.filter((c) => c.initial);
  const sum = (cs: Chunk[], k: 'raw' | 'gzip') => cs.reduce((s, c) => s + c[k], 0);
  console.log(
    `  initial JS: ${init.length} chunk(s), ${kb(sum(init, 'raw'))}, gzipped ${kb(sum(init, 'gzip'))}`,
  );
  for (const lang of js.filter((c) => c.lang))
    console.log(
      `  + ${lang.lang} texts: ${kb(lang.gzip)} gzipped: the first render in ${lang.lang} waits for ${kb(sum(init, 'gzip') + lang.gzip)} gzipped`,
    );
  console.log(
    `  all JS:     ${js.length} chunk(s), ${kb(sum(js, 'raw'))}, gzipped ${kb(sum(js, 'gzip'))}`,
  );
  const wasm = chunks.filter((c) => c.file.endsWith('.wasm'));
  console.log(
    `  wasm:       ${wasm.length === 0 ? 'none' : wasm.map((c) => `${c.file} ${kb(c.raw)}`).join(', ')}`,
  );
}

// ---------------------------------------------------------------- page

/** Installed before the page's own scripts: frame times, long tasks, paint entries. */
const PROBE = `(() => {
  const probe = { frames: [], longTasks: [], recording: false };
  window.__benchProbe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (probe.recording) probe.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  } catch {}
  const loop = (t) => {
    if (probe.recording) probe.frames.push(t);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})();`;

/**
 * Installed before the page's scripts for --counts: React's devtools hook (React calls
 * onCommitFiberRoot on every commit, production builds too) counts commits and the components
 * that rendered in each — walked as React DevTools does: a subtree whose child list was not
 * cloned did not render; a component rendered if its PerformedWork flag (1) is set or it is new
 * — and a MutationObserver counts DOM changes. Both count only while `recording`.
 */
const COUNT_PROBE = `(() => {
  const c = { recording: false, frames: 0, commits: 0, rendered: 0, mounted: 0, added: 0, removed: 0,
    attributes: 0, text: 0, byName: {} };
  window.__benchCounts = c;
  const COMPONENT = new Set([0, 1, 11, 14, 15]);
  const nameOf = (t) => t && (t.displayName || t.name || nameOf(t.type) || nameOf(t.render)) || '?';
  const hit = (f) => {
    c.rendered++;
    const n = nameOf(f.type);
    c.byName[n] = (c.byName[n] || 0) + 1;
  };
  const visit = (next, prev) => {
    if (!prev) {
      if (COMPONENT.has(next.tag)) { hit(next); c.mounted++; }
      for (let ch = next.child; ch; ch = ch.sibling) visit(ch, null);
      return;
    }
    if (COMPONENT.has(next.tag) && (next.flags & 1)) hit(next);
    if (next.child !== prev.child)
      for (let ch = next.child; ch; ch = ch.sibling) visit(ch, ch.alternate);
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), isDisabled: false,
    inject() { return 1; }, checkDCE() {}, onScheduleFiberRoot() {}, onPostCommitFiberRoot() {},
    onCommitFiberUnmount() {}, setStrictMode() {},
    onCommitFiberRoot(_id, root) {
      if (!c.recording) return;
      c.commits++;
      visit(root.current, root.current.alternate);
    },
  };
  const size = (nodes) => {
    let n = 0;
    for (const x of nodes) n += 1 + (x.getElementsByTagName ? x.getElementsByTagName('*').length : 0);
    return n;
  };
  const watch = () => new MutationObserver((list) => {
    if (!c.recording) return;
    for (const m of list) {
      // Nodes with their subtrees (an element built detached is inserted as one).
      if (m.type === 'childList') { c.added += size(m.addedNodes); c.removed += size(m.removedNodes); }
      else if (m.type === 'attributes') c.attributes++;
      else c.text++;
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  // Canvas redraws (each begins with clearRect) between two animation frames.
  c.clears = [];
  let clears = 0;
  const clearRect = CanvasRenderingContext2D.prototype.clearRect;
  CanvasRenderingContext2D.prototype.clearRect = function (...a) { clears++; return clearRect.apply(this, a); };
  const loop = () => {
    if (c.recording) { c.frames++; c.clears.push(clears); }
    clears = 0;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  if (document.documentElement) watch(); else document.addEventListener('readystatechange', watch, { once: true });
})();`;

interface Counts {
  seconds: number;
  frames: number;
  /** Canvas redraws (clearRect calls) per frame. */
  clears: number[];
  commits: number;
  rendered: number;
  mounted: number;
  added: number;
  removed: number;
  attributes: number;
  text: number;
  byName: Record<string, number>;
  /** Chromium's Performance.getMetrics, the measured stretch's difference. */
  metrics: Record<string, number>;
  layers: number;
}

/** One run of the load with COUNT_PROBE and Chromium's counters: work per second. */
async function countRun(browser: Browser): Promise<Counts> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
  const page = await context.newPage();
  await page.addInitScript(COUNT_PROBE);
  await page.goto(loadLink());
  await page.getByTestId('broker-1').waitFor({ state: 'visible', timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let layers = 0;
  cdp.on('LayerTree.layerTreeDidChange', (e: { layers?: unknown[] }) => {
    if (e.layers) layers = e.layers.length;
  });
  await cdp.send('LayerTree.enable');
  await page.waitForTimeout(WARMUP * 1000);
  const metrics = async () => {
    const { metrics: m } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return Object.fromEntries(m.map((x) => [x.name, x.value]));
  };
  const before = await metrics();
  const t0 = await page.evaluate(() => {
    (window as unknown as { __benchCounts: { recording: boolean } }).__benchCounts.recording = true;
    return performance.now();
  });
  await page.waitForTimeout(SECONDS * 1000);
  const c = await page.evaluate((t: number) => {
    const k = (window as unknown as { __benchCounts: Record<string, unknown> }).__benchCounts;
    k.recording = false;
    return { ...k, seconds: (performance.now() - t) / 1000 };
  }, t0);
  const after = await metrics();
  await context.close();
  const diff: Record<string, number> = {};
  for (const name of Object.keys(after)) diff[name] = after[name]! - (before[name] ?? 0);
  return { ...(c as unknown as Counts), metrics: diff, layers };
}

function printCounts(c: Counts): void {
  const per = (n: number) => (n / c.seconds).toFixed(0);
  const m = c.metrics;
  const share = (k: string) => `${(((m[k] ?? 0) / c.seconds) * 100).toFixed(0)} %`;
  console.log(
    `  ${c.frames} frames in ${c.seconds.toFixed(1)} s; per frame: ${(c.commits / c.frames).toFixed(2)} React commits, ` +
      `${(c.rendered / c.frames).toFixed(1)} components rendered, ` +
      `${((c.added + c.removed) / c.frames).toFixed(1)} nodes added or removed, ` +
      `${(c.attributes / c.frames).toFixed(1)} attribute changes, ` +
      `${((m.RecalcStyleCount ?? 0) / c.frames).toFixed(2)} style recalcs, ${((m.LayoutCount ?? 0) / c.frames).toFixed(2)} layouts`,
  );
  const clears = [...c.clears].sort((a, b) => a - b);
  console.log(
    `  canvas redraws per frame: mean ${(clears.reduce((a, b) => a + b, 0) / clears.length).toFixed(2)}, ` +
      `p95 ${pct(clears, 95)}, max ${clears.at(-1) ?? 0}`,
  );
  console.log(
    `  per second: ${per(c.commits)} React commits, ${per(c.rendered)} components rendered ` +
      `(${per(c.mounted)} mounted); DOM: ${per(c.added)} nodes added, ${per(c.removed)} removed, ` +
      `${per(c.attributes)} attribute and ${per(c.text)} text changes; ` +
      `${per(m.RecalcStyleCount ?? 0)} style recalcs, ${per(m.LayoutCount ?? 0)} layouts`,
  );
  console.log(
    `  main thread: tasks ${share('TaskDuration')}, script ${share('ScriptDuration')}, ` +
      `style ${share('RecalcStyleDuration')}, layout ${share('LayoutDuration')}; ` +
      `${c.layers} compositor layers at the end; ` +
      `most rendered: ` +
      Object.entries(c.byName)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([n, k]) => `${n} ${per(k)}`)
        .join(', '),
  );
}

interface FrameRun {
  frameMs: number[];
  longTasks: number[];
  wallMs: number;
  simMs: number;
  cells: number;
  animations: number;
}

async function simNow(page: import('@playwright/test').Page): Promise<number> {
  return Number(await page.getByTestId('sim-time').getAttribute('data-ms'));
}

async function frameRun(browser: Browser): Promise<FrameRun> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(loadLink());
  await page.getByTestId('broker-1').waitFor({ state: 'visible', timeout: 60_000 });
  const run = await measureFrames(page);
  await context.close();
  return run;
}

/** After WARMUP s, every frame for SECONDS s of a page that is playing (PROBE installed). */
async function measureFrames(page: import('@playwright/test').Page): Promise<FrameRun> {
  await page.waitForTimeout(WARMUP * 1000);
  const sim0 = await simNow(page);
  const wall0 = await page.evaluate(() => {
    const probe = (
      window as unknown as {
        __benchProbe: { frames: number[]; longTasks: number[]; recording: boolean };
      }
    ).__benchProbe;
    // (a page measured again, in another view, starts a new record)
    probe.frames = [];
    probe.longTasks = [];
    probe.recording = true;
    return performance.now();
  });
  await page.waitForTimeout(SECONDS * 1000);
  const probe = await page.evaluate(() => {
    const p = (
      window as unknown as {
        __benchProbe: { frames: number[]; longTasks: number[]; recording: boolean };
      }
    ).__benchProbe;
    p.recording = false;
    return {
      now: performance.now(),
      frames: p.frames,
      longTasks: p.longTasks,
      cells: document.querySelectorAll('.cell').length,
      animations: document.getAnimations().length,
    };
  });
  const sim1 = await simNow(page);
  const frameMs: number[] = [];
  for (let i = 1; i < probe.frames.length; i++)
    frameMs.push(probe.frames[i]! - probe.frames[i - 1]!);
  return {
    frameMs,
    longTasks: probe.longTasks,
    wallMs: probe.now - wall0,
    simMs: sim1 - sim0,
    cells: probe.cells,
    animations: probe.animations,
  };
}

interface ScaleRun {
  /** From navigation to the cluster overview on screen, ms. */
  shownMs: number;
  elements: number;
  /** Each view's tab pressed → its view on screen, ms. */
  views: [string, number][];
  /** Playing at 1× in each view of SCALE_PLAY_VIEWS, in that order. */
  frames: [string, FrameRun][];
}

const SCALE_VIEWS: [tab: string, hook: string][] = [
  ['replication', 'replication-view'],
  ['storage', 'storage-view'],
  ['groups', 'groups-view'],
  ['whyfast', 'whyfast-view'],
  ['controller', 'controller-view'],
  ['cluster', 'cluster-overview'],
];

/**
 * The page at scale (bench/scaleScenario.ts: 50 brokers, 30,000 partition replicas, 1k records/s):
 * a cold load to the cluster overview, every view's tab, then playing at 1× in the cluster view.
 */
async function scaleRun(browser: Browser): Promise<ScaleRun> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  const fragment = `v=1&scenario=${lzString.compressToEncodedURIComponent(JSON.stringify(scaleScenario()))}`;
  await page.goto(`${BASE}?speed=1&autoplay=0&lang=en&theme=light#${fragment}`);
  await page.getByTestId('cluster-overview').waitFor({ state: 'visible', timeout: 120_000 });
  const shownMs = await page.evaluate(() => performance.now());
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const views: [string, number][] = [];
  for (const [tab, hook] of SCALE_VIEWS) {
    const t0 = Date.now();
    await page.getByTestId(`view-tab-${tab}`).click();
    await page.getByTestId(hook).waitFor({ state: 'visible', timeout: 60_000 });
    views.push([tab, Date.now() - t0]);
  }
  await page.getByTestId('play-toggle').click();
  const frames: [string, FrameRun][] = [];
  for (const view of SCALE_PLAY_VIEWS) {
    await page.getByTestId(`view-tab-${view}`).click();
    frames.push([view, await measureFrames(page)]);
  }
  await context.close();
  return { shownMs, elements, views, frames };
}

interface PaintRun {
  firstPaint: number | null;
  firstContentfulPaint: number | null;
  appShown: number;
}

async function paintRun(browser: Browser): Promise<PaintRun> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
  const page = await context.newPage();
  await page.goto(`${BASE}?lang=en&theme=light`);
  await page.getByTestId('broker-1').waitFor({ state: 'visible', timeout: 60_000 });
  const appShown = await page.evaluate(() => performance.now());
  const paints = await page.evaluate(() =>
    performance.getEntriesByType('paint').map((e) => ({ name: e.name, at: e.startTime })),
  );
  await context.close();
  const at = (name: string) => paints.find((p) => p.name === name)?.at ?? null;
  return {
    firstPaint: at('first-paint'),
    firstContentfulPaint: at('first-contentful-paint'),
    appShown,
  };
}

function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const median = (xs: number[]) =>
  pct(
    [...xs].sort((a, b) => a - b),
    50,
  );
const ms = (n: number | null) => (n === null || Number.isNaN(n) ? '—' : `${n.toFixed(1)} ms`);

function printFrames(i: number, r: FrameRun): void {
  const s = [...r.frameMs].sort((a, b) => a - b);
  const fps = (r.frameMs.length / r.wallMs) * 1000;
  const lt = r.longTasks;
  console.log(
    `  run ${i + 1}: frame p50 ${ms(pct(s, 50))}, p95 ${ms(pct(s, 95))}, p99 ${ms(pct(s, 99))}, ` +
      `max ${ms(s.at(-1) ?? NaN)}; ${fps.toFixed(1)} fps; ` +
      `long tasks ${lt.length} (${lt.reduce((a, b) => a + b, 0).toFixed(0)} ms, max ${ms(lt.length ? Math.max(...lt) : 0)}); ` +
      `sim ${(r.simMs / r.wallMs).toFixed(2)}× real time; ` +
      `${r.cells} offset cells, ${r.animations} running animations at the end`,
  );
}

// ---------------------------------------------------------------- main

function run(cmd: string, argv: string[]): void {
  const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} exited ${r.status}`);
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

async function main(): Promise<void> {
  if (BUILD) {
    rmSync(OUT, { recursive: true, force: true });
    run('npx', [
      'vite',
      'build',
      '--logLevel',
      'warn',
      '--manifest',
      '--outDir',
      OUT,
      '--emptyOutDir',
    ]);
  }
  if (!FRAMES_ONLY) printBundle(bundle(OUT));
  if (BUNDLE_ONLY) return;

  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--port',
      String(PORT),
      '--strictPort',
      '--host',
      '127.0.0.1',
      '--outDir',
      OUT,
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  const stop = () => {
    if (server.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  process.on('exit', stop);
  let browser: Browser | null = null;
  try {
    await waitForServer(BASE, server);
    browser = await chromium.launch({
      headless: true,
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: chromiumArgs,
    });
    console.log(
      `\nChromium ${browser.version()} headless, ${WIDTH}×${HEIGHT}; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );

    const paints: PaintRun[] = [];
    for (let i = 0; i < (FRAMES_ONLY ? 0 : LOADS); i++) paints.push(await paintRun(browser));
    const med = (k: keyof PaintRun) => {
      const xs = paints.map((p) => p[k]).filter((x): x is number => x !== null);
      return xs.length ? median(xs) : null;
    };
    if (!FRAMES_ONLY) console.log(`\nCold load (median of ${LOADS}; ms after navigation start)`);
    if (!FRAMES_ONLY)
      console.log(
        `  first paint ${ms(med('firstPaint'))}, first contentful paint ${ms(med('firstContentfulPaint'))}, ` +
          `app shows broker 1 ${ms(med('appShown'))}`,
      );

    console.log(
      `\nPlaying ${RATE} records/s (6 partitions, RF 3, 3 consumers) at 1× in the ${VIEW} view: ` +
        `${WARMUP} s warm-up, then ${SECONDS} s measured, ${RUNS} run(s)`,
    );
    const runs: FrameRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await frameRun(browser);
      runs.push(r);
      printFrames(i, r);
    }
    if (runs.length > 1) {
      const all = runs.flatMap((r) => r.frameMs).sort((a, b) => a - b);
      const wall = runs.reduce((s, r) => s + r.wallMs, 0);
      const sim = runs.reduce((s, r) => s + r.simMs, 0);
      const lts = runs.flatMap((r) => r.longTasks);
      console.log(
        `  all runs: frame p50 ${ms(pct(all, 50))}, p95 ${ms(pct(all, 95))}, p99 ${ms(pct(all, 99))}; ` +
          `${((all.length / wall) * 1000).toFixed(1)} fps; long tasks ${(lts.length / runs.length).toFixed(1)} per run; ` +
          `sim ${(sim / wall).toFixed(2)}× real time`,
      );
    }
    if (COUNTS) {
      console.log(`  counted (another run, probes on; ${SECONDS} s):`);
      printCounts(await countRun(browser));
    }
    if (SCALE) {
      console.log(
        `\nAt scale: 50 brokers, 10 topics × 1,000 partitions at RF 3 (30,000 replicas), 1k records/s`,
      );
      const r = await scaleRun(browser);
      console.log(
        `  cold load to the cluster overview ${ms(r.shownMs)}, ${r.elements} elements; tab to view: ` +
          r.views.map(([v, t]) => `${v} ${t} ms`).join(', '),
      );
      for (const [view, frames] of r.frames) {
        console.log(`  playing at 1× in the ${view} view (${WARMUP} s warm-up, ${SECONDS} s):`);
        printFrames(0, frames);
      }
    }
  } finally {
    await browser?.close();
    stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
