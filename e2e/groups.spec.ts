// The consumer-group view, used the way a person would: open its tab, add a fourth member to a
// 3-partition group and see it stay idle, stop one member and see every partition owned again,
// switch the language, and look at it in the dark theme and in a 640×400 embed. The group
// protocol has real delays (group.initial.rebalance.delay.ms 3 s, heartbeats every 3 s), so
// the test plays at 10× through the speed select and waits generously.
// Screenshots go to e2e/screenshots/ (git-ignored) for a human look.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, setSpeed } from './helpers';

const SHOTS = 'e2e/screenshots';
const GROUP = 'group-a';
const TOPIC = 'waiting-events';
const ALL = [0, 1, 2].map((p) => `${TOPIC}-${p}`);

async function openGroups(page: Page, query: string): Promise<void> {
  await page.goto(`./?${query}`);
  await page.getByTestId('view-tab-groups').click();
  await expect(page.getByTestId('view-tab-groups')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId(`group-panel-${GROUP}`)).toBeVisible();
}

const member = (page: Page, id: string) => page.getByTestId(`consumer-${GROUP}-${id}`);
const members = (page: Page) =>
  page.locator(`[data-testid^="consumer-${GROUP}-"][data-assignment]`);

/** Every member's assignment, as the page shows it. */
async function assignments(page: Page): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const el of await members(page).all()) {
    const id = (await el.getAttribute('data-testid'))!.slice(`consumer-${GROUP}-`.length);
    const a = (await el.getAttribute('data-assignment')) ?? '';
    out[id] = a === '' ? [] : a.split(',');
  }
  return out;
}

async function owned(page: Page): Promise<string[]> {
  return Object.values(await assignments(page))
    .flat()
    .sort();
}

async function waitStable(page: Page, generation: number): Promise<void> {
  const panel = page.getByTestId(`group-panel-${GROUP}`);
  await expect
    .poll(async () => Number(await panel.getAttribute('data-generation')), { timeout: 25_000 })
    .toBeGreaterThanOrEqual(generation);
  await expect(panel).toHaveAttribute('data-state', 'Stable', { timeout: 25_000 });
}

test('a fourth member on three partitions stays idle; stopping one gives every partition an owner', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openGroups(page, 'lang=en&scenario=group-three-partitions-3-members');
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();

  // The first rebalance (after group.initial.rebalance.delay.ms): one partition each.
  await waitStable(page, 1);
  await expect.poll(() => owned(page), { timeout: 20_000 }).toEqual(ALL);
  await expect(members(page)).toHaveCount(3);

  // Add a fourth member with the button, as a person would.
  const add = page.getByTestId(`group-${GROUP}-add`);
  await expect(add).toHaveAccessibleName(/Start one more consumer in group-a/);
  await add.click();
  await expect(member(page, 'group-a-4')).toBeVisible();
  await waitStable(page, 2);
  await expect
    .poll(async () => (await assignments(page))['group-a-4'], { timeout: 20_000 })
    .toEqual([]);
  await expect.poll(() => owned(page), { timeout: 20_000 }).toEqual(ALL);
  // It stays empty: still idle a few simulated seconds later, with the reason on screen.
  await page.waitForTimeout(1500);
  await expect(member(page, 'group-a-4')).toHaveAttribute('data-assignment', '');
  await expect(member(page, 'group-a-4')).toContainText(
    'More members than partitions: a partition goes to one member of the group only.',
  );
  await expect(page.getByTestId(`group-${GROUP}-phase`)).toContainText('Stable');
  await expect(page.getByTestId(`group-${GROUP}-lines`)).toHaveAttribute('data-lines', '3');
  await page.getByTestId('speed').selectOption('0.1');
  await page.screenshot({ path: `${SHOTS}/groups-idle-member-en.png` });

  // Stop group-a-1 gracefully (LeaveGroup): the idle member takes its partition.
  await setSpeed(page, 10);
  const generation = Number(
    await page.getByTestId(`group-panel-${GROUP}`).getAttribute('data-generation'),
  );
  const stop = page.getByTestId(`consumer-${GROUP}-group-a-1-stop`);
  await expect(stop).toHaveAccessibleName(/Stop group-a-1 gracefully/);
  await stop.click();
  await expect(member(page, 'group-a-1')).toHaveCount(0, { timeout: 10_000 });
  await waitStable(page, generation + 1);
  await expect.poll(() => owned(page), { timeout: 20_000 }).toEqual(ALL);
  await expect(members(page)).toHaveCount(3);
  for (const [id, tps] of Object.entries(await assignments(page)))
    expect(tps, `${id} owns one partition`).toHaveLength(1);
  expect(errors).toEqual([]);
});

