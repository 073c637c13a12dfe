// Export, as a person would use it: open the Export dialog, save the view as a PNG (and the
// storage view's segment map as SVG), render a stretch of the run as a GIF. The files are
// decoded here — the PNG's IHDR chunk, the GIF's blocks frame by frame — and checked against the
// view's size; the GIF is rendered twice to show it depends on the run only, not the machine's
// pace; the run is back where it was afterwards, and nothing broke the page's CSP.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { collectErrors, setSpeed, simMs } from './helpers';

const SHOTS = 'e2e/screenshots';
/** The band with the title and time above the captured view (src/ui/export/plan.ts). */
const BAND_PX = 32;

interface Violation {
  directive: string;
  blocked: string;
}

async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as Window & { __cspViolations?: Violation[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations!.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
    );
  });
}

async function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(
    () => (window as Window & { __cspViolations?: Violation[] }).__cspViolations ?? [],
  );
}

async function bytesOf(download: Download): Promise<Buffer> {
  return readFile((await download.path())!);
}

/** A PNG's size from its IHDR chunk (the first chunk after the 8-byte signature). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

interface GifInfo {
  width: number;
  height: number;
  frames: { left: number; top: number; width: number; height: number; delayCs: number }[];
  /** Each frame's compressed image data (its LZW sub-blocks), to compare frames. */
  data: Buffer[];
  loops: number | null;
}

/** Walk a GIF's blocks: the logical screen, each image descriptor, the graphic controls. */
function parseGif(gif: Buffer): GifInfo {
  expect(gif.subarray(0, 6).toString('latin1')).toBe('GIF89a');
  const width = gif.readUInt16LE(6);
  const height = gif.readUInt16LE(8);
  const packed = gif[10]!;
  let p = 13;
  if (packed & 0x80) p += 3 * (1 << ((packed & 7) + 1));
  const skipSubBlocks = () => {
    while (gif[p] !== 0) p += gif[p]! + 1;
    p += 1;
  };
  const frames: GifInfo['frames'] = [];
  const data: Buffer[] = [];
  let delayCs = 0;
  let loops: number | null = null;
  for (;;) {
    const block = gif[p++];
    if (block === 0x3b) break; // trailer
    if (block === 0x21) {
      const label = gif[p++];
      if (label === 0xf9) {
        delayCs = gif.readUInt16LE(p + 2);
        p += gif[p]! + 1;
        skipSubBlocks();
      } else if (label === 0xff) {
        const app = gif.subarray(p + 1, p + 12).toString('latin1');
        if (app === 'NETSCAPE2.0') loops = gif.readUInt16LE(p + 12 + 2);
        p += gif[p]! + 1;
        skipSubBlocks();
      } else {
        skipSubBlocks();
      }
    } else if (block === 0x2c) {
      const frame = {
        left: gif.readUInt16LE(p),
        top: gif.readUInt16LE(p + 2),
        width: gif.readUInt16LE(p + 4),
        height: gif.readUInt16LE(p + 6),
        delayCs,
      };
      const local = gif[p + 8]!;
      p += 9;
      if (local & 0x80) p += 3 * (1 << ((local & 7) + 1));
      p += 1; // LZW minimum code size
      const start = p;
      skipSubBlocks();
      frames.push(frame);
      data.push(gif.subarray(start, p));
    } else {
      throw new Error(`unexpected GIF block 0x${block?.toString(16)} at ${p - 1}`);
    }
    if (p > gif.length) throw new Error('GIF ends inside a block');
  }
  return { width, height, frames, data, loops };
}

async function viewSize(page: Page): Promise<{ width: number; height: number }> {
  return page
    .locator('main.app-main')
    .evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
}

async function playTo(page: Page, ms: number): Promise<void> {
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => simMs(page), { timeout: 20_000 }).toBeGreaterThan(ms);
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('play-toggle')).toHaveAttribute('aria-pressed', 'false');
}

