// The timeline, used the way a person would: drag it back past a failure, act in the past (a
// new branch), undo, work it with the keyboard, jump to a marker. Screenshots land in
// e2e/screenshots/ (git-ignored) for a human look.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectedPartition, open, setSpeed, simMs } from './helpers';

const SHOTS = 'e2e/screenshots';

async function playUntil(page: Page, ms: number, speed: number): Promise<void> {
  await setSpeed(page, speed);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => simMs(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(ms);
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('play-toggle')).toHaveAttribute('aria-pressed', 'false');
}

/** The page x of moment `ms` on the timeline's track. */
async function xOf(page: Page, ms: number): Promise<{ x: number; y: number }> {
  const track = page.getByTestId('timeline');
  const box = (await track.boundingBox())!;
  const horizon = Number(await track.getAttribute('data-horizon'));
  return { x: box.x + (ms / horizon) * box.width, y: box.y + box.height / 2 };
}

/** Seek with the keyboard to an exact moment: Home, then Shift+→ once per second. */
async function seekSeconds(page: Page, seconds: number): Promise<void> {
  const track = page.getByTestId('timeline');
  await track.focus();
  await track.press('Home');
  for (let i = 0; i < seconds; i++) await track.press('Shift+ArrowRight');
  await expect(page.getByTestId('sim-time')).toHaveAttribute('data-ms', String(seconds * 1000));
}

test('dragging the timeline back past a leader election crowns the old leader again', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await open(page, 'lang=en&scenario=replication-kill-two-brokers');
  const partition = page.getByTestId('partition-payments-0');
  await expect(partition).toHaveAttribute('data-leader', '1');
  // At 4 s broker 1 (the leader) crashes; once the controller fences it, broker 2 leads.
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await expect(partition).toHaveAttribute('data-leader', '2', { timeout: 30_000 });
  await page.getByTestId('play-toggle').click();
  const election = page.locator('[data-testid="timeline-marker"][data-kinds*="election"]').first();
  await expect(election).toBeVisible();
  const electedAt = Number(await election.getAttribute('data-time'));
  const end = await simMs(page);

  // Drag the thumb from the end back to 2 s, before the crash, with the mouse.
  const from = await xOf(page, end);
  const to = await xOf(page, 2_000);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();

  await expect.poll(() => simMs(page)).toBeLessThan(3_000);
  expect(await simMs(page)).toBeGreaterThan(1_000);
  await expect(partition).toHaveAttribute('data-leader', '1');
  await expect(page.getByTestId('broker-1')).toHaveAttribute('data-status', 'online');
  // The markers of the run so far stay: the future on this branch is still there to go back to.
  await expect(election).toHaveAttribute('data-time', String(electedAt));
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-horizon', String(end));

  // And forward again past the election: broker 2 leads again.
  await election.click();
  await expect(page.getByTestId('sim-time')).toHaveAttribute('data-ms', String(electedAt));
  await expect(partition).toHaveAttribute('data-leader', '2');
  expect(errors).toEqual([]);
});

test('a broker killed at 5 s is gone after seeking to 2 s and producing (a new branch)', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await open(page, 'lang=en&scenario=more-consumers-than-partitions');
  await playUntil(page, 5_000, 5);
  await seekSeconds(page, 5);
  await page.getByTestId('broker-2-kill').click();
  await expect(page.getByTestId('broker-2')).toHaveAttribute('data-status', 'offline');
  const kill = page.locator('[data-testid="timeline-marker"][data-kinds*="action"]');
  await expect(kill).toHaveCount(1);
  await expect(kill).toHaveAttribute('data-time', '5000');
  await playUntil(page, 6_000, 1);

  await seekSeconds(page, 2);
  await expect(page.getByTestId('broker-2')).toHaveAttribute('data-status', 'online');
  // Still the old future until the person acts.
  await expect(kill).toHaveCount(1);

  const key = 'after-the-seek';
  await page.getByLabel('key', { exact: true }).fill(key);
  await page.getByLabel('value', { exact: true }).fill('branch');
  await page.getByRole('button', { name: 'Send' }).click();
  // The kill at 5 s was the old future: replaced by the produce at 2 s.
  await expect(kill).toHaveCount(1);
  await expect(kill).toHaveAttribute('data-time', '2000');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-horizon', '2000');

  // The record is in the run…
  await playUntil(page, 2_500, 1);
  const p = expectedPartition('waiting-events', key, 3);
  const cell = page.getByTestId(`partition-waiting-events-${p}`).locator(`[data-key="${key}"]`);
  await expect(cell).toHaveCount(1);
  await expect(cell).toHaveAttribute('title', /branch/);
  // …and 5 s passes without the kill.
  await playUntil(page, 6_000, 5);
  await expect(page.getByTestId('broker-2')).toHaveAttribute('data-status', 'online');
  expect(errors).toEqual([]);
});

test('undo returns to the moment before the last action', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page, 'lang=en&scenario=waiting-events');
  const undo = page.getByTestId('timeline-undo');
  await expect(undo).toBeDisabled();
  await playUntil(page, 3_000, 5);
  const at = await simMs(page);
  await page.getByTestId('broker-3-kill').click();
  await expect(page.getByTestId('broker-3')).toHaveAttribute('data-status', 'offline');
  await playUntil(page, at + 1_000, 1);
  await undo.click();
  await expect(page.getByTestId('sim-time')).toHaveAttribute('data-ms', String(at));
  await expect(page.getByTestId('broker-3')).toHaveAttribute('data-status', 'online');
  await expect(undo).toBeDisabled();
  await expect(page.locator('[data-testid="timeline-marker"][data-kinds*="action"]')).toHaveCount(
    0,
  );
  expect(errors).toEqual([]);
});

