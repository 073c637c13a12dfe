// A cluster too big to list (issue #16): 50 brokers, 10 topics × 1,000 partitions at RF 3 (30,000
// replicas; 30,150 with __consumer_offsets, under the engine's cap of 32,000). The cluster view
// shows an overview instead of ~30,000 rows; a person drills down to a topic and opens a broker,
// and every view is ready within 2 s of its tab being pressed.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import lzString from 'lz-string';
import { collectErrors } from './helpers';
import { scaleScenario } from '../bench/scaleScenario';

/** axe on a windowed list's structure (its colours are checked at starter sizes by a11y.spec). */
async function expectListAccessible(page: Page, testId: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include(`[data-testid="${testId}"]`)
    .disableRules(['color-contrast'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

const link = `v=1&scenario=${lzString.compressToEncodedURIComponent(JSON.stringify(scaleScenario()))}`;

/** Opens the scale scenario paused at 2 s, its overview on screen. */
async function openAtScale(page: Page): Promise<void> {
  await page.goto(`./?lang=en&autoplay=0&t=2000#${link}`);
  await expect(page.getByTestId('cluster-overview')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('sim-time')).toHaveAttribute('data-ms', '2000', {
    timeout: 30_000,
  });
}

test('10,000 partitions at RF 3: an overview, drill-down, and every view ready within 2 s', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await openAtScale(page);
  const overview = page.getByTestId('cluster-overview');
  await expect(overview).toContainText('10000 partitions, 30000 replicas on 50 brokers');
  // Rows are not drawn: the page holds a few thousand elements, not hundreds of thousands.
  expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(6000);
  await expect(page.locator('.replica')).toHaveCount(0);
  // Broker 1's counts and heat map agree with each other: one square per replica it hosts.
  const counts = page.getByTestId('broker-1-counts');
  const leads = Number(await counts.locator('[data-leaders]').getAttribute('data-leaders'));
  const follows = Number(await counts.locator('[data-followers]').getAttribute('data-followers'));
  expect(leads).toBeGreaterThan(0);
  await expect(page.getByTestId('heat-map-1')).toHaveAttribute(
    'data-cells',
    String(leads + follows),
  );
  await expect(page.getByTestId('overview-urp')).toHaveAttribute('data-count', '0');

  // Drill down to one topic, then open broker 1: its rows of t0 appear, with their hooks.
  await page.getByTestId('overview-topic').selectOption('t0');
  const t0Cells = Number(await page.getByTestId('heat-map-1').getAttribute('data-cells'));
  expect(t0Cells).toBeGreaterThan(0);
  expect(t0Cells).toBeLessThan(leads + follows);
  await page.getByTestId('broker-1-rows').click();
  await expect(page.getByTestId('broker-1').locator('.replica')).toHaveCount(t0Cells);

  // Back to every topic, broker 1 still open: its 600-odd rows are windowed — a few dozen drawn,
  // the list as tall as all of them, and scrolling to its end brings the last one in.
  await page.getByTestId('overview-topic').selectOption('');
  const replicas = page.getByTestId('broker-1-replicas');
  await expect(replicas).toHaveAttribute('data-count', String(leads + follows));
  const opened = replicas.locator('.replica');
  await expect(opened.first()).toHaveAttribute('aria-setsize', String(leads + follows));
  expect(await opened.count()).toBeLessThan(80);
  const { listHeight, rowStep } = await replicas.evaluate((el) => {
    const [a, b] = [...el.querySelectorAll('.replica')] as [Element, Element];
    return {
      listHeight: el.getBoundingClientRect().height,
      rowStep: b.getBoundingClientRect().top - a.getBoundingClientRect().top,
    };
  });
  expect(listHeight).toBeGreaterThan((leads + follows - 1) * rowStep);
  expect(listHeight).toBeLessThan((leads + follows + 1) * rowStep);
  await replicas.evaluate((el) => el.lastElementChild!.scrollIntoView({ block: 'end' }));
  await expect(opened.last()).toHaveAttribute('aria-posinset', String(leads + follows));
  await expect(opened.last()).toBeInViewport();
  await expectListAccessible(page, 'broker-1-replicas');
  expect(await opened.count()).toBeLessThan(80);

  for (const [tab, hook] of [
    ['replication', 'replication-view'],
    ['storage', 'storage-view'],
    ['groups', 'groups-view'],
    ['whyfast', 'whyfast-view'],
    ['controller', 'controller-view'],
    ['cluster', 'cluster-overview'],
  ] as const) {
    const started = Date.now();
    await page.getByTestId(`view-tab-${tab}`).click();
    await expect(page.getByTestId(hook)).toBeVisible({ timeout: 2000 });
    expect(Date.now() - started, tab).toBeLessThan(2000);
  }
  expect(errors).toEqual([]);
});

test('playing at scale: messages fly only between cards on screen, and draw no trails', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await openAtScale(page);
  await page.getByTestId('play-toggle').click();
  // Every flight's broker ends are cards within reach of the viewport (the observer's margin is
  // 120 px); the other 45-odd brokers' traffic is not drawn.
  const offScreenEnds = () =>
    page.evaluate(() => {
      const ends: string[] = [];
      let flights = 0;
      for (const f of document.querySelectorAll<HTMLElement>('[data-testid="flight"]')) {
        flights++;
        for (const end of [f.dataset.from, f.dataset.to]) {
          const id = /^broker:(\d+)$/.exec(end ?? '')?.[1];
          if (!id) continue;
          const r = document.querySelector(`[data-testid="broker-${id}"]`)!.getBoundingClientRect();
          if (r.bottom < -120 || r.top > window.innerHeight + 120) ends.push(end!);
        }
      }
      return { flights, ends };
    });
  await expect
    .poll(async () => (await offScreenEnds()).flights, { timeout: 20_000 })
    .toBeGreaterThan(0);
  for (let i = 0; i < 5; i++) {
    expect((await offScreenEnds()).ends).toEqual([]);
    await page.waitForTimeout(200);
  }
  await expect(page.locator('.flight-trail')).toHaveCount(0);
  await page.getByTestId('play-toggle').click();
  expect(errors).toEqual([]);
});

test('the groups view at scale draws only the partition rows near the viewport', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await openAtScale(page);
  const started = Date.now();
  await page.getByTestId('view-tab-groups').click();
  const rows = page.getByTestId('groups-view').locator('.gv-part');
  await expect(rows.first()).toBeVisible({ timeout: 5000 });
  console.log(`groups tab ready in ${Date.now() - started} ms`);
  // Group g1 reads t0's 1,000 partitions: a few dozen rows are drawn, the list is as tall as all.
  const list = page.getByTestId('group-g1-partitions');
  await expect(list).toHaveAttribute('data-count', '1000');
  const drawn = await rows.count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(60);
  const { height, step } = await list.evaluate((el) => {
    const [a, b] = [...el.querySelectorAll('.gv-part')] as [Element, Element];
    return {
      height: el.getBoundingClientRect().height,
      step: b.getBoundingClientRect().top - a.getBoundingClientRect().top,
    };
  });
  expect(height).toBeGreaterThan(999 * step);
  expect(height).toBeLessThan(1001 * step);
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
  await expect(rows.first()).toHaveAttribute('aria-setsize', '1000');
  await expect(page.getByTestId('group-partition-g1-t0-999')).toHaveCount(0);

  // Scrolling to the list's end brings the last partitions in and lets the first ones go.
  await list.evaluate((el) => el.lastElementChild!.scrollIntoView({ block: 'end' }));
  const last = page.getByTestId('group-partition-g1-t0-999');
  await expect(last).toBeInViewport();
  await expect(last).toHaveAttribute('aria-posinset', '1000');
  await expect(page.getByTestId('group-partition-g1-t0-0')).toHaveCount(0);
  expect(await rows.count()).toBeLessThan(60);
  // Half-way: the rows in view are the middle ones.
  await list.evaluate((el: HTMLElement) => {
    let box = el.parentElement!;
    while (box.scrollHeight <= box.clientHeight && box.parentElement) box = box.parentElement;
    box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollTop += el.offsetHeight / 2;
  });
  await expect(page.getByTestId('group-partition-g1-t0-500')).toBeInViewport();
  await expectListAccessible(page, 'group-g1-partitions');
  // The keyboard scrolls the list as well: End brings the last row in, Home the first.
  await page.getByTestId('group-partition-g1-t0-500').locator('.gv-part-name').click();
  await page.keyboard.press('End');
  await expect(page.getByTestId('group-partition-g1-t0-999')).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('group-partition-g1-t0-0')).toBeInViewport();
  expect(errors).toEqual([]);
});

