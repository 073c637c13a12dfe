// Embeds, as a reader of someone's study notes meets them and as their author makes them: an
// embed opens at `t`, plays at `speed`, tells what to watch as the run goes and stops at `until`;
// its "open in KafkaScope" link leads to the full app at the moment shown; the embed dialog's
// code carries the chosen parameters and its preview loads. Every view is looked at in a
// 640×400 frame (screenshots in e2e/screenshots/ for a human look).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, simMs } from './helpers';

const SHOTS = 'e2e/screenshots';
const KILL_TWO = 'replication-kill-two-brokers';

test.describe('an embed in a 640×400 frame', () => {
  test.use({ viewport: { width: 640, height: 400 } });

  test('autoplay=1&t=4000&until=12000 starts at 4 s, tells the story, and stops at 12 s', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.goto(
      `./?scenario=${KILL_TWO}&view=replication&lang=en&embed=1&autoplay=1&t=4000&until=12000&speed=5`,
    );
    await expect(page.getByTestId('embed-title')).toHaveText(
      'acks=all, min.insync.replicas=2: lose one broker, then two',
    );
    await expect(page.getByTestId('app-header')).toHaveCount(0);
    // It opens at t and plays from there: never earlier than 4 s.
    await expect.poll(() => simMs(page)).toBeGreaterThanOrEqual(4000);
    expect(await simMs(page)).toBeGreaterThanOrEqual(4000);

    // The line follows the run: broker 1 crashed at 4 s, then the controller fenced it and
    // broker 2 took over (about 11 s).
    const caption = page.getByTestId('embed-caption');
    const seen = new Set<string>();
    await expect
      .poll(
        async () => {
          seen.add((await caption.getAttribute('data-kind')) ?? '');
          return simMs(page);
        },
        { intervals: [100], timeout: 20_000 },
      )
      .toBe(12_000);
    seen.add((await caption.getAttribute('data-kind')) ?? '');
    expect(seen.has('caption.broker.crashed'), [...seen].join(', ')).toBe(true);
    expect([...seen].some((k) => k.startsWith('caption.leader.'))).toBe(true);
    await expect(caption).toContainText('Broker 2 is the new leader');

    // Stopped at until, and it stays there.
    await expect(page.getByTestId('play-toggle')).toHaveAttribute('aria-pressed', 'false');
    await page.waitForTimeout(600);
    expect(await simMs(page)).toBe(12_000);
    await page.screenshot({ path: `${SHOTS}/embed-until-en.png` });

    // The way out: the full app at this moment, paused, without the embed's own parameters.
    const href = (await page.getByTestId('embed-open').getAttribute('href'))!;
    const open = new URL(href);
    expect(open.searchParams.get('t')).toBe('12000');
    expect(open.searchParams.get('scenario')).toBe(KILL_TWO);
    expect(open.searchParams.get('view')).toBe('replication');
    for (const gone of ['embed', 'autoplay', 'until'])
      expect(open.searchParams.has(gone), gone).toBe(false);
    expect(await page.getByTestId('embed-open').getAttribute('target')).toBe('_blank');
    const full = await page.context().newPage();
    await full.goto(href);
    await expect(full.getByTestId('app-header')).toBeVisible();
    await expect.poll(() => simMs(full)).toBe(12_000);
    await expect(full.getByTestId('play-toggle')).toHaveAttribute('aria-pressed', 'false');
    await full.close();
    expect(errors).toEqual([]);
  });

  for (const lang of ['en', 'ko'] as const) {
    test(`every view fits the frame, with its title and line (${lang})`, async ({ page }) => {
      const errors = collectErrors(page);
      const cases = [
        { view: 'cluster', scenario: 'waiting-events', t: 6000, key: 'broker-1' },
        { view: 'replication', scenario: KILL_TWO, t: 18_000, key: 'partition-payments-0' },
        { view: 'storage', scenario: 'log-segments', t: 12_000, key: 'segment-map' },
        { view: 'groups', scenario: 'group-crash-redelivery', t: 16_000, key: null },
      ];
      for (const c of cases) {
        await page.goto(`./?scenario=${c.scenario}&view=${c.view}&lang=${lang}&embed=1&t=${c.t}`);
        await expect(page.getByTestId('embed-title')).toBeVisible();
        await expect.poll(() => simMs(page)).toBe(c.t);
        await expect(page.getByTestId('embed-caption')).not.toHaveAttribute('data-kind', 'intro');
        await expect(page.getByTestId('embed-caption')).toBeVisible();
        if (lang === 'ko')
          await expect(page.getByTestId('embed-caption')).toContainText(/[\uac00-\ud7a3]/);
        await page.mouse.move(0, 0);
        // Lanes and lines glide to where the moment puts them: let them arrive for the picture.
        await page.waitForTimeout(700);
        await page.screenshot({ path: `${SHOTS}/embed-${c.view}-${lang}-640x400.png` });
        await expectAccessible(page, `the ${c.view} embed (${lang})`);
        // What matters is inside the frame, above the timeline and playback bar, not scrolled away.
        const bar = await page.locator('.timeline, .playback').first().boundingBox();
        const target = c.key
          ? page.getByTestId(c.key).first()
          : page.locator('[data-testid^="consumer-"]').first();
        const box = await target.boundingBox();
        expect(box, `${c.view}: ${c.key}`).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(640);
        expect(box!.y + (c.view === 'storage' ? box!.height : 20)).toBeLessThanOrEqual(bar!.y);
        // Nothing runs off the frame sideways.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `${c.view} is wider than the frame`).toBeLessThanOrEqual(0);
      }
      expect(errors).toEqual([]);
    });
  }
});