test('the timeline is a slider the keyboard works', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page, 'lang=en&scenario=replication-kill-two-brokers');
  await playUntil(page, 12_000, 10);
  const end = await simMs(page);
  const slider = page.getByRole('slider', { name: 'Moment of the run' });
  await expect(slider).toHaveAttribute('aria-valuemin', '0');
  await expect(slider).toHaveAttribute('aria-valuemax', String(end));
  await expect(slider).toHaveAttribute('aria-valuenow', String(end));
  await slider.focus();

  await slider.press('Home');
  await expect(slider).toHaveAttribute('aria-valuenow', '0');
  // → moves to the next moment something happens, at most 100 ms on.
  await slider.press('ArrowRight');
  const one = await simMs(page);
  expect(one).toBeGreaterThan(0);
  expect(one).toBeLessThanOrEqual(100);
  await slider.press('Shift+ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', String(one + 1_000));
  await slider.press('ArrowLeft');
  const back = await simMs(page);
  expect(back).toBeLessThan(one + 1_000);
  expect(back).toBeGreaterThanOrEqual(one + 900);
  await slider.press('PageUp');
  await expect(slider).toHaveAttribute('aria-valuenow', String(back + 10_000));
  await slider.press('End');
  await expect(slider).toHaveAttribute('aria-valuenow', String(end));
  await expect(slider).toHaveAttribute('aria-valuetext', /^\d+\.\d{3} s of \d+\.\d{3} s$/);
  expect(errors).toEqual([]);
});

test('markers are named on hover and focus, and a click jumps there', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page, 'lang=en&scenario=replication-kill-two-brokers');
  await playUntil(page, 30_000, 10);
  const crash = page.locator('[data-testid="timeline-marker"][data-kinds*="crash"]');
  await expect(crash).toHaveCount(2);
  const first = crash.first();
  await expect(first).toHaveAttribute('aria-label', /^Broker 1 crashed.*, at 4\.000 s$/);

  await first.hover();
  const tooltip = page.getByTestId('timeline-tooltip');
  await expect(tooltip).toContainText('Broker 1 crashed');
  await first.click();
  await expect(page.getByTestId('sim-time')).toHaveAttribute('data-ms', '4000');
  await expect(page.getByTestId('broker-1')).toHaveAttribute('data-status', 'offline');

  // Keyboard: the markers are one tab stop; arrows move between them and name each one.
  await first.focus();
  await page.keyboard.press('ArrowRight');
  const focused = page.locator('[data-testid="timeline-marker"]:focus');
  await expect(focused).toHaveAttribute('aria-describedby', /.+/);
  await expect(tooltip).toBeVisible();
  const nextAt = Number(await focused.getAttribute('data-time'));
  expect(nextAt).toBeGreaterThan(4_000);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sim-time')).toHaveAttribute('data-ms', String(nextAt));

  // Previous / next event skip the quiet stretches between markers.
  await page.getByTestId('timeline-prev').click();
  await expect.poll(() => simMs(page)).toBeLessThan(nextAt);
  expect(await simMs(page)).toBeGreaterThanOrEqual(4_000);
  await page.getByTestId('timeline-next').click();
  await expect(page.getByTestId('sim-time')).toHaveAttribute('data-ms', String(nextAt));
  expect(errors).toEqual([]);
});

test('screenshots: the timeline in both languages, wide and in a 640×400 frame, reduced motion', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const lang of ['en', 'ko'] as const) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, `lang=${lang}&scenario=replication-kill-two-brokers`);
    await playUntil(page, 30_000, 10);
    await seekSeconds(page, 20);
    await page.locator('[data-testid="timeline-marker"][data-kinds*="crash"]').first().hover();
    await expect(page.getByTestId('timeline-tooltip')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/timeline-${lang}.png` });
    // axe finds nothing serious in the timeline, tooltip open, in the past (branch notice shown).
    const results = await new AxeBuilder({ page })
      .include('.timeline')
      .include('.playback')
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}: ${n.failureSummary}`));
    expect(serious).toEqual([]);

    await page.setViewportSize({ width: 640, height: 400 });
    const slider = page.getByTestId('timeline');
    await expect(slider).toBeVisible();
    const box = (await slider.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.y + box.height).toBeLessThanOrEqual(400);
    await page.getByTestId('timeline-prev').focus();
    await page.screenshot({ path: `${SHOTS}/timeline-${lang}-640x400.png` });
  }
  expect(errors).toEqual([]);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a tap on the timeline seeks there', async ({ page }) => {
    const errors = collectErrors(page);
    await open(page, 'lang=ko&scenario=replication-kill-two-brokers');
    await playUntil(page, 20_000, 10);
    const horizon = Number(await page.getByTestId('timeline').getAttribute('data-horizon'));
    const at = await xOf(page, horizon / 4);
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => simMs(page)).toBeLessThan(horizon / 2);
    const ms = await simMs(page);
    expect(Math.abs(ms - horizon / 4)).toBeLessThan(horizon / 50);
    await expect(page.getByTestId('broker-1')).toHaveAttribute(
      'data-status',
      ms < 4_000 ? 'online' : 'offline',
    );
    expect(errors).toEqual([]);
  });
});
