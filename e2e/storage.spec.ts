// The storage view, used the way a person would: open its tab, lower segment.bytes and produce
// until the active segment rolls, look an offset up and check the position against the batches
// drawn, read the magic byte in the hex inspector, switch the language. Screenshots land in
// e2e/screenshots/ (git-ignored) for a human look.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, open, setSpeed, simMs } from './helpers';

const SHOTS = 'e2e/screenshots';

/** Kafka's file name for a segment: its base offset in 20 digits. */
function segmentName(baseOffset: number, ext: string): string {
  return `${String(baseOffset).padStart(20, '0')}.${ext}`;
}

async function openStorage(page: Page, query: string): Promise<void> {
  await open(page, query);
  await page.getByTestId('view-tab-storage').click();
  await expect(page.getByTestId('storage-view')).toBeVisible();
}

/** The live (not `.deleted`) .log files of the listing, oldest first. */
function liveLogs(page: Page): Locator {
  return page.locator('[data-testid="segment-file"][data-kind="log"][data-deleted="false"]');
}

async function logEndOffset(page: Page): Promise<number> {
  const text = await page.getByTestId('storage-offsets').innerText();
  return Number(/log end offset\s+(\d+)/.exec(text)?.[1] ?? NaN);
}

/** The main area scrolls, not the page: screenshots show what a reader sees there. */
async function scrollMainTo(page: Page, y: number): Promise<void> {
  await page.mouse.move(0, 0);
  await page.locator('.app-main').evaluate((el, top) => el.scrollTo(0, top), y);
}

async function pause(page: Page): Promise<void> {
  const play = page.getByTestId('play-toggle');
  if ((await play.getAttribute('aria-pressed')) === 'true') await play.click();
  await expect(play).toHaveAttribute('aria-pressed', 'false');
}

test('lowering segment.bytes and producing rolls a second .log named by the next offset', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openStorage(page, 'lang=en&scenario=waiting-events');
  await expect(liveLogs(page)).toHaveCount(1);
  await expect(liveLogs(page).first()).toHaveAttribute('data-name', segmentName(0, 'log'));
  await expect(page.getByTestId('storage-dir')).toHaveAttribute('data-name', /^waiting-events-\d$/);

  // segment.bytes defaults to 1 GiB; 1024 is below what Kafka accepts, and the page says so.
  const setting = page.getByTestId('setting-segment.bytes');
  await expect(setting).toContainText('now 1073741824');
  await setting.getByRole('textbox').fill('1024');
  await expect(page.getByTestId('segment-bytes-note')).toContainText('1 MiB');
  await setting.getByRole('button', { name: 'Set' }).click();
  await expect(setting).toContainText('now 1024');
  await expect(page.getByTestId('segment-bytes-note')).toBeVisible();

  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => liveLogs(page).count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
  await pause(page);

  // The first segment is closed now: the second is named by the offset it stopped at.
  const first = liveLogs(page).nth(0);
  const second = liveLogs(page).nth(1);
  await expect(first).toHaveAttribute('data-active', 'false');
  const next = Number(await first.getAttribute('data-next-offset'));
  expect(next).toBeGreaterThan(0);
  await expect(second).toHaveAttribute('data-name', segmentName(next, 'log'));
  await expect(second).toHaveAttribute('data-base-offset', String(next));
  // …with its own .index and .timeindex, and the closed .log fits segment.bytes.
  for (const ext of ['index', 'timeindex'])
    await expect(
      page.locator(`[data-testid="segment-file"][data-name="${segmentName(next, ext)}"]`),
    ).toHaveCount(1);
  expect(Number(await first.getAttribute('data-size'))).toBeLessThanOrEqual(1024);
  // The engine's own trace agrees: a roll to that base offset is listed.
  await expect(page.getByTestId('storage-events')).toContainText(
    `Roll → ${segmentName(next, 'log')}`,
  );
  expect(errors).toEqual([]);
});

