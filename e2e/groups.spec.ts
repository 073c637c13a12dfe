// The consumer-group view, used the way a person would: open its tab, add a fourth member to a
// 3-partition group and see it stay idle, stop one member and see every partition owned again,
// switch the language, and look at it in the dark theme and in a 640×400 embed. The group
// protocol has real delays (group.initial.rebalance.delay.ms 3 s, heartbeats every 3 s), so
// the test plays at 10× through the speed select and waits generously.
// Screenshots go to e2e/screenshots/ (git-ignored) for a human look.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, setSpeed, simMs } from './helpers';

const SHOTS = 'e2e/screenshots';
const GROUP = 'group-a';
const TOPIC = 'waiting-events';
const ALL = [0, 1, 2].map((p) => `${TOPIC}-${p}`);

async function openGroups(page: Page, query: string): Promise<void> {
  await page.goto(`./?${query}&autoplay=0`);
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
    /group-a-1을 갑자기 죽입니다/,
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
  await page.goto('./?lang=en&scenario=group-eager-vs-cooperative&view=groups&autoplay=0');
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

// ---- The consumer group protocol (KIP-848, group.protocol=consumer) ----

type Sample = { ms: number; assignment: string; reconciliation: string };
type Samples = Record<string, Sample[]>;

/**
 * Record, on every painted frame, each member's data-assignment and data-reconciliation when
 * they change: `consumer-<group>-<member>` → its successive values with the simulated time.
 */
async function startSampling(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __samples: Samples };
    w.__samples = {};
    const frame = () => {
      const ms = Number(
        document.querySelector('[data-testid="sim-time"]')?.getAttribute('data-ms'),
      );
      for (const el of document.querySelectorAll('[data-testid^="consumer-"][data-assignment]')) {
        const id = el.getAttribute('data-testid')!;
        const assignment = el.getAttribute('data-assignment') ?? '';
        const reconciliation = el.getAttribute('data-reconciliation') ?? '';
        const list = (w.__samples[id] ??= []);
        const last = list.at(-1);
        if (!last || last.assignment !== assignment || last.reconciliation !== reconciliation)
          list.push({ ms, assignment, reconciliation });
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

async function samples(page: Page): Promise<Samples> {
  return page.evaluate(() => (window as unknown as { __samples: Samples }).__samples);
}

async function playUntil(page: Page, ms: number, timeout = 25_000): Promise<void> {
  await expect.poll(() => simMs(page), { timeout, intervals: [20] }).toBeGreaterThanOrEqual(ms);
}

const groupMembers = (page: Page, group: string) =>
  page.locator(`[data-testid^="consumer-${group}-"][data-assignment]`);

type MemberAttrs = { assignment: string; target: string; reconciliation: string };

async function memberAttrs(page: Page, group: string): Promise<Record<string, MemberAttrs>> {
  const out: Record<string, MemberAttrs> = {};
  for (const el of await groupMembers(page, group).all()) {
    const id = (await el.getAttribute('data-testid'))!.slice(`consumer-${group}-`.length);
    out[id] = {
      assignment: (await el.getAttribute('data-assignment')) ?? '',
      target: (await el.getAttribute('data-target')) ?? '',
      reconciliation: (await el.getAttribute('data-reconciliation')) ?? '',
    };
  }
  return out;
}

const sortedList = (s: string) => (s === '' ? [] : s.split(',').sort());

/** Every partition the group's members own, and whether each member owns exactly its target. */
async function settled(page: Page, group: string): Promise<{ owned: string[]; atTarget: boolean }> {
  const attrs = Object.values(await memberAttrs(page, group));
  return {
    owned: attrs.flatMap((a) => sortedList(a.assignment)).sort(),
    atTarget:
      attrs.length > 0 &&
      attrs.every(
        (a) =>
          a.reconciliation === 'STABLE' &&
          sortedList(a.target).join(',') === sortedList(a.assignment).join(','),
      ),
  };
}

async function pause(page: Page): Promise<void> {
  const toggle = page.getByTestId('play-toggle');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
}

test('classic vs consumer protocol: the KIP-848 group keeps consuming while one partition moves', async ({
  page,
}) => {
  // Played mostly at 1× (and 0.1× around the revocation) so that no step is skipped.
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  // Tall enough for both groups on one screenshot.
  await page.setViewportSize({ width: 1280, height: 1900 });
  await page.goto('./?lang=en&scenario=group-classic-vs-consumer&view=groups&autoplay=0');
  const kip = page.getByTestId('group-panel-kip848');
  await expect(kip).toBeVisible();
  await expect(kip).toHaveAttribute('data-protocol', 'consumer');
  await expect(page.getByTestId('group-panel-classic')).toHaveAttribute('data-protocol', 'classic');
  await expect(page.getByTestId('group-kip848-protocol')).toHaveText('consumer protocol · KIP-848');
  await expect(page.getByTestId('group-kip848-protocol-select')).toHaveValue('consumer');
  await expect(page.getByTestId('group-classic-protocol-select')).toHaveValue('classic');
  await expect(page.getByTestId('group-kip848-assignor')).toHaveAttribute(
    'data-key',
    'group.remote.assignor',
  );

  // Sample every painted frame from the start, at 1×: a frame advances the clock by at most
  // 100 ms (the store's cap), so the classic group's ~0.2 s without partitions is painted and
  // sampled however busy the machine is. Speeds change only while paused.
  await startSampling(page);
  await setSpeed(page, 1);
  await page.getByTestId('play-toggle').click();
  const fourth = page.getByTestId('consumer-kip848-kip848-4');
  // Its wait for P4 lasts from 12.1 s until ~15.9 s: pause anywhere in it.
  await expect(fourth).toHaveAttribute('data-reconciliation', 'UNRELEASED_PARTITIONS', {
    timeout: 40_000,
  });
  await pause(page);

  // kip848-4 has joined and waits for P4, which kip848-3 still owns; a dotted line shows where
  // P4 is heading. The others keep their partitions.
  await expect(fourth).toHaveAttribute('data-reconciliation', 'UNRELEASED_PARTITIONS');
  await expect(fourth).toHaveAttribute('data-target', `${TOPIC}-4`);
  await expect(fourth).toHaveAttribute('data-assignment', '');
  await expect(page.getByTestId('consumer-kip848-kip848-4-note')).toContainText(
    'Waiting for P4 to be released by kip848-3 (UNRELEASED_PARTITIONS)',
  );
  await expect(page.getByTestId('group-kip848-lines')).toHaveAttribute('data-pending', '1');
  const phase = page.getByTestId('group-kip848-phase');
  await expect(phase).toHaveAttribute('data-state', 'Reconciling');
  await expect(phase).toHaveAttribute('data-step', 'reconciling');
  await expect(phase).toContainText('Epoch bumped → 4');
  await expect(phase).toContainText('Target 4 computed (uniform)');
  await expect(page.getByTestId('group-kip848-generation')).toHaveText(
    'group epoch 4 · target epoch 4',
  );
  await expect(page.getByTestId('group-kip848-state')).toHaveText('State Reconciling');
  await expect(page.getByTestId(`group-partition-kip848-${TOPIC}-4`)).toContainText(
    'owned by kip848-3 → kip848-4',
  );
  await page.screenshot({ path: `${SHOTS}/groups-kip848-reconciling-en.png` });
  await kip.screenshot({ path: `${SHOTS}/groups-kip848-reconciling-en-panel.png` });
  await page.getByTestId('lang-ko').click();
  await expect(page.getByTestId('consumer-kip848-kip848-4-note')).toContainText(
    'kip848-3에게서 P4 파티션을 넘겨받기를 기다립니다',
  );
  await expect(page.getByTestId('group-kip848-protocol')).toHaveText('consumer 프로토콜 · KIP-848');
  await page.screenshot({ path: `${SHOTS}/groups-kip848-reconciling-ko.png` });
  await kip.screenshot({ path: `${SHOTS}/groups-kip848-reconciling-ko-panel.png` });
  await page.getByTestId('lang-en').click();

  // At its next heartbeat (~15.6 s) kip848-3 is asked to revoke P4 and does so within a few
  // hundred ms, still at epoch 3 and still consuming P3: slow down to catch it.
  await page.getByTestId('play-toggle').click();
  await playUntil(page, 14_500);
  await pause(page);
  expect(await simMs(page), 'paused before kip848-3 is asked to revoke (15.6 s)').toBeLessThan(
    15_600,
  );
  await setSpeed(page, 0.1);
  await page.getByTestId('play-toggle').click();
  const third = page.getByTestId('consumer-kip848-kip848-3');
  await expect(third).toHaveAttribute('data-reconciliation', 'UNREVOKED_PARTITIONS', {
    timeout: 15_000,
  });
  await pause(page);
  await expect(third).toHaveAttribute('data-epoch', '3');
  await expect(page.getByTestId('consumer-kip848-kip848-3-note')).toContainText(
    'Revoking P4 (UNREVOKED_PARTITIONS): it keeps epoch 3',
  );
  await page.screenshot({ path: `${SHOTS}/groups-kip848-revoking-en.png` });
  await kip.screenshot({ path: `${SHOTS}/groups-kip848-revoking-en-panel.png` });

  // On to the end of the reconciliation: every partition owned, each member at its target.
  await setSpeed(page, 2);
  await page.getByTestId('play-toggle').click();
  await playUntil(page, 18_500);
  await expect
    .poll(() => settled(page, 'kip848'), { timeout: 10_000 })
    .toEqual({ owned: [0, 1, 2, 3, 4, 5].map((p) => `${TOPIC}-${p}`), atTarget: true });
  await expect(phase).toHaveAttribute('data-state', 'Stable');
  await expect(phase).toHaveAttribute('data-step', 'stable');
  await expect(page.getByTestId('group-kip848-lines')).toHaveAttribute('data-pending', '0');
  await expect(fourth).toHaveAttribute('data-assignment', `${TOPIC}-4`);
  await pause(page);

  // What the page showed frame by frame: the classic (eager range) group dropped every line at
  // once; in the KIP-848 group the members that keep partitions never stopped owning them, and
  // kip848-3 revoked P4 first (UNREVOKED_PARTITIONS) before kip848-4 got it.
  // Sampling ran from the start: keep what was on screen from 11.5 s on (all Stable then).
  const seen = Object.fromEntries(
    Object.entries(await samples(page)).map(([id, list]) => {
      const start = list.findLastIndex((s) => s.ms <= 11_500);
      return [id, list.slice(Math.max(start, 0))];
    }),
  );
  for (const id of ['classic-1', 'classic-2', 'classic-3', 'kip848-1', 'kip848-2', 'kip848-3']) {
    const group = id.split('-')[0];
    expect(seen[`consumer-${group}-${id}`]![0]!.assignment, `${id} owned at 11.5 s`).not.toBe('');
  }
  for (const id of ['classic-1', 'classic-2', 'classic-3'])
    expect(
      seen[`consumer-classic-${id}`]!.map((s) => s.assignment),
      `${id} gave up everything`,
    ).toContain('');
  for (const id of ['kip848-1', 'kip848-2', 'kip848-3']) {
    const list = seen[`consumer-kip848-${id}`]!;
    expect(list.length, `${id} sampled`).toBeGreaterThan(0);
    expect(
      list.filter((s) => s.assignment === ''),
      `${id} never empty`,
    ).toEqual([]);
  }
  const thirdSeen = seen['consumer-kip848-kip848-3']!;
  expect(thirdSeen.map((s) => s.reconciliation)).toContain('UNREVOKED_PARTITIONS');
  const dedupe = (xs: string[]) => xs.filter((x, i) => i === 0 || xs[i - 1] !== x);
  expect(dedupe(thirdSeen.map((s) => s.assignment))).toEqual([
    `${TOPIC}-3,${TOPIC}-4`,
    `${TOPIC}-3`,
  ]);
  expect(dedupe(seen['consumer-kip848-kip848-4']!.map((s) => s.assignment))).toEqual([
    '',
    `${TOPIC}-4`,
  ]);
  await page.screenshot({ path: `${SHOTS}/groups-kip848-stable-en.png` });
  await kip.screenshot({ path: `${SHOTS}/groups-kip848-stable-en-panel.png` });
  expect(errors).toEqual([]);
});

/** Pick group.protocol=consumer in the group's protocol select, as a person would. */
async function switchToConsumer(page: Page): Promise<void> {
  const select = page.getByTestId(`group-${GROUP}-protocol-select`);
  await expect(select).toHaveValue('classic');
  await expect(select).toHaveAccessibleName('Protocol');
  await select.selectOption('consumer');
  const panel = page.getByTestId(`group-panel-${GROUP}`);
  await expect(panel).toHaveAttribute('data-protocol', 'consumer');
  await expect(select).toHaveValue('consumer');
}

async function waitConsumerStable(page: Page, epoch: number): Promise<void> {
  const panel = page.getByTestId(`group-panel-${GROUP}`);
  await expect
    .poll(async () => Number(await panel.getAttribute('data-generation')), { timeout: 25_000 })
    .toBeGreaterThanOrEqual(epoch);
  await expect(panel).toHaveAttribute('data-state', 'Stable', { timeout: 25_000 });
  await expect
    .poll(() => settled(page, GROUP), { timeout: 25_000 })
    .toEqual(expect.objectContaining({ atTarget: true }));
}

test('switching a group to the consumer protocol from the UI: group epoch, server assignors', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openGroups(page, 'lang=en&scenario=group-three-partitions-3-members');
  await expect(page.getByTestId(`group-${GROUP}-protocol`)).toHaveText('classic protocol');
  const assignor = page.getByTestId(`group-${GROUP}-assignor`);
  await expect(assignor).toHaveAttribute('data-key', 'partition.assignment.strategy');
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await waitStable(page, 1);

  await switchToConsumer(page);
  await expect(page.getByTestId(`group-${GROUP}-protocol`)).toHaveText(
    'consumer protocol · KIP-848',
  );
  // The assignor select now offers the coordinator's server assignors.
  await expect(assignor).toHaveAttribute('data-key', 'group.remote.assignor');
  await expect(assignor.locator('option')).toHaveText(['uniform (default)', 'range']);
  expect(
    await assignor.locator('option').evaluateAll((os) => os.map((o) => o.getAttribute('value'))),
  ).toEqual(['uniform', 'range']);
  await expect(assignor).toHaveValue('uniform');

  // The new members join with ConsumerGroupHeartbeat: the group epoch counts up, the phase bar
  // names the KIP-848 phases, and there is no leader member.
  await waitConsumerStable(page, 1);
  await expect.poll(() => owned(page), { timeout: 20_000 }).toEqual(ALL);
  const phase = page.getByTestId(`group-${GROUP}-phase`);
  await expect(phase).toHaveAttribute('data-protocol', 'consumer');
  await expect(phase).toContainText('Target');
  await expect(phase).toContainText('(uniform)');
  await expect(phase).not.toContainText('leader');
  await expect(phase).not.toContainText('PreparingRebalance');
  const epoch = Number(
    await page.getByTestId(`group-panel-${GROUP}`).getAttribute('data-generation'),
  );
  await expect(page.getByTestId(`group-${GROUP}-generation`)).toHaveText(
    `group epoch ${epoch} · target epoch ${epoch}`,
  );
  await expect(page.getByTestId(`group-${GROUP}-state`)).toHaveText('State Stable');
  for (const el of await members(page).all()) {
    await expect(el).toHaveAttribute('data-reconciliation', 'STABLE');
    await expect(el).toContainText(`epoch ${epoch}`);
    await expect(el.locator('.gv-pill-leader')).toHaveCount(0);
  }

  // The range server assignor: the members restart asking for it.
  await assignor.selectOption('range');
  await expect(assignor).toHaveValue('range');
  await expect(assignor.locator('option')).toHaveText(['uniform', 'range']);
  await expect(phase).toContainText('(range)', { timeout: 25_000 });
  await expect.poll(() => owned(page), { timeout: 25_000 }).toEqual(ALL);
  await page.getByTestId('speed').selectOption('0.1');
  await page.waitForTimeout(800); // let the lines finish drawing
  await page.screenshot({ path: `${SHOTS}/groups-switch-consumer-en.png` });

  // And back to classic: the classic strategies again, and a classic group once the consumer
  // group has emptied and the first classic member has joined.
  await setSpeed(page, 10);
  await page.getByTestId(`group-${GROUP}-protocol-select`).selectOption('classic');
  await expect(page.getByTestId(`group-panel-${GROUP}`)).toHaveAttribute(
    'data-protocol',
    'classic',
    { timeout: 15_000 },
  );
  await expect(assignor).toHaveAttribute('data-key', 'partition.assignment.strategy');
  await expect(assignor).toHaveValue('range,cooperative-sticky');
  await expect(page.getByTestId(`group-${GROUP}-switching`)).toHaveCount(0);
  await expect(page.getByTestId(`group-${GROUP}-generation`)).toContainText('generation');
  expect(errors).toEqual([]);
});

test('consumer protocol: a fourth member on three partitions gets nothing; stopping one gives every partition an owner', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openGroups(page, 'lang=en&scenario=group-three-partitions-3-members');
  await switchToConsumer(page);
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await waitConsumerStable(page, 1);
  await expect.poll(() => owned(page), { timeout: 20_000 }).toEqual(ALL);
  const before = Object.keys(await assignments(page));
  expect(before).toHaveLength(3);

  // One more member from the button: it joins, the target gives it nothing, it stays empty.
  const epoch = Number(
    await page.getByTestId(`group-panel-${GROUP}`).getAttribute('data-generation'),
  );
  await page.getByTestId(`group-${GROUP}-add`).click();
  await expect(members(page)).toHaveCount(4);
  const fourth = Object.keys(await assignments(page)).find((id) => !before.includes(id))!;
  await waitConsumerStable(page, epoch + 1);
  const newcomer = member(page, fourth);
  await expect(newcomer).toHaveAttribute('data-assignment', '');
  await expect(newcomer).toHaveAttribute('data-target', '');
  await expect(newcomer).toHaveAttribute('data-reconciliation', 'STABLE');
  await expect.poll(() => owned(page), { timeout: 20_000 }).toEqual(ALL);
  await page.waitForTimeout(1500);
  await expect(newcomer).toHaveAttribute('data-assignment', '');
  await expect(newcomer).toContainText('More members than partitions');
  await expect(page.getByTestId(`group-${GROUP}-lines`)).toHaveAttribute('data-lines', '3');
  await expect(page.getByTestId(`group-${GROUP}-lines`)).toHaveAttribute('data-pending', '0');
  await page.getByTestId('speed').selectOption('0.1');
  await page.screenshot({ path: `${SHOTS}/groups-kip848-idle-member-en.png` });
  await page.getByTestId('lang-ko').click();
  await expect(newcomer).toContainText('멤버가 파티션보다 많습니다');
  await page.screenshot({ path: `${SHOTS}/groups-kip848-idle-member-ko.png` });
  await page.getByTestId('lang-en').click();

  // Stop the first member: its partition goes to the newcomer at a heartbeat.
  await setSpeed(page, 10);
  const leaving = before[0]!;
  const now = Number(
    await page.getByTestId(`group-panel-${GROUP}`).getAttribute('data-generation'),
  );
  await page.getByTestId(`consumer-${GROUP}-${leaving}-stop`).click();
  await expect(member(page, leaving)).toHaveCount(0, { timeout: 10_000 });
  await waitConsumerStable(page, now + 1);
  await expect.poll(() => owned(page), { timeout: 20_000 }).toEqual(ALL);
  await expect(members(page)).toHaveCount(3);
  for (const [id, tps] of Object.entries(await assignments(page)))
    expect(tps, `${id} owns one partition`).toHaveLength(1);
  expect((await assignments(page))[fourth]).toHaveLength(1);
  expect(errors).toEqual([]);
});
