// The keyboard (#12 item 6), with no mouse at all: Space/K play and pause, `.` steps, ← → seek,
// 1–5 switch views, ? lists the shortcuts (in both languages); a skip link is the first stop and
// lands on Play; the view tabs follow the WAI-ARIA tabs pattern; a broker is killed and
// restarted from its toolbar; typing in a field or an open dialog keeps the shortcuts quiet; and
// Tab goes through the page in the order it is drawn.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, simMs } from './helpers';

const playToggle = (page: Page) => page.getByTestId('play-toggle');

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`./?${query}`);
  await expect(page.getByTestId('broker-1')).toBeVisible();
  await expect(playToggle(page)).toBeEnabled();
}

async function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
}

/** Press Tab until the element with this test id has focus; how many presses it took. */
async function tabTo(page: Page, testId: string, max = 60): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedTestId(page)) === testId) return i;
  }
  throw new Error(`${testId} not reached in ${max} presses of Tab`);
}

async function expectPlaying(page: Page, playing: boolean): Promise<void> {
  await expect(playToggle(page)).toHaveAttribute('aria-pressed', String(playing));
}

test('keyboard only: play, pause, step, seek, switch views, kill and restart a broker', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await open(page, 'scenario=waiting-events&t=2000&lang=en');
  await expectPlaying(page, false);

  // Nothing has focus yet: Space plays and pauses.
  await page.keyboard.press('Space');
  await expectPlaying(page, true);
  await expect.poll(() => simMs(page)).toBeGreaterThan(2000);
  await page.keyboard.press('Space');
  await expectPlaying(page, false);

  // The first Tab reaches the skip link, shown; Enter puts focus on Play.
  await page.keyboard.press('Tab');
  const skip = page.getByTestId('skip-to-playback');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expect(skip).toHaveText('Skip to playback');
  await page.keyboard.press('Enter');
  await expect(playToggle(page)).toBeFocused();
  expect(page.url()).not.toContain('#playback');

  // K plays and pauses wherever focus is; on the Play button Enter does too.
  await page.keyboard.press('k');
  await expectPlaying(page, true);
  await page.keyboard.press('k');
  await expectPlaying(page, false);
  await page.keyboard.press('Enter');
  await expectPlaying(page, true);
  await page.keyboard.press('Enter');
  await expectPlaying(page, false);

  // `.` runs one event; ← → move 1 s, Shift 10 s.
  const before = await simMs(page);
  await page.keyboard.press('.');
  await expect.poll(() => simMs(page)).toBeGreaterThan(before);
  const stepped = await simMs(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => simMs(page)).toBe(stepped + 1000);
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => simMs(page)).toBe(stepped + 11_000);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => simMs(page)).toBe(stepped + 10_000);
  await expectPlaying(page, false);

  // 1–5 switch views.
  for (const [key, view] of [
    ['2', 'replication'],
    ['3', 'storage'],
    ['4', 'groups'],
    ['5', 'whyfast'],
    ['1', 'cluster'],
  ] as const) {
    await page.keyboard.press(key);
    await expect(page.getByTestId(`view-tab-${view}`)).toHaveAttribute('aria-selected', 'true');
  }

  // Kill broker 1: Tab to its toolbar (one stop per broker); ← → Home End move inside it (they
  // do not seek there); Enter on Crash.
  await tabTo(page, 'broker-1-kill');
  const t = await simMs(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('broker-1-shutdown')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByTestId('broker-1-slow')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('broker-1-kill')).toBeFocused();
  await page.keyboard.press('ArrowLeft'); // wraps
  await expect(page.getByTestId('broker-1-slow')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('broker-1-kill')).toBeFocused();
  expect(await simMs(page)).toBe(t);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('broker-1')).toHaveAttribute('data-status', 'offline');
  // Crash became Restart; focus stays in the broker's toolbar, on it.
  await expect(page.getByTestId('broker-1-restart')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('k');
  await expect(page.getByTestId('broker-1')).toHaveAttribute('data-status', 'online', {
    timeout: 15_000,
  });
  await page.keyboard.press('k');
  await expectPlaying(page, false);
  // The next Tab leaves the toolbar for the next broker's: one stop per broker.
  await page.keyboard.press('Tab');
  expect(await focusedTestId(page)).toMatch(/^broker-2-/);
  expect(errors).toEqual([]);
});

