// Walkthroughs (#13): the Learn list opens one (its plan made in a worker), the keyboard plays it
// to the end, going back two steps shows the earlier state again (the views' data-* hooks), a step
// link opens that step in a fresh page, an act step waits for the reader's own action, and the
// player fits a 640×400 embed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectedPartition, open, simMs } from './helpers';

const ID = 'replication-acks-all';

/** Wait until the player stands at step `n` with the run at that step's moment. */
async function atStep(page: Page, n: number): Promise<void> {
  const player = page.getByTestId('learn-player');
  await expect(player).toHaveAttribute('data-step', String(n));
  await expect(player).toHaveAttribute('data-at-step', 'true', { timeout: 15_000 });
  const at = Number(await player.getAttribute('data-step-at'));
  await expect.poll(() => simMs(page)).toBe(at);
}

test('a walkthrough plays with the keyboard, goes back two steps and shows the earlier state', async ({
  page,
}) => {
  const errors = collectErrors(page);
  // The walkthrough's plan is made by the engine in a worker, off the page's thread.
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await open(page, 'lang=en');
  await page.getByTestId('learn-button').click();
  const list = page.getByTestId('learn-list');
  await expect(list).toBeVisible();
  await expect(list.getByTestId(`learn-item-${ID}`)).toContainText('Not started');
  await list.getByTestId(`learn-start-${ID}`).click();
  await expect(list).toBeHidden();

  await atStep(page, 1);
  expect(workers.filter((u) => u.includes('walkthroughPlan'))).toHaveLength(1);
  await expect(page.getByTestId('view-tab-replication')).toHaveAttribute('aria-selected', 'true');
  const partition = page.getByTestId('partition-payments-0');
  await expect(partition).toHaveAttribute('data-isr', '1,2,3');
  // The step's highlights are marked on screen.
  await expect(page.locator('[data-testid="broker-2"][data-learn-highlight]')).toHaveCount(1);
  await expect(page.getByTestId('learn-text')).toContainText('Brokers 2, 3 are followers');

  // N through every step, reading the hooks the views render.
  const seen: { hw: string; leo2: string; ms: number }[] = [];
  for (let n = 1; n <= 6; n++) {
    await atStep(page, n);
    seen.push({
      hw: (await partition.getAttribute('data-hw'))!,
      leo2: (await page.getByTestId('broker-2').getAttribute('data-leo'))!,
      ms: await simMs(page),
    });
    if (n < 6) await page.keyboard.press('n');
  }
  await expect(page.getByTestId('learn-count')).toHaveText('Step 6 of 6');
  await expect(page.getByTestId('learn-finish')).toBeVisible();
  // ① the leader appends (HW 0), ② a follower has it (LEO 1, HW still 0), ③ HW 1, ④ acked.
  expect(seen.map((s) => s.hw)).toEqual(['0', '0', '0', '0', '1', '1']);
  expect(seen[3]!.leo2).toBe('1');
  expect(seen[2]!.leo2).toBe('0');
  await expect(page.getByTestId('learn-text')).toContainText('The producer is acknowledged');

  // Back two steps: P on the page, then ← with focus inside the player (not a one-second seek).
  await page.keyboard.press('p');
  await atStep(page, 5);
  await page.getByTestId('learn-back').focus();
  await page.keyboard.press('ArrowLeft');
  await atStep(page, 4);
  await expect(partition).toHaveAttribute('data-hw', seen[3]!.hw);
  await expect(page.getByTestId('broker-2')).toHaveAttribute('data-leo', seen[3]!.leo2);
  expect(await simMs(page)).toBe(seen[3]!.ms);
  await expect(page.getByTestId('learn-text')).toContainText('The followers fetch');

  // → inside the player moves on again; the address names the step.
  await page.keyboard.press('ArrowRight');
  await atStep(page, 5);
  await expect(partition).toHaveAttribute('data-hw', '1');
  await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('5');
  expect(new URL(page.url()).searchParams.get('walkthrough')).toBe(ID);

  // Progress is kept: the list says the walkthrough was seen to the end.
  await page.getByTestId('learn-button').click();
  await expect(page.getByTestId(`learn-item-${ID}`)).toContainText('Seen to the end');
  expect(errors).toEqual([]);
});