test('the view as a PNG, at 1× and 2×, and the segment map as SVG', async ({ page }) => {
  const errors = collectErrors(page);
  await watchViolations(page);
  await page.goto('./?lang=en&scenario=log-segments&view=storage&autoplay=0');
  await expect(page.getByTestId('storage-view')).toBeVisible();
  await playTo(page, 6000);
  const size = await viewSize(page);
  await page.getByTestId('export-button').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await dialog.screenshot({ path: `${SHOTS}/export-dialog-en.png` });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  for (const scale of [1, 2]) {
    await page.getByTestId('export-scale').selectOption(String(scale));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-png').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kafkascope-log-segments-storage-t\d+\.png$/);
    const png = await bytesOf(download);
    expect(pngSize(png)).toEqual({
      width: Math.round(size.width * scale),
      height: Math.round((size.height + BAND_PX) * scale),
    });
    await download.saveAs(`${SHOTS}/export-storage-${scale}x.png`);
    await expect(page.getByTestId('export-status')).toHaveAttribute('data-state', 'done');
  }

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-svg').click(),
  ]);
  expect(svgDownload.suggestedFilename()).toMatch(/segment-map-t\d+\.svg$/);
  const svg = (await bytesOf(svgDownload)).toString('utf8');
  expect(svg.startsWith('<?xml')).toBe(true);
  const root = /<svg [^>]*>/.exec(svg)![0];
  expect(root).toContain('xmlns="http://www.w3.org/2000/svg"');
  const mapWidth = await page
    .getByTestId('segment-map')
    .evaluate((el) => Math.round(el.getBoundingClientRect().width));
  expect(root).toContain(`width="${mapWidth}"`);
  // The batches drawn, their CSS resolved into attributes, and the link back.
  const batches = await page.getByTestId('log-batch').count();
  expect(batches).toBeGreaterThan(0);
  expect(svg.match(/data-testid="log-batch"/g)?.length).toBe(batches);
  expect(svg).not.toContain('class=');
  expect(svg).toMatch(/<a href="http:\/\/127\.0\.0\.1:\d+\/\?[^"]*scenario=log-segments/);

  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('a stretch of the run as a GIF: frames at the simulated times, the same file twice', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await watchViolations(page);
  await page.goto('./?lang=ko&scenario=replication-kill-two-brokers&view=cluster&autoplay=0');
  await expect(page.getByTestId('broker-1')).toBeVisible();
  await playTo(page, 3000);
  const before = await simMs(page);
  const size = await viewSize(page);

  await page.getByTestId('export-button').click();
  await page.getByTestId('export-from').fill('7');
  await page.getByTestId('export-to').fill('9');
  await page.getByTestId('export-fps').selectOption('5');
  // 7.0, 7.2, … 9.0 s: eleven frames, each shown for 200 ms.
  await expect(page.getByTestId('export-gif-summary')).toContainText('11');

  const render = async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('export-gif').click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'kafkascope-replication-kill-two-brokers-cluster-7000-9000ms.gif',
    );
    return bytesOf(download);
  };
  const first = await render();
  const gif = parseGif(first);
  expect({ width: gif.width, height: gif.height }).toEqual({
    width: size.width,
    height: size.height + BAND_PX,
  });
  expect(gif.frames).toHaveLength(11);
  for (const f of gif.frames)
    expect(f).toEqual({
      left: 0,
      top: 0,
      width: size.width,
      height: size.height + BAND_PX,
      delayCs: 20,
    });
  expect(gif.loops).toBe(0);
  // Frames differ from one simulated moment to the next (the clock in the band, at least).
  for (let i = 1; i < gif.data.length; i++)
    expect(gif.data[i]!.equals(gif.data[i - 1]!), `frame ${i} repeats frame ${i - 1}`).toBe(false);
  await expect(page.getByTestId('export-status')).toHaveAttribute('data-frames', '11');
  // The run is back where it was, paused.
  expect(await simMs(page)).toBe(before);

  const second = await render();
  expect(second.equals(first), 'the same stretch renders to the same bytes').toBe(true);

  // Half size.
  await page.getByTestId('export-gif-scale').selectOption('0.5');
  await page.getByTestId('export-to').fill('7.4');
  const [small] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId('export-gif').click(),
  ]);
  const half = parseGif(await bytesOf(small));
  expect(half.frames).toHaveLength(3);
  expect(half.width).toBe(Math.round(size.width * 0.5));
  expect(half.height).toBe(Math.round(size.height * 0.5) + BAND_PX / 2);

  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('a long render shows its progress and can be cancelled; the run is put back', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('./?lang=en&scenario=waiting-events&view=cluster&autoplay=0');
  await expect(page.getByTestId('broker-1')).toBeVisible();
  await playTo(page, 2000);
  const before = await simMs(page);
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-from').fill('0');
  await page.getByTestId('export-to').fill('20');
  await page.getByTestId('export-fps').selectOption('10');
  await expect(page.getByTestId('export-gif-summary')).toContainText('201 frames');
  // Longer than 20 simulated seconds is refused in words.
  await page.getByTestId('export-to').fill('20.5');
  await expect(page.getByRole('alert')).toContainText('0.1 to 20 simulated seconds');
  await expect(page.getByTestId('export-gif')).toBeDisabled();
  await page.getByTestId('export-to').fill('20');

  await page.getByTestId('export-gif').click();
  await expect(page.getByTestId('export-progress')).toBeVisible();
  await expect
    .poll(async () => Number(await page.getByTestId('export-progress').getAttribute('value')))
    .toBeGreaterThan(2);
  // The dialog stays open while it renders: Escape does nothing, Cancel stops it.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await page.getByTestId('export-cancel').click();
  await expect(page.getByTestId('export-status')).toHaveAttribute('data-state', 'cancelled');
  expect(await simMs(page)).toBe(before);
  await page.getByTestId('export-dialog-close').click();
  await expect(page.getByTestId('export-dialog')).toHaveCount(0);
  expect(errors).toEqual([]);
});
