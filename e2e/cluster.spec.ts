// The cluster view, used the way a person would: open it, play, send a record, switch
// language, embed it. Screenshots land in e2e/screenshots/ (git-ignored) for a human look.
import { expect, test } from '@playwright/test';
import lzString from 'lz-string';
import { collectErrors, expectedPartition, open, setSpeed, simMs } from './helpers';

const SHOTS = 'e2e/screenshots';

test('loads with brokers, partitions and consumers and no console error', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page, 'lang=en&scenario=waiting-events');
  await expect(page.getByTestId(/^broker-\d+$/)).toHaveCount(3);
  for (const b of [1, 2, 3]) {
    await expect(page.getByTestId(`broker-${b}`)).toHaveAttribute('data-status', 'online');
  }
  // Exactly one hook element per partition, naming its leader, ISR and high watermark.
  for (const p of [0, 1, 2]) {
    const part = page.getByTestId(`partition-waiting-events-${p}`);
    await expect(part).toHaveCount(1);
    await expect(part).toHaveAttribute('data-leader', /^\d+$/);
    await expect(part).toHaveAttribute('data-isr', /^\d+(,\d+)*$/);
    await expect(part).toHaveAttribute('data-hw', /^\d+$/);
  }
  await setSpeed(page, 5);
  await page.getByTestId('play-toggle').click();
  // After the group's first rebalance each of the three members owns one partition.
  const members = page.getByTestId(/^consumer-group-a-/);
  await expect(members).toHaveCount(3);
  await expect
    .poll(
      async () =>
        (
          await members.evaluateAll((els) => els.map((e) => e.getAttribute('data-assignment')))
        ).sort(),
      {
        timeout: 15_000,
      },
    )
    .toEqual(['waiting-events-0', 'waiting-events-1', 'waiting-events-2']);
  expect(errors).toEqual([]);
});

test('pressing play advances the simulated clock; step runs one event', async ({ page }) => {
  await open(page, 'lang=en');
  const start = await simMs(page);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => simMs(page)).toBeGreaterThan(start);
  await page.getByTestId('play-toggle').click(); // pause
  await expect(page.getByTestId('play-toggle')).toHaveAttribute('aria-pressed', 'false');
  const paused = await simMs(page);
  await page.waitForTimeout(300);
  expect(await simMs(page)).toBe(paused);
  // One step runs one event; events share milliseconds, so a few steps move the clock.
  for (let i = 0; i < 50 && (await simMs(page)) === paused; i++) {
    await page.getByTestId('step').click();
  }
  expect(await simMs(page)).toBeGreaterThan(paused);
  await expect(page.getByTestId('play-toggle')).toHaveAttribute('aria-pressed', 'false');
});

test('a record produced from the form lands in the partition its key hashes to', async ({
  page,
}) => {
  const errors = collectErrors(page);
  // This starter has no scripted restaurant-42 record, so the one we see is ours.
  await open(page, 'lang=en&scenario=more-consumers-than-partitions');
  const key = 'restaurant-42';
  const partition = expectedPartition('waiting-events', key, 3);

  await page.getByLabel('key', { exact: true }).fill(key);
  await page.getByLabel('value', { exact: true }).fill('table for 4');
  await page.getByRole('button', { name: 'Send' }).click();
  await setSpeed(page, 1);
  await page.getByTestId('play-toggle').click();

  const cell = page
    .getByTestId(`partition-waiting-events-${partition}`)
    .locator(`[data-key="${key}"]`);
  await expect(cell).toHaveCount(1, { timeout: 10_000 });
  await expect(cell).toHaveAttribute('data-offset', /^\d+$/);
  await expect(cell).toHaveAttribute('title', /table for 4/);
  for (const other of [0, 1, 2].filter((p) => p !== partition)) {
    await expect(
      page.getByTestId(`partition-waiting-events-${other}`).locator(`[data-key="${key}"]`),
    ).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});

test('a row gaining records faster than anyone reads is drawn on one canvas that still names each cell', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const busy = {
    version: 1,
    seed: 7,
    cluster: { brokers: 3 },
    topics: [{ name: 'orders', partitions: 3, replicationFactor: 3 }],
    producers: [
      {
        id: 'p1',
        config: { acks: 'all', 'linger.ms': 5 },
        workload: { topic: 'orders', ratePerSec: 600, keys: ['k1', 'k2', 'k3'], valueBytes: 20 },
      },
    ],
    consumerGroups: [],
    actions: [],
  };
  const link = `v=1&scenario=${lzString.compressToEncodedURIComponent(JSON.stringify(busy))}`;
  await page.goto(`./?lang=en&speed=1&autoplay=1#${link}`);
  const strip = page.getByTestId('partition-orders-0').getByTestId('cell-strip');
  await expect(strip).toBeVisible({ timeout: 10_000 });
  // No DOM cells in a strip row: the canvas draws them.
  await expect(page.getByTestId('partition-orders-0').locator('.cell')).toHaveCount(0);
  await page.getByTestId('play-toggle').click();
  const from = Number(await strip.getAttribute('data-from'));
  const to = Number(await strip.getAttribute('data-to'));
  expect(to).toBeGreaterThan(from);
  // The first cell (the leader's row starts with it) names its offset and key on hover.
  await strip.hover({ position: { x: 8, y: 8 } });
  await expect(strip).toHaveAttribute('title', new RegExp(`^offset ${from} · key k[123]`));
  expect(errors).toEqual([]);
});

