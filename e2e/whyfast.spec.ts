// The why-fast view, used the way a person would: open the compression starter on its tab, switch
// one producer's compression.type and see its bytes on the wire drop as the engine reports them,
// run a linger.ms sweep in the background (cancel one, finish another) and see both charts drawn
// with a point per run, in both languages and at 640×400. Screenshots go to e2e/screenshots/
// (git-ignored) for a human look.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, setSpeed, simMs } from './helpers';

const SHOTS = 'e2e/screenshots';

/** Open the starter on the view, paused at `t` ms. */
async function openWhyFast(page: Page, lang: 'en' | 'ko', t: number): Promise<void> {
  await page.goto(`./?scenario=fast-compression&view=whyfast&lang=${lang}&t=${t}`);
  await expect(page.getByTestId('whyfast-view')).toBeVisible();
  await expect(page.getByTestId('view-tab-whyfast')).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => simMs(page), { timeout: 15_000 }).toBe(t);
}

async function figure(page: Page, id: string): Promise<number> {
  const v = await page.getByTestId(id).getAttribute('data-value');
  return Number(v);
}

/** Play at 10× until the clock reaches `ms`, then pause. */
async function runUntil(page: Page, ms: number): Promise<void> {
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => simMs(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(ms);
  await page.getByTestId('play-toggle').click();
}

test('switching compression changes the bytes on the wire the engine reports', async ({ page }) => {
  const errors = collectErrors(page);
  await openWhyFast(page, 'en', 12_000);
  const before = await figure(page, 'wf-byte-rate-plain');
  const lz4 = await figure(page, 'wf-byte-rate-lz4');
  // Same records, same rate: compressed, the lz4 producer puts far fewer bytes on the wire.
  expect(before).toBeGreaterThan(10_000);
  expect(lz4).toBeLessThan(before / 3);
  expect(await figure(page, 'wf-compression-rate-plain')).toBe(1);
  await page.screenshot({ path: `${SHOTS}/whyfast-1280-en.png`, fullPage: true });

  await page.getByTestId('wf-set-compression.type-plain').selectOption('gzip');
  await expect(page.getByTestId('wf-set-compression.type-plain')).toHaveValue('gzip');
  // A whole metrics window (10 s) later, every batch in it went out compressed.
  await runUntil(page, 24_000);
  const after = await figure(page, 'wf-byte-rate-plain');
  expect(after).toBeLessThan(before / 3);
  expect(await figure(page, 'wf-compression-rate-plain')).toBeLessThan(0.3);
  // The other producer did not change.
  expect(await figure(page, 'wf-byte-rate-lz4')).toBeGreaterThan(lz4 * 0.9);
  expect(await figure(page, 'wf-byte-rate-lz4')).toBeLessThan(lz4 * 1.1);
  expect(errors).toEqual([]);
});

test('the record rate and linger.ms change live, through the one action path', async ({ page }) => {
  const errors = collectErrors(page);
  await openWhyFast(page, 'en', 12_000);
  expect(await figure(page, 'wf-record-send-rate-plain')).toBeCloseTo(40, 0);
  const perBatch = await figure(page, 'wf-records-per-batch-plain');
  await page.getByTestId('wf-set-rate-plain').selectOption('200');
  await page.getByTestId('wf-set-linger.ms-plain').selectOption('200');
  await runUntil(page, 24_000);
  expect(await figure(page, 'wf-record-send-rate-plain')).toBeGreaterThan(180);
  // 200 records/s waiting up to 200 ms: about 40 records a batch, from 2.
  expect(await figure(page, 'wf-records-per-batch-plain')).toBeGreaterThan(perBatch * 10);
  await expect(page.getByTestId('wf-set-rate-plain')).toHaveValue('200');
  expect(errors).toEqual([]);
});

test('a linger.ms sweep runs in a worker, can be cancelled, and draws its charts', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openWhyFast(page, 'en', 3000);
  const status = page.getByTestId('wf-sweep-status');

  await page.getByTestId('wf-sweep-run').click();
  await expect(status).toHaveAttribute('data-status', 'running');
  await page.getByTestId('wf-sweep-cancel').click();
  await expect(status).toHaveAttribute('data-status', 'cancelled');
  await expect(page.getByTestId('wf-sweep-run')).toBeVisible();

  await page.getByTestId('wf-sweep-run').click();
  await expect(status).toHaveAttribute('data-status', 'running');
  // The page answers while the sweep runs: the clock steps on a key press.
  const t0 = await simMs(page);
  await page.locator('body').press('.');
  await expect.poll(() => simMs(page)).toBeGreaterThan(t0);
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 60_000 });

  const chart = page.getByTestId('wf-sweep-chart');
  // Two charts, two series each, one point per linger.ms value.
  await expect(chart.locator('svg[role="img"]')).toHaveCount(2);
  await expect(chart.locator('.wf-series path')).toHaveCount(4);
  await expect(chart.locator('.wf-series circle')).toHaveCount(4 * 6);
  const rows = page.getByTestId('wf-sweep-table').locator('tbody tr');
  await expect(rows).toHaveCount(6);
  await page.locator('.wf-sweep-table summary').click();
  await expect(rows.first().locator('th')).toHaveText('0');
  await expect(rows.last().locator('th')).toHaveText('100');
  await page.screenshot({ path: `${SHOTS}/whyfast-sweep-1280-en.png`, fullPage: true });

  // Another scenario: the sweep was of the old run, so it is not shown for the new one.
  await page.getByTestId('scenario-picker').selectOption('waiting-events');
  await expect(page.getByTestId('wf-producer-p1')).toBeVisible();
  await expect(chart).toHaveCount(0);
  await expect(status).toHaveAttribute('data-status', 'idle');

  await page
    .getByTestId('lang-ko')
    .click()
    .catch(() => undefined);
  expect(errors).toEqual([]);
});