/** No serious or critical axe violation (the embed preview's own page is checked on its own). */
async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).exclude('[data-testid="embed-preview"]').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}: ${n.failureSummary}`));
  expect(serious, `axe in ${where}`).toEqual([]);
}

async function openDialog(page: Page, query: string): Promise<void> {
  await page.goto(`./?${query}`);
  await expect(page.getByTestId('play-toggle')).toBeEnabled();
  await page.getByTestId('embed-button').click();
  await expect(page.getByTestId('embed-dialog')).toBeVisible();
}

test('the embed dialog writes the chosen parameters and previews the embed', async ({
  page,
  context,
}) => {
  const errors = collectErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDialog(page, `scenario=${KILL_TWO}&view=cluster&lang=en`);
  await page.screenshot({ path: `${SHOTS}/embed-dialog-en.png` });

  await page.getByTestId('embed-size-800x500').click();
  await page.getByTestId('embed-view').selectOption('replication');
  await page.getByTestId('embed-lang').selectOption('ko');
  await page.getByTestId('embed-theme').selectOption('dark');
  await page.getByTestId('embed-start').fill('8');
  await page.getByTestId('embed-stop').fill('20');
  await page.getByTestId('embed-speed').selectOption('10');
  await expect(page.getByTestId('embed-autoplay')).toBeChecked();

  const code = await page.getByTestId('embed-code').inputValue();
  expect(code).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="800" height="500"/);
  const src = new URL(/src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&'));
  expect(Object.fromEntries(src.searchParams)).toMatchObject({
    scenario: KILL_TWO,
    view: 'replication',
    lang: 'ko',
    theme: 'dark',
    t: '8000',
    until: '20000',
    speed: '10',
    autoplay: '1',
    embed: '1',
  });
  expect(code).toContain(
    'title="acks=all, min.insync.replicas=2: broker 하나, 그리고 둘을 잃으면"',
  );

  // A stop time before the start is refused in words, and left out of the code.
  await page.getByTestId('embed-stop').fill('5');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await page.getByTestId('embed-code').inputValue()).not.toContain('until=');
  await page.getByTestId('embed-stop').fill('20');

  // The preview is the embed itself, with these parameters.
  const frame = page.frameLocator('[data-testid="embed-preview"] iframe');
  await expect(page.locator('[data-testid="embed-preview"] iframe')).toHaveAttribute(
    'src',
    src.toString(),
  );
  await expect(frame.getByTestId('embed-title')).toHaveText(
    'acks=all, min.insync.replicas=2: broker 하나, 그리고 둘을 잃으면',
  );
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect
    .poll(async () => Number(await frame.getByTestId('sim-time').getAttribute('data-ms')))
    .toBeGreaterThanOrEqual(8000);

  await expectAccessible(page, 'the embed dialog');

  // Copy.
  await page.getByTestId('embed-copy').click();
  await expect(page.getByTestId('embed-copy-status')).not.toBeEmpty();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

  // Responsive: one width, a 16:10 shape.
  await page.getByTestId('embed-size-responsive').click();
  const responsive = await page.getByTestId('embed-code').inputValue();
  expect(responsive).toContain('style="width: 100%; aspect-ratio: 16 / 10; border: 0"');
  expect(responsive).not.toContain('width="');

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('embed-dialog')).toHaveCount(0);
  await expect(page.getByTestId('embed-button')).toBeFocused();
  expect(errors).toEqual([]);
});

test('the dialog in Korean, and in a small window', async ({ page }) => {
  await openDialog(page, 'scenario=log-segments&view=storage&lang=ko');
  await expect(page.getByTestId('embed-dialog')).toContainText('노트에 임베드하기');
  await page.screenshot({ path: `${SHOTS}/embed-dialog-ko.png` });
  await page.setViewportSize({ width: 640, height: 400 });
  await page.screenshot({ path: `${SHOTS}/embed-dialog-ko-640x400.png` });
  await page.getByTestId('embed-copy').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('embed-copy')).toBeInViewport();
});
