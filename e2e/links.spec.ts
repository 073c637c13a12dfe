// Share links (issue #11 items 4 and 7), used as a person would: act in the app, copy the link,
// open it in a fresh browser and find the same screen — the test hooks and the engine snapshot
// (a hash of it on the copy-link panel). A damaged or hostile link opens the default scenario
// with a message naming what is wrong; the reader's theme and language survive a reload, and a
// link's own language wins over the stored one.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, open, setSpeed, simMs } from './helpers';

const SHOTS = 'e2e/screenshots';

/** Play until the clock has passed `ms`, then pause. */
async function playPast(page: Page, ms: number): Promise<void> {
  const toggle = page.getByTestId('play-toggle');
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await expect.poll(() => simMs(page), { timeout: 20_000 }).toBeGreaterThan(ms);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
}

/** Every hook the design fixes for the cluster view, as one comparable object. */
async function hooks(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate(() => {
    const out: Record<string, string | null> = {};
    for (const el of document.querySelectorAll('[data-testid]')) {
      const id = el.getAttribute('data-testid')!;
      if (/^broker-\d+$/.test(id)) out[id] = el.getAttribute('data-status');
      else if (/^partition-.+-\d+$/.test(id))
        out[id] = ['data-leader', 'data-isr', 'data-hw'].map((a) => el.getAttribute(a)).join('|');
      else if (/^consumer-/.test(id)) out[id] = el.getAttribute('data-assignment');
      else if (id === 'sim-time') out[id] = el.getAttribute('data-ms');
    }
    return out;
  });
}

/** Click "Copy link" and read the link and the snapshot hash from its panel. */
async function copyLink(page: Page): Promise<{ url: string; hash: string }> {
  await page.getByTestId('copy-link').click();
  const panel = page.getByTestId('share-panel');
  await expect(panel).toBeVisible();
  const url = await page.getByTestId('share-url').inputValue();
  const hash = (await panel.getAttribute('data-snapshot-hash')) ?? '';
  await panel.getByRole('button').click();
  return { url, hash };
}