test('a quiet row keeps its DOM cells', async ({ page }) => {
  await open(page, 'lang=en&scenario=waiting-events');
  await setSpeed(page, 1);
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('partition-waiting-events-0').locator('.cell').first()).toBeVisible(
    {
      timeout: 15_000,
    },
  );
  await expect(page.getByTestId('cell-strip')).toHaveCount(0);
});

test('switching the language changes the texts and back', async ({ page }) => {
  await open(page, 'lang=en');
  const play = page.getByTestId('play-toggle');
  await expect(play).toHaveText('Play');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('lang-ko').click();
  await expect(play).toHaveText('재생');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(
    page.getByRole('button', { name: '다음 시뮬레이션 이벤트 하나만 실행' }),
  ).toBeVisible();
  await page.getByTestId('lang-en').click();
  await expect(play).toHaveText('Play');
});

test('the language follows the browser when the link does not name one', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  await open(page, '');
  await expect(page.getByTestId('play-toggle')).toHaveText('재생');
  await context.close();
});

test('controls are reachable with the keyboard', async ({ page }) => {
  await open(page, 'lang=en');
  const play = page.getByTestId('play-toggle');
  for (let i = 0; i < 30 && !(await play.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(play).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await expect(play).toHaveAccessibleName('Pause');
});

test('an unknown scenario in the link shows a message and opens the default', async ({ page }) => {
  await open(page, 'lang=ko&scenario=no-such-thing');
  await expect(page.getByTestId('error-banner')).toContainText('no-such-thing');
  await expect(page.getByTestId('partition-waiting-events-0')).toHaveCount(1);
  await page.getByRole('button', { name: '닫기' }).click();
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
});

test('embed mode shows the view and playback without the header', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 640, height: 400 });
  await open(page, 'embed=1&lang=en');
  await expect(page.getByTestId('app-header')).toHaveCount(0);
  await expect(page.getByTestId('scenario-picker')).toHaveCount(0);
  await expect(page.getByTestId('play-toggle')).toBeVisible();
  await setSpeed(page, 1);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => simMs(page)).toBeGreaterThan(3500);
  await page.screenshot({ path: `${SHOTS}/embed-640x400.png` });
  // Nothing scrolls sideways in a small iframe.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
});

test('crashing a broker moves its partitions to new leaders; restarting brings it back', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await open(page, 'lang=en&scenario=waiting-events');
  await setSpeed(page, 5);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => simMs(page)).toBeGreaterThan(2000);
  const led = await page
    .locator('[data-leader="1"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  expect(led.length).toBeGreaterThan(0);
  await page.getByTestId('broker-1-kill').click();
  await expect(page.getByTestId('broker-1')).toHaveAttribute('data-status', 'offline');
  // The controller notices (after the broker's session times out) and elects from the ISR.
  for (const id of led) {
    await expect(page.getByTestId(id!)).toHaveAttribute('data-leader', /^[23]$/, {
      timeout: 15_000,
    });
    await expect(page.getByTestId(id!)).not.toHaveAttribute('data-isr', /(^|,)1(,|$)/);
  }
  await page.getByTestId('speed').selectOption('0.25');
  await page.screenshot({ path: `${SHOTS}/broker-down-en.png` });
  await page.getByTestId('broker-1-restart').click();
  await expect(page.getByTestId('broker-1')).toHaveAttribute('data-status', 'online', {
    timeout: 15_000,
  });
  expect(errors).toEqual([]);
});

test('reduced motion lists the messages in flight instead of moving them', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, 'lang=en&scenario=waiting-events');
  const list = page.getByTestId('inflight-list');
  await expect(list).toBeVisible();
  await setSpeed(page, 0.1);
  await page.getByTestId('play-toggle').click();
  await expect(list.locator('li').first()).toContainText(/(Produce|Fetch)/, { timeout: 15_000 });
  await expect(page.locator('.flights')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/reduced-motion-en.png` });
});

for (const lang of ['en', 'ko'] as const) {
  test(`screenshot at 1280×800 in ${lang}`, async ({ page }) => {
    await open(page, `lang=${lang}&scenario=waiting-events`);
    await setSpeed(page, 1);
    await page.getByTestId('play-toggle').click();
    await expect.poll(() => simMs(page), { timeout: 15_000 }).toBeGreaterThan(5000);
    await page.getByTestId('speed').selectOption('0.1');
    await page.screenshot({ path: `${SHOTS}/cluster-${lang}.png` });
  });
}

test('screenshot in the dark theme with two topics', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, 'lang=ko&scenario=keyless-partitioners');
  await setSpeed(page, 2);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => simMs(page), { timeout: 15_000 }).toBeGreaterThan(8000);
  await page.getByTestId('speed').selectOption('0.1');
  await page.screenshot({ path: `${SHOTS}/keyless-dark-ko.png` });
});