test('switching the language changes the texts of the group view', async ({ page }) => {
  const errors = collectErrors(page);
  await openGroups(page, 'lang=en&scenario=group-three-partitions-4-members');
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await waitStable(page, 1);
  const idle = member(page, 'group-a-4');
  await expect(idle).toHaveAttribute('data-assignment', '');
  await expect(idle).toContainText('More members than partitions');
  await expect(page.getByTestId('view-tab-groups')).toHaveText('Consumer groups');
  await expect(page.getByTestId(`group-${GROUP}-add`)).toHaveText('Add member');

  await page.getByTestId('lang-ko').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(idle).toContainText('멤버가 파티션보다 많습니다');
  await expect(page.getByTestId(`group-${GROUP}-add`)).toHaveText('멤버 추가');
  await expect(page.getByTestId(`consumer-${GROUP}-group-a-1-crash`)).toHaveAccessibleName(
    /group-a-1를 갑자기 죽입니다/,
  );
  await page.getByTestId('speed').selectOption('0.1');
  await page.screenshot({ path: `${SHOTS}/groups-idle-member-ko.png` });

  await page.getByTestId('lang-en').click();
  await expect(idle).toContainText('More members than partitions');
  expect(errors).toEqual([]);
});

test('a crash with auto-commit shows redelivered records (ko, 1280×800)', async ({ page }) => {
  const errors = collectErrors(page);
  await openGroups(page, 'lang=ko&scenario=group-crash-redelivery');
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  // The scenario crashes group-a-1 at 14 s; session.timeout.ms (10 s) later the group rebalances.
  await expect(member(page, 'group-a-1')).toHaveAttribute('data-status', 'crashed', {
    timeout: 25_000,
  });
  await expect(member(page, 'group-a-1')).toContainText('장애');
  await expect
    .poll(async () => Number(await page.getByTestId(`group-${GROUP}-redelivered`).textContent()), {
      timeout: 30_000,
    })
    .toBeGreaterThan(0);
  await expect.poll(() => owned(page), { timeout: 20_000 }).toEqual(ALL);
  await page.getByTestId('speed').selectOption('0.1');
  await page.screenshot({ path: `${SHOTS}/groups-crash-redelivery-ko.png` });
  expect(errors).toEqual([]);
});

test('eager vs cooperative, dark theme, keyboard reaches the member controls', async ({ page }) => {
  const errors = collectErrors(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?lang=en&scenario=group-eager-vs-cooperative&view=groups');
  await expect(page.getByTestId('group-panel-eager')).toBeVisible();
  await expect(page.getByTestId('group-panel-cooperative')).toBeVisible();
  await expect(page.getByTestId('group-cooperative-assignor')).toHaveValue('cooperative-sticky');
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('consumer-eager-eager-4')).toBeVisible({ timeout: 25_000 });
  await expect(page.getByTestId('group-panel-eager')).toHaveAttribute('data-state', 'Stable', {
    timeout: 25_000,
  });
  await expect(page.getByTestId('group-panel-cooperative')).toHaveAttribute(
    'data-state',
    'Stable',
    { timeout: 25_000 },
  );
  await page.getByTestId('speed').selectOption('0.1');
  await page.screenshot({ path: `${SHOTS}/groups-eager-cooperative-dark.png`, fullPage: true });

  // Tab reaches a member's Stop and Crash buttons.
  const stop = page.getByTestId('consumer-eager-eager-1-stop');
  await stop.focus();
  await expect(stop).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('consumer-eager-eager-1-crash')).toBeFocused();
  expect(errors).toEqual([]);
});

test('embedded at 640×400 the group view fits', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto('./?embed=1&lang=ko&scenario=group-three-partitions-2-members&view=groups');
  await expect(page.getByTestId(`group-panel-${GROUP}`)).toBeVisible();
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await waitStable(page, 1);
  await expect.poll(() => owned(page), { timeout: 20_000 }).toEqual(ALL);
  await page.getByTestId('speed').selectOption('0.1');
  // Nothing wider than the frame.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow).toBe(false);
  await page.screenshot({ path: `${SHOTS}/groups-embed-640x400.png` });
  expect(errors).toEqual([]);
});
