// The first minute and the captions (issue #12), as a person meets them: the bare address plays
// at 1× and the members read "joining the group" while the initial rebalance waits, counting
// down, then show their partitions; killing broker 1 in the cluster view gets a caption naming
// the new leader and why; a scenario's scripted failure is announced before it happens.
// Screenshots of the cluster and group views, ko and en, 1280×800 and 640×400, go to
// e2e/screenshots/ (git-ignored) for a human look.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, open, setSpeed, simMs } from './helpers';

const SHOTS = 'e2e/screenshots';
const TOPIC = 'waiting-events';

async function play(page: Page, speed: number): Promise<void> {
  await setSpeed(page, speed);
  const toggle = page.getByTestId('play-toggle');
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
}

async function pause(page: Page): Promise<void> {
  const toggle = page.getByTestId('play-toggle');
  if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
}

test('the bare address plays at 1×; members join the group, counting down, then read their partitions', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('./?lang=en');
  await expect(page.getByTestId('play-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('speed')).toHaveValue('1');
  // During the initial rebalance: joining, not idle, with the delay counting down.
  const member = page.getByTestId('consumer-group-a-group-a-1');
  await expect(member).toHaveAttribute('data-joining', 'true');
  await expect(member).toContainText('joining the group (rebalance in progress)');
  await expect(member).not.toContainText('idle');
  const countdown = page.getByTestId('group-group-a-join-countdown').first();
  await expect(countdown).toContainText('group.initial.rebalance.delay.ms');
  await expect(countdown).toHaveAttribute('data-wait', 'initialDelay');
  const seconds = async () => Number(/([\d.]+) s/.exec((await countdown.textContent()) ?? '')?.[1]);
  const first = await seconds();
  await expect.poll(seconds).toBeLessThan(first);
  await page.screenshot({ path: `${SHOTS}/captions-joining-en.png` });
  // Records flow meanwhile: the first ones are acknowledged within the first seconds.
  await expect
    .poll(async () =>
      Number(await page.getByTestId(`partition-${TOPIC}-0`).getAttribute('data-hw')),
    )
    .toBeGreaterThan(0);
  // Then every member owns a partition, and nobody is joining any more.
  for (const id of ['group-a-1', 'group-a-2', 'group-a-3'])
    await expect(page.getByTestId(`consumer-group-a-${id}`)).toHaveAttribute(
      'data-assignment',
      new RegExp(`^${TOPIC}-\\d$`),
      { timeout: 20_000 },
    );
  await expect(member).not.toHaveAttribute('data-joining', 'true');
  await expect(page.getByTestId('cluster-caption')).toContainText('range assigned');
  expect(errors).toEqual([]);
});

test('the group view says joining, not idle, during the initial rebalance', async ({ page }) => {
  await page.goto('./?lang=ko&view=groups&scenario=group-three-partitions-3-members');
  // No moment, no word on playing: it plays at once, at 1×.
  await expect(page.getByTestId('play-toggle')).toHaveAttribute('aria-pressed', 'true');
  const member = page.getByTestId('consumer-group-a-group-a-2');
  await expect(member).toHaveAttribute('data-joining', 'true');
  await expect(member).toContainText('그룹 참여 중 (리밸런스 진행 중)');
  await expect(page.getByTestId('consumer-group-a-group-a-2-note')).toContainText(
    'group.initial.rebalance.delay.ms',
  );
  await expect(page.getByTestId('group-caption-group-a')).toHaveAttribute(
    'data-kind',
    'captions.group.forming',
  );
  await page.screenshot({ path: `${SHOTS}/captions-groups-joining-ko.png` });
  await expect(member).toHaveAttribute('data-assignment', /\S/, { timeout: 20_000 });
  await expect(member).not.toHaveAttribute('data-joining', 'true');
  await expect(page.getByTestId('group-caption-group-a')).toHaveAttribute(
    'data-kind',
    'captions.group.assigned',
  );
});

test('killing broker 1 in the cluster view: the caption names the new leader and why', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await open(page, `lang=en&scenario=${TOPIC}&autoplay=0`);
  await play(page, 5);
  await expect.poll(() => simMs(page)).toBeGreaterThan(7000);
  await pause(page);
  // The partitions broker 1 leads now.
  const led = (
    await page
      .locator(`[data-testid^="partition-${TOPIC}-"][data-leader="1"]`)
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!))
  ).map((id) => id.slice('partition-'.length));
  expect(led.length).toBeGreaterThan(0);
  await page.getByTestId('broker-1-kill').click();
  const caption = page.getByTestId('cluster-caption');
  await expect(caption).toHaveAttribute('data-kind', 'caption.broker.crashed');
  await expect(caption).toContainText('Broker 1 crashed');
  await play(page, 5);
  // After broker.session.timeout.ms the controller fences broker 1 and elects a new leader: the
  // caption (or the line before it, if a rebalance followed at once) names it and the rule.
  const election = page
    .locator(
      '[data-testid="cluster-caption"][data-kind="captions.leader.fenced"], [data-testid="cluster-caption-before"][data-kind="captions.leader.fenced"]',
    )
    .first();
  await expect(election).toBeVisible({ timeout: 20_000 });
  await pause(page);
  const partition = (await election.getAttribute('data-partition'))!;
  const leader = (await election.getAttribute('data-new-leader'))!;
  expect(led).toContain(partition);
  expect(leader).toMatch(/^[23]$/);
  await expect(page.getByTestId(`partition-${partition}`)).toHaveAttribute('data-leader', leader);
  await expect(election).toContainText(`Broker ${leader} is the new leader of ${partition}`);
  await expect(election).toContainText('broker 1 stopped heartbeating');
  await expect(election).toContainText('broker.session.timeout.ms');
  await expect(election).toContainText(`broker ${leader} was the first of the replicas`);
  await page.screenshot({ path: `${SHOTS}/captions-cluster-election-en.png` });
  // The same caption in Korean.
  await page.getByTestId('lang-ko').click();
  await expect(election).toContainText(`${partition}의 새 leader: broker ${leader}`);
  await page.screenshot({ path: `${SHOTS}/captions-cluster-election-ko.png` });
  // The event list: one announcement for the election, the high watermark's moves grouped.
  const log = page.getByTestId('event-log');
  await expect(log.locator('li.event-announce[data-kind="leader.elected"]').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a scripted failure is announced before it happens', async ({ page }) => {
  await open(page, 'lang=en&scenario=replication-kill-two-brokers&autoplay=0');
  const next = page.getByTestId('upcoming-event').first();
  await expect(next).toHaveAttribute('data-at', '4000');
  await expect(next).toHaveAttribute('data-do', 'killBroker');
  await expect(next).toContainText('in 4.0 s: broker 1 crashes (killBroker)');
  // (at 1×, polled often: paused well before the crash at 4 s)
  await play(page, 1);
  await expect.poll(() => simMs(page), { intervals: [50] }).toBeGreaterThan(2000);
  await pause(page);
  // Still ahead: broker 1 is up, and the strip counts down to it.
  await expect(page.getByTestId('broker-1')).toHaveAttribute('data-status', 'online');
  const left = Number(/in ([\d.]+) s/.exec((await next.textContent()) ?? '')?.[1]);
  expect(left).toBeGreaterThan(0);
  // Paused past 2 s: the countdown (one decimal, so 1.99 s reads "2.0") is at most 2.0 of 4.0.
  expect(left).toBeLessThanOrEqual(2);
  await page.screenshot({ path: `${SHOTS}/captions-upcoming-en.png` });
  // Once it happened, the announcement is gone and the next one is named.
  await play(page, 2);
  await expect(page.getByTestId('broker-1')).toHaveAttribute('data-status', 'offline', {
    timeout: 15_000,
  });
  await expect(page.getByTestId('upcoming-event').first()).toHaveAttribute('data-at', '14000');
  await expect(page.getByTestId('cluster-caption')).toContainText('Broker 1 crashed');
});

for (const lang of ['en', 'ko'] as const)
  for (const [w, h] of [
    [1280, 800],
    [640, 400],
  ] as const)
    test(`screenshots: cluster and groups at ${w}×${h} in ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await open(page, `lang=${lang}&scenario=${TOPIC}&autoplay=0`);
      await play(page, 5);
      await expect.poll(() => simMs(page)).toBeGreaterThan(2500);
      await pause(page);
      await page.screenshot({ path: `${SHOTS}/captions-cluster-joining-${lang}-${w}x${h}.png` });
      await page.getByTestId('broker-1-kill').click();
      await play(page, 10);
      await expect(
        page
          .locator('[data-testid^="cluster-caption"][data-kind="captions.leader.fenced"]')
          .first(),
      ).toBeAttached({ timeout: 20_000 });
      await pause(page);
      await page.screenshot({ path: `${SHOTS}/captions-cluster-${lang}-${w}x${h}.png` });
      await page.getByTestId('view-tab-groups').click();
      await expect(page.getByTestId('group-caption-group-a')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/captions-groups-${lang}-${w}x${h}.png` });
    });