test('fits 640×400 and reads in Korean', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await openWhyFast(page, 'ko', 12_000);
  await expect(page.getByRole('heading', { name: 'Kafka가 빠른 이유' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '배치와 압축' })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/whyfast-640-ko.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/whyfast-390-ko.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${SHOTS}/whyfast-1280-ko.png`, fullPage: true });
});

test('the why-fast walkthrough: the reader raises linger.ms with the view’s own control', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('./?walkthrough=fast-why-kafka-is-fast&step=4&lang=en');
  const player = page.getByTestId('learn-player');
  await expect(player).toHaveAttribute('data-step', '4');
  await expect(page.getByTestId('whyfast-view')).toBeVisible();
  await expect(page.locator('[data-testid="wf-producer-plain"][data-learn-highlight]')).toHaveCount(
    1,
  );
  await expect(page.getByTestId('learn-text')).toContainText('records/s with linger.ms=50');
  await expect(player).toHaveAttribute('data-act', 'todo');
  await page.getByTestId('wf-set-linger.ms-plain').selectOption('200');
  await expect(player).toHaveAttribute('data-act', 'done');
  await page.keyboard.press('n');
  await expect(player).toHaveAttribute('data-step', '5');
  await expect(page.getByTestId('learn-text')).toContainText('With linger.ms=200');
  await expect(page.getByTestId('wf-set-linger.ms-plain')).toHaveValue('200');
  await page.screenshot({ path: `${SHOTS}/whyfast-walkthrough-1280-en.png` });
  await page.goto('./?walkthrough=fast-why-kafka-is-fast&step=6&lang=ko');
  await expect(player).toHaveAttribute('data-step', '6');
  await expect.poll(() => simMs(page), { timeout: 15_000 }).toBe(24_000);
  await expect(page.getByTestId('learn-text')).toContainText('lz4-events');
  await expect(page.getByTestId('learn-text')).not.toContainText('{');
  await page.screenshot({ path: `${SHOTS}/whyfast-walkthrough-1280-ko.png` });
  expect(errors).toEqual([]);
});
