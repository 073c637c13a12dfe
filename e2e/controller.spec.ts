// The controller view, used the way a person would: open its tab, kill the active controller
// from its card, watch the quorum elect another and name it, switch language, and look at the
// page at both sizes. Screenshots go to e2e/screenshots/.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, open, setSpeed, simMs } from './helpers';

const SHOTS = 'e2e/screenshots';

async function openController(page: Page, query: string): Promise<void> {
  await open(page, query);
  await page.getByTestId('view-tab-controller').click();
  await expect(page.getByTestId('view-tab-controller')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('controller-view')).toBeVisible();
}

test('killing the active controller: the quorum elects another and the view names it', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openController(page, 'lang=en&scenario=waiting-events');
  const active = page.getByTestId('active-controller');
  await expect(active).toHaveAttribute('data-leader', '3001');
  await expect(active).toHaveText('Active controller: 3001 · epoch 1');
  await expect(page.getByTestId('controller-3001')).toHaveAttribute('data-role', 'leader');
  await expect(page.getByTestId('controller-3002')).toHaveAttribute('data-role', 'follower');
  await expect(page.getByTestId('metadata-log')).toContainText('LeaderChange: 3001 leads');

  await setSpeed(page, 5);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => simMs(page)).toBeGreaterThan(1500);
  await page.getByTestId('controller-3001-kill').click();
  await expect(page.getByTestId('controller-3001')).toHaveAttribute('data-status', 'offline');
  await expect(page.getByTestId('controller-3001-restart')).toBeVisible();
  // No leader for a moment, then one of the other two wins an election in a later epoch.
  await expect
    .poll(async () => active.getAttribute('data-leader'), { timeout: 30_000 })
    .toMatch(/^300[23]$/);
  const leader = await active.getAttribute('data-leader');
  await expect(active).toContainText(`Active controller: ${leader}`);
  await expect(page.getByTestId(`controller-${leader}`)).toHaveAttribute('data-role', 'leader');
  const epoch = Number(await page.getByTestId(`controller-${leader}`).getAttribute('data-epoch'));
  expect(epoch).toBeGreaterThan(1);
  await expect(page.getByTestId('quorum-events')).toContainText(
    `Controller ${leader} won the election for epoch ${epoch}`,
  );
  await expect(page.getByTestId('quorum-events')).toContainText('Controller 3001 stopped');
  // The brokers found it: each fetches the metadata log from the new leader.
  await expect(page.getByTestId('metadata-broker-1')).toContainText(`fetches from ${leader}`, {
    timeout: 10_000,
  });
  await page.getByTestId('play-toggle').click();
  await page.screenshot({ path: `${SHOTS}/controller-failover-en.png` });

  // In Korean, the same quorum.
  await page.getByTestId('lang-ko').click();
  await expect(active).toContainText(`활성 controller: ${leader}`);
  await page.screenshot({ path: `${SHOTS}/controller-failover-ko.png` });
  expect(errors).toEqual([]);
});

test('the starter: the active controller dies and the new one is named', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('./?lang=en&scenario=controller-failover&view=controller&t=20000');
  await expect(page.getByTestId('controller-view')).toBeVisible();
  const active = page.getByTestId('active-controller');
  await expect(active).toHaveAttribute('data-leader', /^300[23]$/);
  await expect(page.getByTestId('controller-3001')).toHaveAttribute('data-status', 'offline');
  await expect(page.getByTestId('quorum-events')).toContainText('won the election');
  expect(errors).toEqual([]);
});

test('a small frame (640×400) shows the quorum without overflow', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto('./?lang=ko&scenario=controller-failover&view=controller&t=20000');
  await expect(page.getByTestId('controller-view')).toBeVisible();
  await expect(page.getByTestId('active-controller')).toHaveAttribute('data-leader', /^300[23]$/);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/controller-640-ko.png` });
});

test('ZooKeeper mode: killing the controller broker, another wins /controller after the session timeout', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openController(page, 'lang=en&scenario=zookeeper-controller-failover');
  const active = page.getByTestId('active-controller');
  await expect(active).toHaveAttribute('data-leader', '1');
  await expect(active).toContainText('Controller: broker 1 · epoch 1');
  await expect(page.getByTestId('zookeeper-4003')).toHaveAttribute('data-role', 'leader');
  await expect(page.getByTestId('zookeeper-4001')).toHaveAttribute('data-role', 'follower');
  await expect(page.getByTestId('znode-/controller')).toContainText('"brokerid":1');
  await expect(page.getByTestId('zk-broker-1')).toHaveAttribute('data-controller', 'true');

  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => simMs(page)).toBeGreaterThan(1000);
  await page.getByTestId('zk-broker-1-kill').click();
  await expect(page.getByTestId('zk-broker-1')).toContainText('Broker 1: down');
  // /controller still names broker 1 until its session expires (18 s of simulated time).
  await expect(active).toHaveAttribute('data-leader', '1');
  await expect
    .poll(async () => active.getAttribute('data-leader'), { timeout: 30_000 })
    .toMatch(/^[23]$/);
  const leader = await active.getAttribute('data-leader');
  await expect(active).toContainText(`Controller: broker ${leader} · epoch 2`);
  const events = page.getByTestId('quorum-events');
  await expect(events).toContainText('ZooKeeper expired broker 1’s session');
  await expect(events).toContainText(`Broker ${leader} created /controller`);
  await expect(events).toContainText(`Controller ${leader} reads the state of`, {
    timeout: 10_000,
  });
  await expect(page.getByTestId(`zk-broker-${leader}`)).toHaveAttribute('data-ready', 'true', {
    timeout: 10_000,
  });
  await expect(page.getByTestId('znode-/controller')).toContainText(`"brokerid":${leader}`);
  await page.getByTestId('play-toggle').click();
  await page
    .getByTestId('controller-view')
    .screenshot({ path: `${SHOTS}/zookeeper-failover-en.png` });

  await page.getByTestId('lang-ko').click();
  await expect(active).toContainText(`Controller: broker ${leader}`);
  await expect(page.getByTestId('controller-view')).toContainText('ZooKeeper 앙상블');
  await page
    .getByTestId('controller-view')
    .screenshot({ path: `${SHOTS}/zookeeper-failover-ko.png` });
  expect(errors).toEqual([]);
});

test('ZooKeeper mode in a small frame (640×400): no overflow', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto('./?lang=ko&scenario=zookeeper-controller-failover&view=controller&t=26000');
  await expect(page.getByTestId('controller-view')).toBeVisible();
  await expect(page.getByTestId('active-controller')).toHaveAttribute('data-leader', /^[23]$/);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/zookeeper-640-ko.png` });
});