test('a step link opens that step in a fresh page, in Korean', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`./?walkthrough=${ID}&step=5&lang=ko`);
  await atStep(page, 5);
  await expect(page.getByTestId('partition-payments-0')).toHaveAttribute('data-hw', '1');
  await expect(page.getByTestId('learn-text')).toContainText('high watermark가 올라갑니다');
  await expect(page.getByTestId('learn-text')).toContainText('high watermark를 1로 올립니다');
  await expect(page.getByTestId('learn-count')).toHaveText('6단계 중 5단계');
  // Its own link says the same.
  const href = await page.getByTestId('learn-link').getAttribute('href');
  expect(new URL(href!, page.url()).searchParams.get('step')).toBe('5');
  expect(errors).toEqual([]);
});

test('an act step waits for the reader to act, and the trace shows it', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('./?walkthrough=replication-leader-election&step=2&lang=en');
  await atStep(page, 2);
  const player = page.getByTestId('learn-player');
  await expect(player).toHaveAttribute('data-act', 'todo');
  await expect(page.getByTestId('learn-next')).toBeDisabled();
  await page.keyboard.press('n'); // not yet
  await expect(player).toHaveAttribute('data-step', '2');
  // The reader crashes the leader with the view's own control.
  await page.getByTestId('broker-1-kill').click();
  await expect(player).toHaveAttribute('data-act', 'done');
  await expect(page.getByTestId('broker-1')).toHaveAttribute('data-status', 'offline');
  await page.keyboard.press('n');
  await atStep(page, 3);
  await page.keyboard.press('n');
  await atStep(page, 4);
  await expect(page.getByTestId('partition-payments-0')).toHaveAttribute('data-leader', '2');
  await expect(page.getByTestId('learn-text')).toContainText('broker 2');
  expect(errors).toEqual([]);
});

test('the player fits a 640×400 embed', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto(`./?walkthrough=${ID}&step=3&embed=1&lang=en`);
  await atStep(page, 3);
  const box = (await page.getByTestId('learn-player').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(640);
  expect(box.height).toBeLessThanOrEqual(400 * 0.4);
  await expect(page.getByTestId('embed-bar')).toBeVisible();
  await expect(page.getByTestId('broker-1')).toBeVisible();
  // No page-wide horizontal scroll.
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(640);
  // Back and Next are in sight in the frame without scrolling the player (only its text scrolls).
  for (const id of ['learn-back', 'learn-next']) {
    const b = (await page.getByTestId(id).boundingBox())!;
    expect(b.y).toBeGreaterThanOrEqual(box.y);
    expect(b.y + b.height, id).toBeLessThanOrEqual(box.y + box.height);
  }
  await page.getByTestId('learn-next').click();
  await atStep(page, 4);
});