test('a link copied after three actions opens the same snapshot at the same moment', async ({
  page,
  browser,
}) => {
  const errors = collectErrors(page);
  await open(page, 'lang=en&scenario=waiting-events');
  await setSpeed(page, 5);
  await playPast(page, 1500);
  // 1. Kill broker 2 with its control.
  await page.getByTestId('broker-2-kill').click();
  await expect(page.getByTestId('broker-2')).toHaveAttribute('data-status', 'offline');
  await playPast(page, (await simMs(page)) + 1500);
  // 2. Produce a record from the form.
  await page.getByTestId('produce-key').fill('restaurant-42');
  await page.getByTestId('produce-value').fill('식탁 4명 <b>table</b>');
  await page.getByTestId('produce-submit').click();
  await playPast(page, (await simMs(page)) + 1500);
  // 3. Restart broker 2.
  await page.getByTestId('broker-2-restart').click();
  await playPast(page, (await simMs(page)) + 800);
  // The reader's settings travel too.
  await page.getByTestId('lang-ko').click();
  await page.getByTestId('theme-switch').click();
  const theme = await page.evaluate(() => document.documentElement.dataset.theme);

  const author = await hooks(page);
  const { url, hash } = await copyLink(page);
  expect(url).toMatch(/[?&]scenario=waiting-events/);
  expect(url).toMatch(/[?&]lang=ko/);
  expect(url).toMatch(/#v=1&actions=/);
  expect(Number(new URL(url).searchParams.get('t'))).toBe(Number(author['sim-time']));
  await page.screenshot({ path: `${SHOTS}/links-author.png` });
  // The address bar holds the same link, so a reload shows the same screen.
  await expect.poll(() => page.url()).toBe(url);

  // A fresh browser (no storage, no history) opens the link.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const reader = await context.newPage();
  const readerErrors = collectErrors(reader);
  await reader.goto(url);
  await expect(reader.getByTestId('sim-time')).toHaveAttribute('data-ms', author['sim-time']!);
  await expect.poll(() => hooks(reader)).toEqual(author);
  await expect(reader.getByTestId('error-banner')).toHaveCount(0);
  await expect(reader.locator('html')).toHaveAttribute('lang', 'ko');
  expect(await reader.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
  await expect(reader.getByTestId('play-toggle')).toHaveAttribute('aria-pressed', 'false');
  // The same engine snapshot, and the reader's own link is the author's.
  const again = await copyLink(reader);
  expect(again.hash).toBe(hash);
  expect(again.url).toBe(url);
  await reader.screenshot({ path: `${SHOTS}/links-reader.png` });
  expect(readerErrors).toEqual([]);
  await context.close();

  await page.reload();
  await expect(page.getByTestId('sim-time')).toHaveAttribute('data-ms', author['sim-time']!);
  await expect.poll(() => hooks(page)).toEqual(author);
  expect(errors).toEqual([]);
});

test('the selected partition and replica travel with the link', async ({ page, browser }) => {
  await open(page, 'lang=en&scenario=waiting-events&view=storage');
  await page.getByTestId('storage-broker').selectOption('3');
  const replica = page.getByTestId('storage-replica');
  const options = await replica
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const choice = options.at(-1)!;
  await replica.selectOption(choice);
  const { url } = await copyLink(page);
  expect(url).toMatch(/[?&]view=storage/);
  expect(url).toMatch(/[?&]broker=3/);

  const context = await browser.newContext();
  const reader = await context.newPage();
  await reader.goto(url);
  await expect(reader.getByTestId('storage-broker')).toHaveValue('3');
  await expect(reader.getByTestId('storage-replica')).toHaveValue(choice);
  await context.close();
});

test('a damaged link shows what is wrong, in the page language, and the default scenario', async ({
  page,
}) => {
  const errors = collectErrors(page);
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  // A truncated action log.
  await page.goto('./?lang=en&scenario=replication-zombie-leader#v=1&actions=N4IgLgng');
  const banner = page.getByTestId('error-banner');
  await expect(banner).toContainText('could not be opened as written');
  await expect(banner).toContainText('#actions');
  await expect(page.getByTestId('broker-1')).toBeVisible();
  await expect(page.getByTestId('scenario-picker')).toHaveValue('waiting-events');
  await expect(page.getByTestId('sim-time')).toHaveAttribute('data-ms', '0');
  await page.screenshot({ path: `${SHOTS}/links-damaged.png` });

  // Markup in a link is text, never HTML: nothing it names is created.
  const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
  await page.goto(`./?lang=ko&view=${hostile}#scenario=${hostile}`);
  await expect(banner).toContainText('이 링크를 적힌 그대로 열 수 없어');
  await expect(banner).toContainText('#scenario');
  await expect(banner).toContainText('<img src=x onerror=alert(1)>'.slice(0, 20));
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.getByTestId('broker-1')).toBeVisible();

  // A link from a newer format says why it does not open.
  await page.goto('./?lang=en&scenario=waiting-events#v=99&actions=x');
  await expect(banner).toContainText('newer KafkaScope');
  expect(errors).toEqual([]);
});

test('a link from before links carried the run still opens', async ({ page }) => {
  await page.goto('./?lang=ko&scenario=replication-zombie-leader&view=replication');
  await expect(page.getByTestId('scenario-picker')).toHaveValue('replication-zombie-leader');
  await expect(page.getByTestId('view-tab-replication')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
});

test('theme and language survive a reload; a link’s own language wins', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('broker-1')).toBeVisible();
  // Once the address is a link, a switch is written into it at once, so a reload right after
  // the switch (before the whole address is rewritten) does not reopen the old setting.
  await expect(page).toHaveURL(/[?&]lang=en/);
  await page.getByTestId('lang-ko').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  expect(await page.evaluate(() => location.search)).toContain('lang=ko');
  if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== 'dark') {
    await page.getByTestId('theme-switch').click();
    expect(await page.evaluate(() => location.search)).toContain('theme=dark');
  }
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The bare address, with nothing in it but what the browser stored.
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // A link's own settings win, and are not stored as the reader's.
  await page.goto('./?lang=en&theme=light');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByTestId('copy-link')).toHaveText('Copy link');
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the copy-link panel: the link selected, readable by keyboard and screen reader', async ({
  page,
}) => {
  for (const [lang, theme] of [
    ['en', 'light'],
    ['ko', 'dark'],
  ] as const) {
    await open(page, `lang=${lang}&theme=${theme}&scenario=log-segments`);
    await page.getByTestId('copy-link').click();
    const panel = page.getByTestId('share-panel');
    await expect(panel).toBeVisible();
    await expect(page.getByTestId('share-url')).toBeFocused();
    const url = await page.getByTestId('share-url').inputValue();
    expect(url).toMatch(/\?scenario=log-segments&t=0&/);
    const results = await new AxeBuilder({ page }).include('.share-panel').analyze();
    const serious = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact!));
    expect(serious.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/links-panel-${lang}-${theme}.png` });
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(page.getByTestId('copy-link')).toBeFocused();
  }
});
