// The replication view, used the way a person would: open its tab, crash the leader from the
// screen, watch the crown move and the caption explain it, see a zombie leader lose
// acknowledged records, switch language, embed it. Screenshots go to e2e/screenshots/.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, open, setSpeed, simMs } from './helpers';

const SHOTS = 'e2e/screenshots';

/** Open the app and go to the replication view through its tab. */
async function openReplication(page: Page, query: string): Promise<void> {
  await open(page, query);
  await page.getByTestId('view-tab-replication').click();
  await expect(page.getByTestId('view-tab-replication')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('repl-caption')).toBeVisible();
}

async function leaderOf(page: Page, hook: string): Promise<number> {
  return Number(await page.getByTestId(hook).getAttribute('data-leader'));
}

test('crashing the leader from the replication view moves the crown to another broker', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openReplication(page, 'lang=en&scenario=waiting-events');
  const hook = 'partition-waiting-events-0';
  await expect(page.getByTestId(hook)).toHaveCount(1);
  await expect(page.getByTestId(hook)).toHaveAttribute('data-leader', /^\d+$/);
  const caption = page.getByTestId('repl-caption');
  await expect(caption).toHaveAttribute('data-kind', 'caption.none');
  const before = await page.getByTestId('repl-caption-text').textContent();

  await setSpeed(page, 5);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => simMs(page)).toBeGreaterThan(1500);

  const leader = await leaderOf(page, hook);
  // The crown sits on the leader's lane.
  await expect(page.getByTestId(`broker-${leader}`).getByTestId('repl-crown')).toBeVisible();
  await page.getByTestId(`broker-${leader}-kill`).click();
  await expect(page.getByTestId(`broker-${leader}`)).toHaveAttribute('data-status', 'offline');
  // An offline broker offers only Restart.
  await expect(page.getByTestId(`broker-${leader}-restart`)).toBeVisible();
  await expect(page.getByTestId(`broker-${leader}-isolate`)).toHaveCount(0);
  await expect(caption).toHaveAttribute('data-kind', 'caption.broker.crashed');
  await expect(page.getByTestId('repl-caption-text')).not.toHaveText(before ?? '');

  // broker.session.timeout.ms later the controller fences it and elects another ISR member.
  await expect(page.getByTestId(hook)).toHaveAttribute('data-leader', /^\d+$/);
  await expect.poll(() => leaderOf(page, hook), { timeout: 20_000 }).not.toBe(leader);
  const next = await leaderOf(page, hook);
  expect([1, 2, 3]).toContain(next);
  await expect(page.getByTestId(hook)).not.toHaveAttribute(
    'data-isr',
    new RegExp(`(^|,)${leader}(,|$)`),
  );
  await expect(page.getByTestId(`broker-${next}`).getByTestId('repl-crown')).toBeVisible({
    timeout: 5_000,
  });
  await expect(page.getByTestId('repl-crown')).toHaveCount(1);
  await expect(page.getByTestId(`broker-${leader}`)).toHaveAttribute('data-in-isr', 'false');
  // The story names the fencing and the new leader.
  await expect(page.locator('.repl-story')).toContainText(`Broker ${leader} was fenced`);
  await expect(page.locator('.repl-story')).toContainText(`Broker ${next} is the new leader`);
  await page.getByTestId('speed').selectOption('0.1');
  await page.screenshot({ path: `${SHOTS}/replication-leader-crashed-en.png` });

  // Restart it from the same place: it comes back and rejoins the ISR.
  await setSpeed(page, 5);
  await page.getByTestId(`broker-${leader}-restart`).click();
  await expect(page.getByTestId(`broker-${leader}`)).toHaveAttribute('data-status', 'online', {
    timeout: 15_000,
  });
  await expect(page.getByTestId(`broker-${leader}`)).toHaveAttribute('data-in-isr', 'true', {
    timeout: 20_000,
  });
  expect(errors).toEqual([]);
});

test('switching the language changes the caption language', async ({ page }) => {
  await openReplication(page, 'lang=en&scenario=waiting-events');
  await page.getByTestId('broker-2-isolate').click();
  const text = page.getByTestId('repl-caption-text');
  await expect(text).toContainText('Broker 2 is cut off');
  await expect(page.getByTestId('broker-2')).toHaveAttribute('data-isolated', 'true');
  await page.getByTestId('lang-ko').click();
  await expect(text).toContainText('Broker 2가 다른 broker 및 controller와 끊겼습니다');
  await expect(page.getByTestId('view-tab-replication')).toHaveText('복제');
  await expect(page.getByTestId('broker-2-heal')).toHaveAttribute('title', /healBroker/);
  await page.getByTestId('lang-en').click();
  await expect(text).toContainText('Broker 2 is cut off');
});

test('the broker controls work from the keyboard', async ({ page }) => {
  await openReplication(page, 'lang=en&scenario=waiting-events');
  const slow = page.getByTestId('broker-3-slow');
  await expect(slow).toHaveAttribute('aria-label', /Slow broker 3 down.*slowBroker/);
  await slow.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('broker-3')).toHaveAttribute('data-slow', 'true');
  await expect(page.getByTestId('repl-caption')).toHaveAttribute(
    'data-kind',
    'caption.broker.slow',
  );
  // The same broker now offers its normal speed back, reachable with Tab from the controls.
  const normal = page.getByTestId('broker-3-normal');
  await expect(normal).toBeVisible();
  await normal.focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('broker-3')).toHaveAttribute('data-slow', 'false');
});

