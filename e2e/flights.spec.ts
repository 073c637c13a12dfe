// Flights a person can follow (#12): at 1× a record batch in flight is a visible shape that
// moves over many painted frames, one shape per batch with its count; in the replication view
// the follower fetches run on their own rails, clear of the lanes' labels. Screenshots land in
// e2e/screenshots/ (git-ignored) for a human look.
import { expect, test, type Page } from '@playwright/test';
import lzString from 'lz-string';
import { collectErrors } from './helpers';

const SHOTS = 'e2e/screenshots';

/** Open the app playing (a view's code may load on demand: give it time on a busy machine). */
async function open(page: Page, query: string): Promise<void> {
  await page.goto(`./?${query}`);
  await expect(page.getByTestId('broker-1')).toBeVisible({ timeout: 20_000 });
}

interface Sample {
  frame: number;
  msg: string;
  x: number;
  y: number;
  w: number;
  h: number;
  visible: boolean;
}

/**
 * Records, in every animation frame for `ms`, the box of each flight matching `selector`
 * (its shape, the .flight inside the positioned wrapper) and whether it is visible.
 */
async function sampleFrames(
  page: Page,
  selector: string,
  ms: number,
): Promise<{ samples: Sample[]; fps: number }> {
  return page.evaluate(
    ([sel, duration]) =>
      new Promise<{ samples: Sample[]; fps: number }>((resolve) => {
        const out: Sample[] = [];
        const start = performance.now();
        let frame = 0;
        const tick = (now: number) => {
          for (const pos of document.querySelectorAll<HTMLElement>(sel)) {
            const shape = pos.querySelector<HTMLElement | SVGElement>('.flight');
            if (!shape) continue;
            const r = shape.getBoundingClientRect();
            const style = getComputedStyle(shape);
            const visible =
              r.width >= 8 &&
              r.height >= 8 &&
              r.right > 0 &&
              r.bottom > 0 &&
              r.left < innerWidth &&
              r.top < innerHeight &&
              style.visibility !== 'hidden' &&
              Number(style.opacity) > 0.5;
            out.push({
              frame,
              msg: pos.dataset.msg ?? '',
              x: r.x,
              y: r.y,
              w: r.width,
              h: r.height,
              visible,
            });
          }
          frame++;
          if (now - start < duration) requestAnimationFrame(tick);
          else resolve({ samples: out, fps: (1000 * frame) / (now - start) });
        };
        requestAnimationFrame(tick);
      }),
    [selector, ms] as const,
  );
}

/** Per message: its longest run of consecutive frames visible, and how far it moved in it. */
function longestRuns(samples: Sample[]) {
  const byMsg = new Map<string, Sample[]>();
  for (const s of samples) byMsg.set(s.msg, [...(byMsg.get(s.msg) ?? []), s]);
  return [...byMsg].map(([msg, list]) => {
    let best: Sample[] = [];
    let run: Sample[] = [];
    for (const s of list) {
      const prev = run[run.length - 1];
      if (s.visible && (!prev || s.frame === prev.frame + 1)) run.push(s);
      else run = s.visible ? [s] : [];
      if (run.length > best.length) best = run;
    }
    const moves = best.slice(1).filter((s, i) => s.x !== best[i]!.x || s.y !== best[i]!.y);
    const first = best[0];
    const last = best[best.length - 1];
    const distance = first && last ? Math.hypot(last.x - first.x, last.y - first.y) : 0;
    return { msg, frames: best.length, moves: moves.length, distance };
  });
}

test('at 1× a produced batch stays visible over many painted frames, moving', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page, 'lang=en&scenario=waiting-events&view=cluster&speed=1&autoplay=1');
  await expect(page.getByTestId('speed')).toHaveValue('1');
  await page.getByTestId('produce-key').fill('restaurant-42');
  await page.getByTestId('produce-value').fill('hello');
  await page.getByTestId('produce-submit').click();
  const { samples, fps } = await sampleFrames(
    page,
    '[data-testid="flight"][data-api="Produce"][data-response="false"]',
    3000,
  );
  const runs = longestRuns(samples);
  const best = runs.reduce((a, b) => (b.frames > a.frames ? b : a), {
    msg: '',
    frames: 0,
    moves: 0,
    distance: 0,
  });
  // ≥ 10 consecutive painted frames, changing position in most of them, over a real distance.
  // (At 1× a flight is drawn for 700 ms: a page painting under ~15 fps cannot show 10 frames.)
  expect(best.frames, `${fps.toFixed(1)} fps; ${JSON.stringify(runs)}`).toBeGreaterThanOrEqual(10);
  expect(best.moves).toBeGreaterThanOrEqual(5);
  expect(best.distance).toBeGreaterThan(40);
  expect(errors).toEqual([]);
});

