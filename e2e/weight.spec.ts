// What the first download leaves out, and that it comes when needed (issue #12 item 8): the texts
// of the language not shown (fetched when the reader switches, and the page switches only once they
// are here, so no text shows as its key), the gzip codec (pako), zstd decompression (fzstd) and
// the engine's snappy and lz4 ports, fetched only for a run that names them — the engine
// compresses with them in the page as in Node. The initial JavaScript (the entry script and its
// modulepreloads) stays under 200 kB gzipped, without the share link's code (lz-string), which a
// plain visit fetches only when it writes the address, nor the learn store, which comes with the
// Learn list (or a link to a walkthrough step).
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import lzString from 'lz-string';
import { collectErrors } from './helpers';

/** Every script the page fetched, by file name. */
function scripts(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') urls.push(new URL(r.url()).pathname.split('/').pop()!);
  });
  return urls;
}

/** The default page, paused in English, once it has fetched all it fetches by itself. */
async function openQuiet(page: Page): Promise<void> {
  await page.goto('./?lang=en&autoplay=0');
  await expect(page.getByTestId('broker-1')).toBeVisible();
  await page.waitForLoadState('networkidle');
}

/**
 * The scripts index.html loads before anything runs: module entry and modulepreloads, as the
 * served index.html lists them. (Not the live document's: code the page fetches once idle after
 * opening adds modulepreload links of its own, and is not part of the first download.)
 */
async function initialScripts(page: Page): Promise<string[]> {
  const html = await (await page.request.get(page.url())).text();
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return [...doc.querySelectorAll('link[rel="modulepreload"], script[type="module"][src]')].map(
      (e) => (e.getAttribute('href') ?? e.getAttribute('src'))!,
    );
  }, html);
}

test('the initial JavaScript is under 200 kB gzipped; a plain visit fetches the link code later', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const fetched = scripts(page);
  await page.goto('./');
  const initial = await initialScripts(page);
  let gzipped = 0;
  for (const src of initial) {
    const body = await (await page.request.get(new URL(src, page.url()).href)).body();
    gzipped += gzipSync(body, { level: 9 }).length;
  }
  expect(gzipped).toBeLessThanOrEqual(200_000);
  expect(initial.filter((f) => /shareLink-/.test(f))).toEqual([]);
  await expect(page.getByTestId('broker-1')).toBeVisible();
  // The address follows the screen: the link code arrives and writes it.
  await expect(page).toHaveURL(/\?scenario=[\w-]+&t=\d+&.*#v=1$/);
  expect(fetched.some((f) => f.startsWith('shareLink-'))).toBe(true);
  // Copy link works with it.
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('share-url')).toHaveValue(/\?scenario=[\w-]+&t=\d+/);
  expect(errors).toEqual([]);
});

