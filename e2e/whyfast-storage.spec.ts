// The why-fast view's storage panels, used the way a person would: the lagging-consumer starter
// shows the live group served from memory, then the replay from offset 0 reading from the disk;
// switching a group to TLS moves its fetches off the zero-copy path as the engine counts them;
// the many-partitions starter shows what writeback costs on each broker. Screenshots in both
// languages at 1280×800 and 640×400 go to e2e/screenshots/ (git-ignored) for a human look.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, setSpeed, simMs } from './helpers';

const SHOTS = 'e2e/screenshots';

async function openAt(page: Page, starter: string, lang: 'en' | 'ko', t: number): Promise<void> {
  await page.goto(`./?scenario=${starter}&view=whyfast&lang=${lang}&t=${t}`);
  await expect(page.getByTestId('whyfast-view')).toBeVisible();
  await expect.poll(() => simMs(page), { timeout: 20_000 }).toBe(t);
}

async function ratioOf(page: Page, group: string): Promise<number> {
  const v = await page
    .getByTestId('wf-cache-groups')
    .locator(`[data-group="${group}"]`)
    .getAttribute('data-ratio');
  return v === '' || v === null ? NaN : Number(v);
}

/** Play at 10× until the clock reaches `ms`, then pause. */
async function runUntil(page: Page, ms: number): Promise<void> {
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => simMs(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(ms);
  await page.getByTestId('play-toggle').click();
}

test('a caught-up consumer reads from memory; a replay from offset 0 reads from the disk', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openAt(page, 'fast-lagging-consumer', 'en', 12_000);
  await expect(page.getByTestId('wf-cache-broker-1')).toHaveAttribute('data-hit-ratio', '1');
  expect(await ratioOf(page, 'live')).toBe(1);
  // The segment bar: part of the log is in memory, the rest only on the disk.
  const seg = page.getByTestId('wf-residency-1').locator('[data-segment^="clicks-0/"]').first();
  const resident = Number(await seg.getAttribute('data-resident'));
  const pages = Number(await seg.getAttribute('data-pages'));
  expect(resident).toBeGreaterThan(0);
  expect(resident).toBeLessThan(pages);
  await expect(page.getByTestId('wf-copy-last')).toHaveAttribute('data-path', 'sendfile');
  await page.screenshot({ path: `${SHOTS}/whyfast-storage-1280-en.png`, fullPage: true });

  await openAt(page, 'fast-lagging-consumer', 'en', 25_000);
  expect(await ratioOf(page, 'replay')).toBeLessThan(0.2);
  expect(await ratioOf(page, 'live')).toBeLessThan(1);
  await page.screenshot({ path: `${SHOTS}/whyfast-storage-replay-1280-en.png`, fullPage: true });
  for (const panel of ['wf-seq', 'wf-cache', 'wf-copy'])
    await page.getByTestId(panel).screenshot({ path: `${SHOTS}/whyfast-storage-${panel}-en.png` });
  expect(errors).toEqual([]);
});

test('TLS on a group turns zero-copy off in the engine’s counts', async ({ page }) => {
  const errors = collectErrors(page);
  await openAt(page, 'fast-lagging-consumer', 'en', 5000);
  const actual = page.getByTestId('wf-copy-totals').locator('[data-path="actual"]');
  await expect(actual).toHaveAttribute('data-cpu', '0');
  const tls = page.getByTestId('wf-tls-live');
  await expect(tls).not.toBeChecked();
  await tls.check();
  await expect(tls).toBeChecked();
  // The members restart on the SSL listener and rejoin; then their fetches are encrypted.
  await runUntil(page, 12_000);
  expect(Number(await page.getByTestId('wf-copy-totals').getAttribute('data-ssl'))).toBeGreaterThan(
    0,
  );
  expect(Number(await actual.getAttribute('data-cpu'))).toBeGreaterThan(0);
  // The copy path would still have made more copies than zero-copy ever does.
  const readWrite = page.getByTestId('wf-copy-totals').locator('[data-path="readWrite"]');
  expect(Number(await readWrite.getAttribute('data-cpu'))).toBeGreaterThan(0);
  await page.screenshot({ path: `${SHOTS}/whyfast-storage-tls-1280-en.png`, fullPage: true });
  expect(errors).toEqual([]);
});

test('many partitions: writeback on broker 2 costs more, in both languages and at 640×400', async ({
  page,
}) => {
  const errors = collectErrors(page);
  for (const lang of ['en', 'ko'] as const) {
    await openAt(page, 'fast-many-partitions', lang, 20_000);
    const busy = async (id: number): Promise<number> =>
      Number(await page.getByTestId(`wf-seq-broker-${id}`).getAttribute('data-sequential-ms'));
    expect(await busy(2)).toBeGreaterThan(5 * (await busy(1)));
    await expect(page.getByTestId('wf-seq-ratio-2')).toBeVisible();
    await page.screenshot({
      path: `${SHOTS}/whyfast-storage-many-1280-${lang}.png`,
      fullPage: true,
    });
    await page
      .getByTestId('wf-cache')
      .screenshot({ path: `${SHOTS}/whyfast-storage-many-cache-${lang}.png` });
  }
  await page.setViewportSize({ width: 640, height: 400 });
  for (const lang of ['en', 'ko'] as const) {
    await openAt(page, 'fast-lagging-consumer', lang, 25_000);
    await expect(page.getByTestId('wf-cache')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/whyfast-storage-640-${lang}.png`, fullPage: true });
    for (const panel of ['wf-seq', 'wf-cache', 'wf-copy'])
      await page
        .getByTestId(panel)
        .screenshot({ path: `${SHOTS}/whyfast-storage-${panel}-640-${lang}.png` });
  }
  expect(errors).toEqual([]);
});

test('the storage panels pass axe in both languages and both themes', async ({ page }) => {
  for (const lang of ['en', 'ko'] as const) {
    await openAt(page, 'fast-lagging-consumer', lang, 25_000);
    for (const theme of ['light', 'dark'] as const) {
      const html = page.locator('html');
      if ((await html.getAttribute('data-theme')) !== theme)
        await page.getByTestId('theme-switch').click();
      await expect(html).toHaveAttribute('data-theme', theme);
      const found = await new AxeBuilder({ page })
        .include('[data-testid="wf-seq"]')
        .include('[data-testid="wf-cache"]')
        .include('[data-testid="wf-copy"]')
        .analyze();
      const serious = found.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(
        serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    }
  }
});