test('a zombie leader with acks=1 loses acknowledged records, and the view says so', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await open(page, 'lang=en&scenario=replication-zombie-leader&view=replication');
  const lost = page.getByTestId('metric-acked-lost');
  await expect(lost).toHaveAttribute('data-value', '0');
  // (5×: the zombie stands from the fencing, about 11 s, to the heal at 18 s — over a second)
  await setSpeed(page, 5);
  await page.getByTestId('play-toggle').click();
  // Isolated at 4 s: the lane shows the cut and, once fenced, the zombie outside the ISR.
  await expect(page.getByTestId('broker-1')).toHaveAttribute('data-isolated', 'true', {
    timeout: 20_000,
  });
  await expect(page.getByTestId('broker-1')).toHaveAttribute('data-role', 'zombie', {
    timeout: 20_000,
  });
  await expect(page.getByTestId('partition-payments-0')).toHaveAttribute('data-leader', '2');
  await expect(page.locator('.repl-cut-mark').first()).toBeVisible();
  await expect(page.locator('[data-diverged="true"]').first()).toBeVisible();
  // Healed at 18 s; it truncates to the new leader's epoch and the loss shows.
  await expect
    .poll(async () => Number(await lost.getAttribute('data-value')), { timeout: 30_000 })
    .toBeGreaterThan(0);
  await expect(lost).toHaveClass(/repl-lost-bad/);
  await expect(page.locator('.repl-story')).toContainText('Broker 1 truncated its log', {
    timeout: 30_000,
  });
  expect(errors).toEqual([]);
});

test('NOT_ENOUGH_REPLICAS appears next to the leader when the ISR is too small', async ({
  page,
}) => {
  await open(page, 'lang=en&scenario=replication-kill-two-brokers&view=replication');
  // (5×: writes are refused from about 22 s until broker 2, restarted at 28 s, is back in the ISR)
  await setSpeed(page, 5);
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('repl-caption-error')).toHaveAttribute(
    'data-kind',
    'caption.produce.notEnough',
    { timeout: 40_000 },
  );
  await expect(page.getByTestId('repl-caption-error')).toContainText(
    'ISR 1 < min.insync.replicas 2',
  );
  const leader = await leaderOf(page, 'partition-payments-0');
  await expect(
    page.getByTestId(`broker-${leader}`).getByTestId('repl-produce-error'),
  ).toContainText('NOT_ENOUGH_REPLICAS');
  await expect(page.getByTestId('metric-acked-lost')).toHaveAttribute('data-value', '0');
});

test('reduced motion lists the partition’s messages instead of moving them', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, 'lang=en&scenario=waiting-events&view=replication');
  const list = page.getByTestId('repl-flight-list');
  await expect(list).toBeVisible();
  await setSpeed(page, 0.1);
  await page.getByTestId('play-toggle').click();
  await expect(list.locator('li').first()).toContainText(/(Fetch|Produce|BrokerHeartbeat)/, {
    timeout: 15_000,
  });
  await expect(page.locator('.flights')).toHaveCount(0);
});

test('embedded at 640×400 the view fits without sideways scrolling', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 640, height: 400 });
  await open(page, 'lang=ko&embed=1&view=replication&scenario=replication-zombie-leader');
  // In an embed the caption is the embed's own "what to watch" line (the view's is hidden there).
  await expect(page.getByTestId('embed-caption')).toBeVisible();
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => simMs(page), { timeout: 20_000 }).toBeGreaterThan(16_000);
  await page.getByTestId('play-toggle').click();
  const overflow = await page.evaluate(() => {
    const main = document.querySelector('.app-main')!;
    return Math.max(
      document.documentElement.scrollWidth - document.documentElement.clientWidth,
      main.scrollWidth - main.clientWidth,
    );
  });
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/replication-embed-640x400-ko.png` });
  expect(errors).toEqual([]);
});

for (const lang of ['en', 'ko'] as const) {
  test(`replication screenshot at 1280×800 in ${lang}`, async ({ page }) => {
    await open(page, `lang=${lang}&scenario=replication-zombie-leader&view=replication`);
    await setSpeed(page, 5);
    await page.getByTestId('play-toggle').click();
    await expect(page.getByTestId('broker-1')).toHaveAttribute('data-role', 'zombie', {
      timeout: 20_000,
    });
    await expect.poll(() => simMs(page), { timeout: 20_000 }).toBeGreaterThan(14_000);
    await page.getByTestId('play-toggle').click();
    await page.screenshot({ path: `${SHOTS}/replication-zombie-${lang}.png` });
  });
}

test('replication screenshot in the dark theme after an unclean election', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, 'lang=ko&scenario=replication-unclean-election-on&view=replication');
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('metric-acked-lost')).not.toHaveAttribute('data-value', '0', {
    timeout: 40_000,
  });
  await page.getByTestId('play-toggle').click();
  await page.screenshot({ path: `${SHOTS}/replication-unclean-dark-ko.png` });
});