test('the player and the Learn list pass axe in both languages and themes', async ({ page }) => {
  for (const lang of ['en', 'ko'] as const)
    for (const theme of ['light', 'dark'] as const) {
      await page.goto(
        `./?walkthrough=replication-leader-election&step=2&lang=${lang}&theme=${theme}`,
      );
      await atStep(page, 2);
      await expect(page.getByTestId('learn-act')).toBeVisible();
      const player = await new AxeBuilder({ page })
        .include('[data-testid="learn-player"]')
        .analyze();
      const bad = (r: typeof player) =>
        r.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) => `${lang}/${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
      expect(bad(player)).toEqual([]);
      await page.getByTestId('learn-button').click();
      await expect(page.getByTestId('learn-start-structure-overview')).toBeVisible();
      const list = await new AxeBuilder({ page }).include('[data-testid="learn-list"]').analyze();
      expect(bad(list)).toEqual([]);
    }
});

test('the Interview list searches, answers, and shows the answer on the cluster', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await open(page, 'lang=en');
  await page.getByTestId('interview-button').click();
  const list = page.getByTestId('interview-list');
  await expect(list.getByTestId('interview-item-acks')).toBeVisible();
  await list.getByTestId('interview-search').fill('min.insync.replicas NOT_ENOUGH_REPLICAS');
  await expect(list.getByTestId('interview-item-min-insync')).toBeVisible();
  await expect(list.getByTestId('interview-item-why-fast')).toHaveCount(0);
  await list.getByTestId('interview-item-min-insync').locator('summary').click();
  await expect(list.getByTestId('interview-item-min-insync')).toContainText('Short answer');
  const axe = await new AxeBuilder({ page }).include('[data-testid="interview-list"]').analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([]);
  await list.getByTestId('interview-show-min-insync').click();
  await expect(list).toBeHidden();
  // It opens the walkthrough step that answers it: the leader refusing writes.
  await atStep(page, 3);
  await expect(page.getByTestId('learn-player')).toHaveAttribute(
    'data-walkthrough',
    'replication-min-insync',
  );
  await expect(page.getByTestId('learn-text')).toContainText('NOT_ENOUGH_REPLICAS');
  // A question answered by a starter loads that scenario.
  await page.getByTestId('interview-button').click();
  await page.getByTestId('interview-item-offset-commit').locator('summary').click();
  await page.getByTestId('interview-show-offset-commit').click();
  await expect(page.getByTestId('learn-player')).toHaveCount(0);
  await expect(page.getByTestId('scenario-picker')).toHaveValue('group-crash-redelivery');
  expect(errors).toEqual([]);
});

test('the quiz asks from a fresh scenario, checks the answer, and plays the proof', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await open(page, 'lang=en');
  await page.getByTestId('learn-button').click();
  await page.getByTestId('quiz-kind-keyPartition').click();
  const question = page.getByTestId('quiz-question');
  await expect(question).toBeVisible();
  const text = (await question.locator('p').first().textContent())!;
  const m = text.match(/key “(.+?)” to the topic (\S+), which has (\d+) partitions/)!;
  expect(m).not.toBeNull();
  // kafkajs's partitioner, not the app, says which choice is right.
  const right = expectedPartition(m[2]!, m[1]!, Number(m[3]));
  await page.getByTestId(`quiz-choice-${right}`).click();
  await expect(page.getByTestId('quiz-result')).toHaveAttribute('data-correct', 'true');
  await page.getByTestId('quiz-proof').click();
  await expect(page.getByTestId('learn-list')).toBeHidden();
  await expect(page.getByTestId(`partition-events-${right}`)).toBeVisible();
  await expect.poll(() => simMs(page)).toBeGreaterThan(1000);
  // Another kind, answered wrong on purpose: the engine's answer is shown.
  await page.getByTestId('learn-button').click();
  await page.getByTestId('quiz-kind-rangeAssignment').click();
  await page.getByTestId('quiz-choice-none').click();
  const result = page.getByTestId('quiz-result');
  const correct = await result.getAttribute('data-correct');
  if (correct === 'false') await expect(result).toContainText('the engine says group-a-');
  expect(errors).toEqual([]);
});

test('a storage step opens the segment it talks about, with its index entries outlined', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('./?walkthrough=segments-sparse-index&step=5&lang=en');
  await atStep(page, 5);
  await expect(page.getByTestId('view-tab-storage')).toHaveAttribute('aria-selected', 'true');
  const entry = page.locator('[data-testid="index-entry"][data-offset="11"]');
  await expect(entry).toHaveAttribute('data-learn-highlight', 'true');
  await expect(page.getByTestId('learn-text')).toContainText('11 → 564');
  expect(errors).toEqual([]);
});

// Every step of every walkthrough, opened by its link: each highlighted hook is on screen (the
// headless test checks its entity exists in the snapshot; this checks the view draws it).
const WALKTHROUGHS = readdirSync(join(process.cwd(), 'src/content/walkthroughs'))
  .filter((f) => f.endsWith('.json'))
  .map(
    (f) =>
      JSON.parse(readFileSync(join(process.cwd(), 'src/content/walkthroughs', f), 'utf8')) as {
        id: string;
        steps: { highlight?: string[] }[];
      },
  );

for (const w of WALKTHROUGHS)
  test(`every step of ${w.id} shows what it highlights`, async ({ page }) => {
    test.setTimeout(90_000);
    const errors = collectErrors(page);
    for (let n = 1; n <= w.steps.length; n++) {
      await page.goto(`./?walkthrough=${w.id}&step=${n}&lang=en`);
      await atStep(page, n);
      for (const hook of w.steps[n - 1]!.highlight ?? [])
        await expect(
          page
            .locator('[data-learn-highlight]')
            .and(page.locator(hookCss(hook)))
            .first(),
          `${w.id} step ${n}: ${hook}`,
        ).toBeAttached();
    }
    expect(errors).toEqual([]);
  });

/** The hook's selector, as content/walkthroughs/highlight.ts writes it. */
function hookCss(hook: string): string {
  let m = hook.match(/^replica-(.+)@(\d+)$/);
  if (m) return `[data-replica="${m[1]}@${m[2]}"]`;
  m = hook.match(/^segment-file-(.+)$/);
  if (m) return `[data-testid="segment-file"][data-name="${m[1]}"]`;
  m = hook.match(/^index-entry-(\d+)$/);
  if (m) return `[data-testid="index-entry"][data-offset="${m[1]}"]`;
  m = hook.match(/^producer-(.+)$/);
  if (m) return `[data-testid="wf-producer-${m[1]}"]`;
  return `[data-testid="${hook}"]`;
}