for (const lang of ['en', 'ko'] as const) {
  test(`? lists the shortcuts (${lang}); while it is open the page takes no keys`, async ({
    page,
  }) => {
    await open(page, `scenario=waiting-events&t=2000&lang=${lang}`);
    await page.keyboard.press('?');
    const dialog = page.getByTestId('shortcuts-dialog');
    await expect(dialog).toBeVisible();
    const words =
      lang === 'en'
        ? ['Keyboard shortcuts', 'Play or pause', 'Space', 'Cluster', 'Consumer groups', 'Back 1 s']
        : ['키보드 단축키', '재생 또는 일시 정지', 'Space', '클러스터', '1초 뒤로'];
    for (const w of words) await expect(dialog).toContainText(w);
    // One row per view (six tabs) besides the playback keys.
    await expect(dialog.locator('tbody tr')).toHaveCount(12);
    await expect(dialog.locator('kbd', { hasText: /^6$/ })).toBeVisible();
    await page.screenshot({ path: `e2e/screenshots/keyboard-help-${lang}.png` });

    const results = await new AxeBuilder({ page })
      .include('[data-testid="shortcuts-dialog"]')
      .analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // The page behind the dialog takes no shortcut.
    await page.keyboard.press('k');
    await page.keyboard.press('2');
    await expectPlaying(page, false);
    await expect(page.getByTestId('view-tab-cluster')).toHaveAttribute('aria-selected', 'true');

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('2');
    await expect(page.getByTestId('view-tab-replication')).toHaveAttribute('aria-selected', 'true');

    // The header's button opens the same list.
    await tabTo(page, 'shortcuts-button');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('shortcuts-button')).toBeFocused();
  });
}

test('the view tabs follow the WAI-ARIA tabs pattern', async ({ page }) => {
  await open(page, 'scenario=waiting-events&t=2000&lang=en');
  const tabs = page.getByRole('tablist').getByRole('tab');
  await expect(tabs).toHaveCount(6);
  // One tab stop: the selected tab.
  await tabTo(page, 'view-tab-cluster');
  for (const view of ['replication', 'storage', 'groups', 'whyfast', 'controller'])
    await expect(page.getByTestId(`view-tab-${view}`)).toHaveAttribute('tabindex', '-1');
  await expect(page.getByTestId('view-tab-cluster')).toHaveAttribute('tabindex', '0');
  const panel = page.getByRole('tabpanel');
  await expect(panel).toHaveAttribute('aria-labelledby', 'view-tab-cluster');
  await expect(page.getByTestId('view-tab-cluster')).toHaveAttribute('aria-controls', 'view-panel');

  const expectOn = async (view: string) => {
    const tab = page.getByTestId(`view-tab-${view}`);
    await expect(tab).toBeFocused();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(tab).toHaveAttribute('tabindex', '0');
    await expect(panel).toHaveAttribute('aria-labelledby', `view-tab-${view}`);
  };
  await page.keyboard.press('ArrowRight');
  await expectOn('replication');
  await page.keyboard.press('ArrowRight');
  await expectOn('storage');
  await page.keyboard.press('End');
  await expectOn('controller');
  await page.keyboard.press('ArrowRight'); // wraps
  await expectOn('cluster');
  await page.keyboard.press('ArrowLeft'); // wraps back
  await expectOn('controller');
  await page.keyboard.press('Home');
  await expectOn('cluster');
  // The arrows moved between tabs; they did not seek.
  expect(await simMs(page)).toBe(2000);
  // Tab leaves the tab list for the view.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[role="tablist"]'))).toBe(null);
});

test('typing in a field keeps the shortcuts quiet', async ({ page }) => {
  await open(page, 'scenario=waiting-events&t=2000&lang=en');
  const key = page.getByTestId('produce-key');
  await tabTo(page, 'produce-key');
  await page.keyboard.type('k 1.?');
  await expect(key).toHaveValue('k 1.?');
  await page.keyboard.press('ArrowLeft');
  await expectPlaying(page, false);
  await expect(page.getByTestId('view-tab-cluster')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('shortcuts-dialog')).toHaveCount(0);
  expect(await simMs(page)).toBe(2000);
});

for (const size of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`Tab goes through the page in the order it is drawn (${size.width}×${size.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await open(page, 'scenario=waiting-events&t=2000&lang=en');
    // The regions top to bottom as drawn; focus must visit them in that order.
    const regions = [
      '.skip-link',
      '[data-testid="app-header"]',
      '[role="tablist"]',
      '.app-main',
      '.timeline',
      '.playback',
    ];
    const tops: number[] = [];
    for (const r of regions.slice(1)) {
      const box = await page.locator(r).first().boundingBox();
      tops.push(box!.y);
    }
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);

    const seen: number[] = [];
    const columns: number[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate((sel) => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const region = sel.findIndex((s) => el.closest(s) !== null);
        const col = el.closest('.col-producers, .col-brokers, .col-groups');
        const column = col
          ? ['col-producers', 'col-brokers', 'col-groups'].findIndex((c) =>
              col.classList.contains(c),
            )
          : -1;
        return { region, column };
      }, regions);
      if (!at) break;
      expect(at.region, `stop ${i + 1} is in a known region`).toBeGreaterThanOrEqual(0);
      if (seen.length > 0 && at.region < seen.at(-1)!) break; // wrapped around to the start
      seen.push(at.region);
      if (at.column >= 0) columns.push(at.column);
      if (at.region === regions.length - 1) break; // reached the playback bar
    }
    // Regions in drawing order, each reached.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen)).toEqual(new Set([0, 1, 2, 3, 4, 5]));
    // In the cluster: producers, then brokers, then groups (left to right, or top to bottom).
    expect(columns).toEqual([...columns].sort((a, b) => a - b));
    expect(new Set(columns).size).toBeGreaterThanOrEqual(2);
  });
}