test('the partition and replica pickers at scale filter as one types and draw only what shows', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await openAtScale(page);
  await page.getByTestId('view-tab-replication').click();
  // t0's 1,000 partitions: a combobox, not a <select> of 1,000 options.
  const input = page.getByTestId('repl-partition-input');
  await expect(page.locator('select[data-testid="repl-partition"]')).toHaveCount(0);
  await input.click();
  const list = page.getByTestId('repl-partition-list');
  await expect(list).toHaveAttribute('data-count', '1000');
  const options = list.getByRole('option');
  expect(await options.count()).toBeLessThan(30);
  await expect(options.first()).toHaveAttribute('aria-setsize', '1000');
  await expectListAccessible(page, 'repl-partition');
  // Typing filters: "99" is in 19 partition numbers (99, 199 … 999, 990 … 998).
  await input.fill('99');
  await expect(list).toHaveAttribute('data-count', '19');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(list).toHaveCount(0);
  await expect(page.getByTestId('partition-t0-199')).toBeVisible();
  await expect(input).toHaveValue('partition 199');
  // A number typed whole, then Enter: that partition. Escape gives up and keeps the last pick.
  await input.click();
  await input.fill('777');
  await expect(list).toHaveAttribute('data-count', '1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('partition-t0-777')).toBeVisible();
  await input.click();
  await input.fill('12');
  await page.keyboard.press('Escape');
  await expect(input).toHaveValue('partition 777');
  // The arrows scroll the list with them: the 40th option is drawn once it is reached.
  await input.click();
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
  await expect(list.locator('[data-value="817"]')).toBeInViewport();
  await page.keyboard.press('Escape');

  // The storage view's replica picker: broker 1's 600-odd replicas, searched by name.
  await page.getByTestId('view-tab-storage').click();
  const replica = page.getByTestId('storage-replica');
  await expect(page.locator('select[data-testid="storage-replica"]')).toHaveCount(0);
  await page.getByTestId('storage-replica-input').fill('t5-1');
  const found = page.getByTestId('storage-replica-list').getByRole('option');
  const first = await found.first().getAttribute('data-value');
  expect(first).toMatch(/^t5-1/);
  await page.keyboard.press('Enter');
  await expect(replica).toHaveAttribute('data-value', first!);

  // In a 640×400 window the open list stays inside it (it ran past the bottom, over the playback
  // bar, its last options out of reach): scrolled to its end, the last option shows whole.
  await page.setViewportSize({ width: 640, height: 400 });
  const replicaInput = page.getByTestId('storage-replica-input');
  await replicaInput.click();
  const replicaList = page.getByTestId('storage-replica-list');
  await expect(replicaList).toBeVisible();
  const box = (await replicaList.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(400);
  expect(box.height).toBeGreaterThan(2 * 26);
  const hosted = Number(await replicaList.getAttribute('data-count'));
  await replicaList.evaluate((el) => (el.scrollTop = el.scrollHeight));
  const lastOption = replicaList.locator(`[aria-posinset="${hosted}"]`);
  await expect(lastOption).toBeInViewport({ ratio: 1 });
  const lastValue = await lastOption.getAttribute('data-value');
  await lastOption.click();
  await expect(replica).toHaveAttribute('data-value', lastValue!);
  await expect(replicaList).toHaveCount(0);
  expect(errors).toEqual([]);
});