/** One partition, a fast producer that lingers: each Produce request carries a big batch. */
const BATCHES = {
  version: 1,
  seed: 3,
  cluster: { brokers: 3, metadata: 'kraft' },
  topics: [{ name: 'orders', partitions: 1, replicationFactor: 3 }],
  producers: [
    {
      id: 'p1',
      config: { acks: 'all', 'linger.ms': 150 },
      workload: {
        topic: 'orders',
        ratePerSec: 300,
        keys: ['user-1', 'user-2', 'user-3'],
        valueBytes: 20,
      },
    },
  ],
  consumerGroups: [],
  actions: [],
};

test('a batch is one shape with its count, not a dot per record', async ({ page }) => {
  const errors = collectErrors(page);
  const fragment = lzString.compressToEncodedURIComponent(JSON.stringify(BATCHES));
  await open(page, `lang=en&view=cluster&speed=1&autoplay=1#scenario=${fragment}`);
  const big = page.locator('[data-testid="flight"][data-api="Produce"][data-response="false"]', {
    has: page.locator('[data-testid="flight-batch"]'),
  });
  await expect
    .poll(
      async () =>
        Math.max(
          0,
          ...(await big.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))))),
        ),
      {
        timeout: 10_000,
      },
    )
    .toBeGreaterThanOrEqual(10);
  const shapes = await big.evaluateAll((els) =>
    els.map((e) => ({
      count: Number(e.getAttribute('data-count')),
      shapes: e.querySelectorAll('.flight').length,
      badge: e.querySelector('.flight-count')?.textContent ?? '',
      height: e.querySelector('.flight')!.getBoundingClientRect().height,
    })),
  );
  for (const s of shapes.filter((x) => x.count >= 10)) {
    expect(s.shapes).toBe(1);
    expect(s.badge).toBe(`×${s.count}`);
    expect(s.height).toBeGreaterThanOrEqual(14);
  }
  await page.getByTestId('play-toggle').click();
  await page.screenshot({ path: `${SHOTS}/flights-batches-en.png` });
  expect(errors).toEqual([]);
});

test('replication: follower fetches run on rails left of the lanes, never over their labels', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await open(page, 'lang=en&scenario=waiting-events&view=replication&speed=1&autoplay=1');
  const fetchLinks = page.locator('.repl-link-fetch');
  await expect(fetchLinks).toHaveCount(2);
  const lanes = page.locator('.repl-lane');
  const laneLeft = Math.min(
    ...(await lanes.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left))),
  );
  const boxes = await fetchLinks.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right };
    }),
  );
  for (const b of boxes) expect(b.right).toBeLessThanOrEqual(laneLeft + 1);
  // Two rails side by side, not on top of each other.
  expect(Math.abs(boxes[0]!.left - boxes[1]!.left)).toBeGreaterThanOrEqual(4);
  // Batches travel there too: a Fetch response with records from the leader, moving.
  const { samples, fps } = await sampleFrames(
    page,
    '[data-testid="flight"][data-api="Fetch"][data-response="true"]',
    3000,
  );
  const runs = longestRuns(samples.filter((s) => s.visible));
  expect(
    Math.max(0, ...runs.map((r) => r.frames)),
    `${fps.toFixed(1)} fps; ${JSON.stringify(runs)}`,
  ).toBeGreaterThanOrEqual(10);
  expect(errors).toEqual([]);
});

for (const lang of ['ko', 'en'] as const)
  for (const [w, h] of [
    [1280, 800],
    [640, 400],
  ] as const)
    test(`screenshots with flights: ${lang} ${w}×${h}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      for (const view of ['cluster', 'replication'] as const) {
        await open(page, `lang=${lang}&scenario=waiting-events&view=${view}&speed=1&autoplay=1`);
        await expect(page.locator('[data-testid="flight"]').first()).toBeAttached({
          timeout: 10_000,
        });
        await page.waitForTimeout(1500);
        await page.screenshot({ path: `${SHOTS}/flights-${view}-${lang}-${w}x${h}.png` });
      }
    });