test('looking up an offset walks the index and ends at the batch position shown', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openStorage(page, 'lang=en&scenario=log-segments');
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => logEndOffset(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(16);
  await pause(page);

  // Look up the last offset of the first closed segment: past its first index entries.
  const first = liveLogs(page).first();
  const base = Number(await first.getAttribute('data-base-offset'));
  const target = Number(await first.getAttribute('data-next-offset')) - 1;
  expect(target).toBeGreaterThan(base);
  await page.getByTestId('lookup-offset').fill(String(target));
  await page.getByTestId('lookup-submit').click();
  // The steps play one by one before the result appears.
  await expect(page.getByTestId('lookup-progress')).toContainText(`offset ${target}`);
  const result = page.getByTestId('lookup-result');
  await expect(result).toBeVisible({ timeout: 20_000 });
  await expect(result).toHaveAttribute('data-offset', String(target));
  await expect(result).toHaveAttribute('data-segment', String(base));
  const position = Number(await result.getAttribute('data-position'));
  await expect(result).toContainText(`position ${position}`);
  await expect(page.getByTestId('lookup-steps')).toContainText('Binary search');

  // Cross-check with the segment drawn: the batch holding the target sits at that position,
  // and positions are the sizes of the batches before it, added up.
  const batches = await page.getByTestId('log-batch').evaluateAll((els) =>
    els.map((e) => ({
      position: Number(e.getAttribute('data-position')),
      base: Number(e.getAttribute('data-base-offset')),
      last: Number(e.getAttribute('data-last-offset')),
      size: Number(e.getAttribute('data-size')),
    })),
  );
  const holder = batches.find((b) => b.base <= target && target <= b.last);
  expect(holder?.position).toBe(position);
  let expected = 0;
  for (const b of batches.sort((a, b) => a.position - b.position)) {
    expect(b.position).toBe(expected);
    expected += b.size;
  }
  // The index entry the search used points at or before that position.
  const entries = await page.getByTestId('index-entry').evaluateAll((els) =>
    els.map((e) => ({
      offset: Number(e.getAttribute('data-offset')),
      position: Number(e.getAttribute('data-position')),
    })),
  );
  const floor = entries.filter((e) => e.offset <= target).at(-1);
  if (floor) expect(floor.position).toBeLessThanOrEqual(position);

  // The hex inspector opens the batch found; its magic byte is 2.
  await expect(page.getByTestId('hex-batch')).toHaveValue(String(position));
  const magic = page.getByTestId('hex-field-magic');
  await expect(magic).toContainText('magic');
  await expect(magic).toHaveAttribute('data-value', '2');
  await expect(magic).toHaveAttribute('data-start', '16');
  await magic.hover();
  const magicBytes = page.locator('.st-hexgrid [data-field="magic"]');
  await expect(magicBytes).toHaveCount(1);
  await expect(magicBytes).toHaveText('02');
  await expect(magicBytes).toHaveClass(/st-on/);
  await expect(page.getByTestId('hex-field-crc')).toContainText('CRC-32C matches');
  await expect(page.getByTestId('hex-field-baseOffset')).toHaveAttribute(
    'data-value',
    String(holder?.base),
  );

  await scrollMainTo(page, 0);
  await page.screenshot({ path: `${SHOTS}/storage-en-1280x800.png` });
  await scrollMainTo(page, 560);
  await magic.focus();
  await page.screenshot({ path: `${SHOTS}/storage-en-hex-1280x800.png` });
  expect(errors).toEqual([]);
});

test('switching the language changes the storage texts', async ({ page }) => {
  await openStorage(page, 'lang=en&scenario=log-segments');
  await expect(page.getByTestId('view-tab-storage')).toHaveText('Storage');
  await expect(page.getByRole('heading', { name: 'Log directory' })).toBeVisible();
  await expect(page.getByTestId('lookup-submit')).toHaveText('Look up');
  await page.getByTestId('lang-ko').click();
  await expect(page.getByTestId('view-tab-storage')).toHaveText('저장소');
  await expect(page.getByRole('heading', { name: '로그 디렉터리' })).toBeVisible();
  await expect(page.getByTestId('lookup-submit')).toHaveText('조회');
  await expect(page.getByTestId('hex-inspector')).toContainText('Hex 인스펙터');

  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => liveLogs(page).count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  await pause(page);
  await page.getByTestId('lookup-offset').fill('9');
  await page.getByTestId('lookup-submit').click();
  await expect(page.getByTestId('lookup-result')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('lookup-result')).toContainText('position');
  await scrollMainTo(page, 0);
  await page.screenshot({ path: `${SHOTS}/storage-ko-1280x800.png` });

  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('lookup-submit')).toHaveText('Look up');
});

