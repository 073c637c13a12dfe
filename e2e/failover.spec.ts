// The failover comparison in the controller view, used as a person would: start it, cancel it,
// start it again and, while the worker runs, move the page's clock; then read both series in the
// table and the chart, in English and Korean, light and dark (axe), and at 640×400. Screenshots go to
// e2e/screenshots/ (git-ignored) for a human look.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, open, simMs } from './helpers';

const SHOTS = process.env.FAILOVER_SHOTS ?? 'e2e/screenshots';
const COUNTS = [100, 1000, 3000, 10000];

/** No serious or critical axe violation in the comparison (its chart, table and texts). */
async function axeClean(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include('[data-testid="failover-comparison"]')
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`));
  expect(serious, `axe in ${where}`).toEqual([]);
}

async function openController(page: Page, lang: 'en' | 'ko'): Promise<void> {
  await open(page, `lang=${lang}&scenario=controller-failover`);
  await page.getByTestId('view-tab-controller').click();
  await expect(page.getByTestId('failover-comparison')).toBeVisible();
}

test('the failover comparison runs in a worker and shows both modes against partitions', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  await openController(page, 'en');
  const status = page.getByTestId('failover-status');
  await expect(status).toHaveAttribute('data-status', 'idle');

  await page.getByTestId('failover-run').click();
  await expect(status).toHaveAttribute('data-status', 'running');
  await expect(status).toContainText('of 24 runs');
  await page.getByTestId('failover-cancel').click();
  await expect(status).toHaveAttribute('data-status', 'cancelled');
  await expect(status).toHaveText('Cancelled.');

  await page.getByTestId('failover-run').click();
  await expect(status).toHaveAttribute('data-status', 'running');
  // The page answers while the worker runs: the clock moves a second on a key press.
  const t0 = await simMs(page);
  await page.locator('body').press('ArrowRight');
  await expect.poll(() => simMs(page)).toBeGreaterThan(t0);
  await expect(status).toHaveAttribute('data-status', 'done', { timeout: 200_000 });

  const table = page.getByTestId('failover-table');
  await expect(table.locator('tbody tr')).toHaveCount(8);
  for (const mode of ['kraft', 'zookeeper'])
    for (const n of COUNTS) {
      const row = page.getByTestId(`failover-row-${mode}-${n}`);
      await expect(row).toBeVisible();
      await expect(row.locator('th')).toHaveText(mode === 'kraft' ? 'KRaft' : 'ZooKeeper');
      expect(Number(await row.getAttribute('data-median'))).toBeGreaterThan(0);
    }
  const median = async (mode: string, n: number) =>
    Number(await page.getByTestId(`failover-row-${mode}-${n}`).getAttribute('data-median'));
  // What the chart is for: ZooKeeper's failover grows with partitions, KRaft's does not.
  expect(await median('zookeeper', 10000)).toBeGreaterThan(await median('zookeeper', 100));
  expect(await median('zookeeper', 10000)).toBeGreaterThan(await median('kraft', 10000));
  const chart = page.getByTestId('failover-chart');
  await expect(chart.locator('svg[role="img"]')).toHaveAttribute('aria-label', /KRaft, ZooKeeper/);
  await expect(chart.locator('.fo-series path')).toHaveCount(2);
  await expect(chart.locator('.fo-series circle')).toHaveCount(8);
  await page.getByTestId('failover-comparison').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/failover-1280-en.png`, fullPage: true });
  await axeClean(page, 'en, light');

  // The results stay with the page: in Korean, the same rows in Korean words.
  await page.getByTestId('lang-ko').click();
  await expect(page.getByTestId('failover-comparison')).toContainText('장애 조치 시간');
  await expect(page.getByTestId('failover-row-kraft-100')).toContainText('KRaft');
  await page.screenshot({ path: `${SHOTS}/failover-1280-ko.png`, fullPage: true });
  await page.getByTestId('theme-switch').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await axeClean(page, 'ko, dark');
  await page.screenshot({ path: `${SHOTS}/failover-1280-ko-dark.png`, fullPage: true });
  await page.setViewportSize({ width: 640, height: 400 });
  await page.getByTestId('failover-table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/failover-640-ko.png` });
  await page.getByTestId('lang-en').click();
  await page.getByTestId('failover-chart').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/failover-640-en.png` });
  expect(errors).toEqual([]);
});
