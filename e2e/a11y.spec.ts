// Accessibility: axe-core in every view, in both languages and both themes, at rest, while the
// simulation plays and after a learner's actions (a broker crashed, isolated, slowed; a member
// added and crashed; a segment and a batch opened; an offset looked up). No serious or critical
// violation is allowed anywhere.
//
// While playing, the page is frozen for the moment axe looks: the animation frames that advance
// the simulation are held back (axe itself needs timers, so Playwright's clock cannot be paused
// instead), running fades end, and the CSS/Web Animations still running are finished, so a
// caption or an offset cell caught half-faded in is not read as low contrast.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, setSpeed, simMs } from './helpers';

const VIEWS = ['cluster', 'replication', 'storage', 'groups', 'whyfast', 'controller'] as const;
type View = (typeof VIEWS)[number];
const LANGS = ['en', 'ko'] as const;
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

// The theme follows prefers-color-scheme until the reader picks one: start from light, and
// reach dark through the header's switch, as a reader would.
test.use({ colorScheme: 'light' });

async function openView(page: Page, view: View, query: string): Promise<void> {
  await page.goto(`./?view=${view}&${query}&autoplay=0`);
  await expect(page.getByTestId(`view-tab-${view}`)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('play-toggle')).toBeEnabled();
}

async function setTheme(page: Page, theme: Theme): Promise<void> {
  const html = page.locator('html');
  if ((await html.getAttribute('data-theme')) !== theme) {
    await page.getByTestId('theme-switch').click();
  }
  await expect(html).toHaveAttribute('data-theme', theme);
}

async function isPlaying(page: Page): Promise<boolean> {
  return (await page.getByTestId('play-toggle').getAttribute('aria-pressed')) === 'true';
}

async function play(page: Page, speed: number): Promise<void> {
  await setSpeed(page, speed);
  if (!(await isPlaying(page))) await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('play-toggle')).toHaveAttribute('aria-pressed', 'true');
}

async function pause(page: Page): Promise<void> {
  if (await isPlaying(page)) await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('play-toggle')).toHaveAttribute('aria-pressed', 'false');
}

/** Finish every finite animation and transition, so colours are the ones a reader settles on. */
async function finishAnimations(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const a of document.getAnimations()) {
      if (a.effect?.getComputedTiming().endTime === Infinity) continue;
      try {
        a.finish();
      } catch {
        // An animation that cannot finish (no end) keeps running; axe sees it as it is.
      }
    }
  });
}

type Held = Window & {
  __heldFrames?: Map<number, FrameRequestCallback>;
  __realRaf?: typeof requestAnimationFrame;
  __realCaf?: typeof cancelAnimationFrame;
};

/** Holds every animation frame the page asks for: the playback loop stops advancing. */
async function freeze(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const w = window as Held;
    const held = new Map<number, FrameRequestCallback>();
    const realRaf = window.requestAnimationFrame.bind(window);
    const realCaf = window.cancelAnimationFrame.bind(window);
    let next = 1 << 30;
    Object.assign(w, { __heldFrames: held, __realRaf: realRaf, __realCaf: realCaf });
    window.requestAnimationFrame = (cb) => {
      held.set(++next, cb);
      return next;
    };
    window.cancelAnimationFrame = (id) => {
      if (!held.delete(id)) realCaf(id);
    };
    // Let frames already scheduled run and React commit what they published.
    await new Promise((r) => realRaf(() => realRaf(r)));
  });
  // Fades and flashes already under way end (the longest lasts 0.4 s).
  await page.waitForTimeout(600);
}

async function unfreeze(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as Held;
    if (!w.__realRaf || !w.__realCaf || !w.__heldFrames) return;
    window.requestAnimationFrame = w.__realRaf;
    window.cancelAnimationFrame = w.__realCaf;
    for (const cb of w.__heldFrames.values()) window.requestAnimationFrame(cb);
    delete w.__heldFrames;
  });
}

/**
 * Hides the decorative layers drawn over the views (the lines between cards, records in flight:
 * aria-hidden, absolutely placed, pointer-events: none) while axe looks. They are not the
 * background of any text, but axe treats any element on top as one it cannot see through and
 * would leave most of the text beneath unchecked for contrast.
 */