test('the learn store comes with the Learn list; the walkthrough it opens is written into the address', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const fetched = scripts(page);
  await openQuiet(page);
  expect(fetched.filter((f) => /^learn-/.test(f))).toEqual([]);
  await page.getByTestId('learn-button').click();
  const list = page.getByTestId('learn-list');
  await list.getByTestId('learn-start-replication-acks-all').click();
  await expect(list).toBeHidden();
  expect(fetched.some((f) => /^learn-/.test(f))).toBe(true);
  const player = page.getByTestId('learn-player');
  await expect(player).toHaveAttribute('data-step', '1');
  await page.keyboard.press('n');
  await expect(player).toHaveAttribute('data-step', '2');
  await expect(page).toHaveURL(/[?&]walkthrough=replication-acks-all&step=2(&|#)/);
  expect(errors).toEqual([]);
});

const gzipScenario = {
  version: 1,
  seed: 3,
  cluster: { brokers: 1 },
  topics: [{ name: 'orders', partitions: 1, replicationFactor: 1 }],
  producers: [
    {
      id: 'p1',
      config: { acks: 1, 'linger.ms': 50, 'compression.type': 'gzip' },
      workload: { topic: 'orders', ratePerSec: 50, keys: ['customer-1'], valueBytes: 100 },
    },
  ],
  consumerGroups: [],
  actions: [],
};

test('the default page fetches no codec; a gzip run fetches pako and stores gzip batches', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const fetched = scripts(page);
  await openQuiet(page);
  expect(
    fetched.filter((f) => /^(pako|esm|SnappyCompression|KafkaLZ4BlockOutputStream)[.-]/.test(f)),
  ).toEqual([]);

  const link = `v=1&scenario=${lzString.compressToEncodedURIComponent(JSON.stringify(gzipScenario))}`;
  await page.goto(`./?lang=en&view=storage&t=3000#${link}`);
  await expect(page.getByTestId('storage-view')).toBeVisible();
  expect(fetched.some((f) => f.startsWith('pako'))).toBe(true);
  await expect(page.getByTestId('hex-field-attributes')).toContainText('gzip');
  await expect(page.getByTestId('hex-field-crc')).toContainText('CRC-32C matches');
  await expect(page.getByTestId('hex-field-records')).toContainText('compressed with gzip');
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('an lz4 run fetches the engine’s lz4 port and stores lz4 batches', async ({ page }) => {
  const errors = collectErrors(page);
  const fetched = scripts(page);
  const lz4 = structuredClone(gzipScenario);
  lz4.producers[0]!.config['compression.type'] = 'lz4';
  const link = `v=1&scenario=${lzString.compressToEncodedURIComponent(JSON.stringify(lz4))}`;
  await page.goto(`./?lang=en&view=storage&t=3000#${link}`);
  await expect(page.getByTestId('storage-view')).toBeVisible();
  expect(fetched.some((f) => f.startsWith('KafkaLZ4BlockOutputStream'))).toBe(true);
  await expect(page.getByTestId('hex-field-attributes')).toContainText('lz4');
  await expect(page.getByTestId('hex-field-crc')).toContainText('CRC-32C matches');
  await expect(page.getByTestId('hex-field-records')).toContainText('compressed with lz4');
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  expect(errors).toEqual([]);
});

/** The language chunks (src/content/i18n/en.ts, ko.ts) among the scripts fetched. */
const langChunks = (fetched: string[]) => fetched.filter((f) => /^(en|ko)-[\w-]+\.js$/.test(f));

test('only the page language’s texts come with the page; the other comes on a switch, never as keys', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const fetched = scripts(page);
  await page.goto('./?lang=en&autoplay=0');
  await expect(page.getByTestId('view-tab-cluster')).toHaveText('Cluster');
  await page.waitForLoadState('networkidle');
  // Neither language is an initial chunk (index.html preloads none); only English was fetched.
  const preloads = await page
    .locator('link[rel="modulepreload"], script[type="module"][src]')
    .evaluateAll((els) =>
      els.map((e) => (e.getAttribute('href') ?? e.getAttribute('src'))!.split('/').pop()!),
    );
  expect(langChunks(preloads)).toEqual([]);
  expect(langChunks(fetched).map((f) => f.slice(0, 2))).toEqual(['en']);

  // The Korean texts arrive slowly: until then the page stays English, with no key showing.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/ko-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByTestId('lang-ko').click();
  await page.waitForTimeout(300);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('view-tab-cluster')).toHaveText('Cluster');
  const body = await page.locator('body').innerText();
  expect(body).not.toMatch(/\b(view|header|app|captions|replica)\.[a-z]+/);
  release();
  await expect(page.getByTestId('view-tab-cluster')).toHaveText('클러스터');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  expect(langChunks(fetched).map((f) => f.slice(0, 2))).toEqual(['en', 'ko']);

  // Switching back is immediate (English is here already) and fetches nothing.
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('view-tab-cluster')).toHaveText('Cluster');
  expect(langChunks(fetched)).toHaveLength(2);
  expect(errors).toEqual([]);
});

test('a Korean page fetches the Korean texts only', async ({ page }) => {
  const fetched = scripts(page);
  await page.goto('./?lang=ko&autoplay=0');
  await expect(page.getByTestId('view-tab-cluster')).toHaveText('클러스터');
  await page.waitForLoadState('networkidle');
  expect(langChunks(fetched).map((f) => f.slice(0, 2))).toEqual(['ko']);
});

test('a view’s own texts come with it, and with the language switched to', async ({ page }) => {
  const errors = collectErrors(page);
  const fetched = scripts(page);
  await page.goto('./?lang=en&view=storage&autoplay=0');
  const view = page.getByTestId('storage-view');
  await expect(view).toHaveAttribute('aria-label', 'Log storage of one partition replica');
  await expect(view).toContainText('Log directory');
  expect(fetched.some((f) => /^storage-[\w-]+\.js$/.test(f))).toBe(true);
  expect(fetched.some((f) => f.startsWith('storage.ko-'))).toBe(false);

  await page.getByTestId('lang-ko').click();
  await expect(view).toHaveAttribute('aria-label', '파티션 replica 하나의 로그 저장소');
  expect(fetched.some((f) => f.startsWith('storage.ko-'))).toBe(true);
  expect(await page.locator('body').innerText()).not.toMatch(/\bstorage\.[a-z]+/);
  expect(errors).toEqual([]);
});
