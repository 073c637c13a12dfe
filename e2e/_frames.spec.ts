import { test } from '@playwright/test';
test('frames', async ({ page }) => {
  test.setTimeout(120000);
  await page.goto('./?lang=en&scenario=waiting-events');
  for (let shot = 0; shot < 3; shot++) {
    for (let i = 0; i < 400; i++) {
      await page.getByTestId('step').click();
      const n = await page.locator('.flight-records').count();
      if (n > 0) break;
    }
    const info = await page.evaluate(() => {
      const g = [...document.querySelectorAll('.flight-records')].map((e) => e.firstElementChild?.getAttribute('transform'));
      const cont = document.querySelector('.cluster')!.getBoundingClientRect();
      const r = (sel: string) => { const b = document.querySelector(sel)!.getBoundingClientRect(); return [b.left - cont.left, b.top - cont.top, b.width, b.height].map(Math.round).join(','); };
      return { g, cont: [cont.left, cont.top], p1: r('[data-testid=producer-p1]'), t: document.querySelector('[data-testid=sim-time]')!.getAttribute('data-ms') };
    });
    console.log(JSON.stringify(info));
    await page.screenshot({ path: `e2e/screenshots/frame-${shot}.png` });
    // move on past this flight
    for (let i = 0; i < 5; i++) await page.getByTestId('step').click();
  }
});
