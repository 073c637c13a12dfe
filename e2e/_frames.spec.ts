import { test, expect } from '@playwright/test';
test('frames', async ({ page }) => {
  test.setTimeout(120000);
  await page.goto('./?lang=en&scenario=waiting-events');
  await page.getByTestId('speed').selectOption('0.1');
  await page.getByTestId('play-toggle').click();
  await expect.poll(async () => Number(await page.getByTestId('sim-time').getAttribute('data-ms')), { timeout: 60000 }).toBeGreaterThan(950);
  for (let i = 0; i < 8; i++) {
    await page.screenshot({ path: `e2e/screenshots/frame-${i}.png` });
    await page.waitForTimeout(250);
  }
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto('./?lang=ko&embed=1');
  await page.getByTestId('speed').selectOption('1');
  await page.getByTestId('play-toggle').click();
  await page.waitForTimeout(4000);
  await page.screenshot({ path: `e2e/screenshots/embed-ko.png` });
});