test('retention renames old segments .deleted, then removes them', async ({ page }) => {
  const errors = collectErrors(page);
  await openStorage(page, 'lang=en&scenario=log-segments');
  // retention.ms is 20 s and the first retention check runs at 30 s: get close quickly, then
  // watch at 1× (file.delete.delay.ms is 5 s, so a .deleted file stays 5 s).
  await setSpeed(page, 100);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => simMs(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(26_000);
  await pause(page);
  await setSpeed(page, 1);
  await page.getByTestId('play-toggle').click();
  const deleted = page.locator(
    '[data-testid="segment-file"][data-deleted="true"][data-kind="log"]',
  );
  await expect(deleted.first()).toBeVisible({ timeout: 15_000 });
  const name = await deleted.first().getAttribute('data-name');
  expect(name).toMatch(/^\d{20}\.log\.deleted$/);
  await expect(deleted.first()).toContainText('retention.ms');
  await expect(page.getByTestId('storage-events')).toContainText('renamed .deleted');
  // The log start offset moved past the deleted segment.
  const base = Number(name!.slice(0, 20));
  await expect
    .poll(async () => {
      const text = await page.getByTestId('storage-offsets').innerText();
      return Number(/log start offset\s+(\d+)/.exec(text)?.[1] ?? -1);
    })
    .toBeGreaterThan(base);
  await expect(page.locator(`[data-testid="segment-file"][data-name="${name}"]`)).toHaveCount(0, {
    timeout: 15_000,
  });
  await expect(page.getByTestId('storage-events')).toContainText('removed from disk');
  expect(errors).toEqual([]);
});

test('the download buttons save the segment files under Kafka’s names', async ({ page }) => {
  await openStorage(page, 'lang=en&scenario=log-segments');
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => liveLogs(page).count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
  await pause(page);
  // Show the first (closed) segment, then save its three files.
  const first = liveLogs(page).first();
  const base = Number(await first.getAttribute('data-base-offset'));
  await first.getByRole('button').click();
  for (const kind of ['log', 'index', 'timeindex']) {
    const row = page.locator(
      `[data-testid="segment-file"][data-name="${segmentName(base, kind)}"]`,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(`download-${kind}`).click(),
    ]);
    expect(download.suggestedFilename()).toBe(segmentName(base, kind));
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    expect(bytes.length).toBe(Number(await row.getAttribute('data-size')));
    if (kind === 'log') {
      expect(Number(bytes.readBigInt64BE(0))).toBe(base); // first batch's baseOffset
      expect(bytes[16]).toBe(2); // magic
    }
  }
});

test('embedded at 640×400 the storage view fits without sideways scrolling', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto('./?embed=1&lang=en&scenario=log-segments&view=storage');
  await expect(page.getByTestId('storage-view')).toBeVisible();
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => liveLogs(page).count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
  await pause(page);
  await page.screenshot({ path: `${SHOTS}/storage-embed-640x400.png` });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
});

test('dark theme and reduced motion: a lookup shows every step at once', async ({ browser }) => {
  const context = await browser.newContext({
    colorScheme: 'dark',
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  await openStorage(page, 'lang=en&scenario=log-segments');
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => logEndOffset(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(10);
  await pause(page);
  await page.getByTestId('lookup-offset').fill('5');
  await page.getByTestId('lookup-submit').click();
  // No step-by-step animation: the result is there at once, with every step listed.
  await expect(page.getByTestId('lookup-result')).toBeVisible({ timeout: 1_000 });
  await expect(page.getByTestId('lookup-result')).toHaveAttribute('data-offset', '5');
  await page.screenshot({ path: `${SHOTS}/storage-dark-1280x800.png` });
  await context.close();
});

test('keyboard: the lookup and a setting work without a mouse', async ({ page }) => {
  await openStorage(page, 'lang=en&scenario=log-segments');
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => logEndOffset(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  await pause(page);
  await page.getByTestId('lookup-offset').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lookup-result')).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('lookup-result')).toHaveAttribute('data-offset', '0');
  // Tab from the offset field reaches the Look up button.
  await page.getByTestId('lookup-offset').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('lookup-submit')).toBeFocused();
});

test('a refused setting shows the reason in the page language, and the banner names the field', async ({
  page,
}) => {
  const errors = collectErrors(page);
  for (const [lang, reason] of [
    ['en', 'Invalid value big for configuration segment.bytes: Not a number of type INT'],
    ['ko', '설정 segment.bytes의 값 big은(는) 사용할 수 없습니다.'],
  ] as const) {
    await openStorage(page, `lang=${lang}&scenario=waiting-events`);
    const setting = page.getByTestId('setting-segment.bytes');
    await setting.getByRole('textbox').fill('big');
    await page.getByTestId('setting-segment.bytes-apply').click();
    // The engine refuses with a code; the words come from src/content/errors.
    await expect(setting.getByRole('alert')).toContainText(reason);
    await expect(page.getByTestId('error-banner')).toContainText('action.value');
    await expect(page.getByTestId('error-banner')).toContainText(reason);
  }
  expect(errors).toEqual([]);
});