async function hideOverlays(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement | SVGElement>('[aria-hidden="true"]')) {
      const cs = getComputedStyle(el);
      const layer =
        cs.pointerEvents === 'none' && (cs.position === 'absolute' || cs.position === 'fixed');
      if (!layer || el.parentElement?.closest('[data-a11y-hidden]')) continue;
      el.dataset.a11yHidden = el.style.visibility;
      el.style.visibility = 'hidden';
    }
  });
}

async function showOverlays(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement | SVGElement>('[data-a11y-hidden]')) {
      el.style.visibility = el.dataset.a11yHidden ?? '';
      delete el.dataset.a11yHidden;
    }
  });
}

/**
 * Runs axe and fails on any serious or critical violation, listing rule, element and reason.
 * With `frozen` (the simulation is playing), the page holds still while axe looks.
 */
async function expectAccessible(page: Page, where: string, frozen = false): Promise<void> {
  if (frozen) await freeze(page);
  try {
    await finishAnimations(page);
    await hideOverlays(page);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) =>
        v.nodes.map(
          (n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`,
        ),
      );
    expect(serious, `axe in ${where}`).toEqual([]);
  } finally {
    await showOverlays(page);
    if (frozen) await unfreeze(page);
  }
}

for (const theme of THEMES) {
  for (const lang of LANGS) {
    test(`every view passes axe at rest (${lang}, ${theme})`, async ({ page }) => {
      const errors = collectErrors(page);
      for (const view of VIEWS) {
        await openView(page, view, `lang=${lang}`);
        await setTheme(page, theme);
        await expectAccessible(page, `${view} (${lang}, ${theme})`);
      }
      expect(errors).toEqual([]);
    });
  }
}

test('every view passes axe embedded at 640×400', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  for (const view of VIEWS) {
    await page.goto(`./?embed=1&lang=en&view=${view}`);
    await expect(page.getByTestId('play-toggle')).toBeEnabled();
    await expectAccessible(page, `embedded ${view}`);
  }
});

// The dynamic states: each view's own story, played, with the learner's actions.
const FLOWS: Record<View, { scenario: string; run(page: Page, at: string): Promise<void> }> = {
  cluster: {
    scenario: 'waiting-events',
    async run(page, at) {
      await play(page, 5);
      await expect.poll(() => simMs(page)).toBeGreaterThan(2000);
      await expectAccessible(page, `${at}, playing`, true);
      await page.getByTestId('broker-1-kill').click();
      await expect(page.getByTestId('broker-1')).toHaveAttribute('data-status', 'offline');
      await page.waitForTimeout(1000);
      await expectAccessible(page, `${at}, broker 1 crashed, playing`, true);
      await pause(page);
      await expectAccessible(page, `${at}, broker 1 crashed, paused`);
    },
  },
  replication: {
    scenario: 'replication-zombie-leader',
    async run(page, at) {
      await play(page, 5);
      await page.waitForTimeout(1500);
      await expectAccessible(page, `${at}, playing`, true);
      await page.getByTestId('broker-1-kill').click();
      await page.getByTestId('broker-2-isolate').click();
      await page.getByTestId('broker-3-slow').click();
      await expect(page.getByTestId('broker-1-restart')).toBeVisible();
      await page.waitForTimeout(1500);
      await expectAccessible(page, `${at}, brokers crashed, isolated and slowed, playing`, true);
      await page.getByTestId('broker-1-restart').click();
      await page.getByTestId('broker-2-heal').click();
      await page.waitForTimeout(1500);
      await pause(page);
      await expectAccessible(page, `${at}, brokers back, paused`);
    },
  },
  storage: {
    scenario: 'log-segments',
    async run(page, at) {
      const liveLogs = page.locator(
        '[data-testid="segment-file"][data-kind="log"][data-deleted="false"]',
      );
      await play(page, 10);
      await expect.poll(() => liveLogs.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
      await expectAccessible(page, `${at}, segments rolling, playing`, true);
      await pause(page);
      await liveLogs.first().getByRole('button').click();
      await page.getByTestId('log-batch').first().click();
      await expect(page.getByTestId('hex-inspector')).toBeVisible();
      await expectAccessible(page, `${at}, a closed segment and a batch open`);
      await page.getByTestId('lookup-offset').fill('9');
      await page.getByTestId('lookup-submit').click();
      await expect(page.getByTestId('lookup-result')).toBeVisible({ timeout: 20_000 });
      await expectAccessible(page, `${at}, an offset looked up`);
      // Retention (20 s) renames old segments .deleted.
      await play(page, 100);
      await expect(
        page.locator('[data-testid="segment-file"][data-deleted="true"]').first(),
      ).toBeVisible({ timeout: 20_000 });
      await expectAccessible(page, `${at}, retention deleting segments, playing`, true);
    },
  },
  groups: {
    scenario: 'group-eager-vs-cooperative',
    async run(page, at) {
      await play(page, 2);
      await expect(page.getByTestId('group-panel-eager')).toHaveAttribute('data-state', 'Stable', {
        timeout: 20_000,
      });
      await expectAccessible(page, `${at}, stable, playing`, true);
      await page.getByTestId('group-eager-add').click();
      await expect(page.getByTestId('group-panel-eager')).not.toHaveAttribute(
        'data-state',
        'Stable',
      );
      await expectAccessible(page, `${at}, rebalancing, playing`, true);
      await page.getByTestId('consumer-cooperative-cooperative-1-crash').click();
      await page.waitForTimeout(1000);
      await expectAccessible(page, `${at}, a member crashed, playing`, true);
      await pause(page);
      await expectAccessible(page, `${at}, a member crashed, paused`);
    },
  },
  whyfast: {
    scenario: 'fast-compression',
    async run(page, at) {
      await play(page, 5);
      await expect.poll(() => simMs(page)).toBeGreaterThan(3000);
      await expectAccessible(page, `${at}, playing`, true);
      await page.getByTestId('wf-set-compression.type-plain').selectOption('gzip');
      await page.getByTestId('wf-sweep-run').click();
      await expectAccessible(page, `${at}, gzip chosen, a sweep running, playing`, true);
      await pause(page);
      await expect(page.getByTestId('wf-sweep-status')).toHaveAttribute('data-status', 'done', {
        timeout: 60_000,
      });
      await page.locator('.wf-sweep-table summary').click();
      await page.locator('.wf-about summary').first().click();
      await expectAccessible(page, `${at}, the sweep drawn, its table and a legend open`);
    },
  },
  controller: {
    scenario: 'controller-failover',
    async run(page, at) {
      await play(page, 5);
      // The active controller crashed at 6 s; another is elected.
      await expect(page.getByTestId('active-controller')).toHaveAttribute(
        'data-leader',
        /^300[23]$/,
        { timeout: 30_000 },
      );
      await expectAccessible(page, `${at}, a new leader elected, playing`, true);
      await page.getByTestId('controller-3001-restart').click();
      await pause(page);
      await expectAccessible(page, `${at}, the old leader restarted, paused`);
    },
  },
};

for (const view of VIEWS) {
  for (const [lang, theme] of [
    ['ko', 'light'],
    ['en', 'dark'],
  ] as const) {
    test(`${view}: axe while playing and after actions (${lang}, ${theme})`, async ({ page }) => {
      test.setTimeout(90_000);
      const errors = collectErrors(page);
      const flow = FLOWS[view];
      await openView(page, view, `lang=${lang}&scenario=${flow.scenario}`);
      await setTheme(page, theme);
      await flow.run(page, `${view} (${lang}, ${theme})`);
      expect(errors).toEqual([]);
    });
  }
}

test('cluster with reduced motion: the in-flight list passes axe while playing', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openView(page, 'cluster', 'lang=ko&scenario=waiting-events');
  await play(page, 1);
  await expect(page.getByTestId('inflight-list')).toBeVisible();
  await expect.poll(() => simMs(page)).toBeGreaterThan(1000);
  await expectAccessible(page, 'cluster, reduced motion, playing', true);
  await setTheme(page, 'dark');
  await expectAccessible(page, 'cluster, reduced motion, dark, playing', true);
});
