// Layout that fits (#12 item 5): at a desktop (1440×900, 1280×800), a 640×400 embed-sized frame
// and a 390-pixel phone, in both languages and every view, no name is cut (every element marked
// data-name-label shows its whole text: scrollWidth <= clientWidth), nothing spills out of a card,
// the page never scrolls sideways, nothing overlaps the header, and the eager-vs-cooperative
// comparison keeps its two groups side by side on a desktop. Screenshots go to e2e/screenshots/
// (git-ignored) for a human look.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './helpers';

const SHOTS = 'e2e/screenshots';
const VIEWS = ['cluster', 'replication', 'storage', 'groups', 'whyfast', 'controller'] as const;
type View = (typeof VIEWS)[number];
const LANGS = ['en', 'ko'] as const;
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
  { width: 640, height: 400 },
  { width: 390, height: 844 },
] as const;

/**
 * The scenarios looked at: the default one, the one with the longest names side by side, and
 * ZooKeeper mode (its controller tab, with znode paths and data) after its failover.
 */
const SCENARIOS = [
  { id: 'waiting-events', t: 12_000 },
  { id: 'group-eager-vs-cooperative', t: 15_000 },
  { id: 'zookeeper-controller-failover', t: 26_000 },
] as const;

interface Problem {
  what: string;
  where: string;
  detail: string;
}

/** Everything on the page that does not fit, described for a failure message. */
async function layoutProblems(page: Page): Promise<{ labels: number; problems: Problem[] }> {
  return page.evaluate(() => {
    const problems: { what: string; where: string; detail: string }[] = [];
    const describe = (el: Element): string => {
      const id = el.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      return `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} in ${id}: "${text}"`;
    };
    const visible = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return false;
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && style.display !== 'none';
    };

    /** The part of an element its clipping ancestors (a scrolling main area) let show. */
    const shown = (el: Element): { top: number; bottom: number } | null => {
      const r = el.getBoundingClientRect();
      let top = r.top;
      let bottom = r.bottom;
      for (let a = el.parentElement; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowY === 'visible' && style.overflowX === 'visible') continue;
        const c = a.getBoundingClientRect();
        top = Math.max(top, c.top);
        bottom = Math.min(bottom, c.bottom);
      }
      return bottom > top && r.width > 0 ? { top, bottom } : null;
    };

    // 1. Every name label shows its whole name.
    const labels = [...document.querySelectorAll('[data-name-label]')].filter(visible);
    for (const el of labels) {
      const h = el as HTMLElement;
      if (getComputedStyle(h).display === 'inline')
        problems.push({ what: 'inline name label', where: describe(el), detail: 'not measurable' });
      else if (h.scrollWidth > h.clientWidth)
        problems.push({
          what: 'name cut',
          where: describe(el),
          detail: `scrollWidth ${h.scrollWidth} > clientWidth ${h.clientWidth}`,
        });
    }

    // 2. Nothing spills out of a card: its content fits it, and each label lies inside it.
    for (const card of [...document.querySelectorAll('.card')].filter(visible)) {
      const c = card as HTMLElement;
      if (c.scrollWidth > c.clientWidth + 1)
        problems.push({
          what: 'card content wider than the card',
          where: describe(card),
          detail: `scrollWidth ${c.scrollWidth} > clientWidth ${c.clientWidth}`,
        });
      const box = card.getBoundingClientRect();
      for (const el of [...card.querySelectorAll('[data-name-label], .replica-meta')].filter(
        visible,
      )) {
        const r = el.getBoundingClientRect();
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
          problems.push({
            what: 'text past the card edge',
            where: describe(el),
            detail: `[${r.left.toFixed(1)}, ${r.right.toFixed(1)}] outside [${box.left.toFixed(1)}, ${box.right.toFixed(1)}]`,
          });
      }
    }

    // The HW and LEO labels of a replication lane stay inside the lane.
    for (const lane of [...document.querySelectorAll('.repl-lane')].filter(visible)) {
      const box = lane.getBoundingClientRect();
      for (const el of [...lane.querySelectorAll('.repl-hw-label, .repl-leo-label')].filter(
        visible,
      )) {
        const r = el.getBoundingClientRect();
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
          problems.push({
            what: 'text past the lane edge',
            where: describe(el),
            detail: `[${r.left.toFixed(1)}, ${r.right.toFixed(1)}] outside [${box.left.toFixed(1)}, ${box.right.toFixed(1)}]`,
          });
      }
    }

    // 3. The page never scrolls sideways; the main area neither.
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth)
      problems.push({
        what: 'page scrolls sideways',
        where: 'html',
        detail: `scrollWidth ${doc.scrollWidth} > ${doc.clientWidth}`,
      });
    const main = document.querySelector('.app-main') as HTMLElement | null;
    if (main && main.scrollWidth > main.clientWidth)
      problems.push({
        what: 'main area scrolls sideways',
        where: 'main',
        detail: `scrollWidth ${main.scrollWidth} > ${main.clientWidth}`,
      });

    // The view tabs show every tab whole, without scrolling.
    const tabs = document.querySelector('[role="tablist"]') as HTMLElement | null;
    if (tabs && tabs.scrollWidth > tabs.clientWidth)
      problems.push({
        what: 'view tabs cut',
        where: 'tablist',
        detail: `scrollWidth ${tabs.scrollWidth} > clientWidth ${tabs.clientWidth}`,
      });

    // 4. The header keeps its controls inside, and nothing else overlaps it.
    const header = document.querySelector('[data-testid="app-header"]');
    if (header) {
      const hb = header.getBoundingClientRect();
      for (const el of [...header.querySelectorAll('*')].filter(visible)) {
        const r = el.getBoundingClientRect();
        if (
          r.left < hb.left - 0.5 ||
          r.right > hb.right + 0.5 ||
          r.top < hb.top - 0.5 ||
          r.bottom > hb.bottom + 0.5
        )
          problems.push({ what: 'outside the header', where: describe(el), detail: '' });
      }
      // Header controls never overlap one another.
      const controls = [...header.querySelectorAll('.brand, .header-controls > *')].filter(visible);
      for (let i = 0; i < controls.length; i++)
        for (let j = i + 1; j < controls.length; j++) {
          const a = controls[i]!.getBoundingClientRect();
          const b = controls[j]!.getBoundingClientRect();
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
            problems.push({
              what: 'header items overlap',
              where: `${describe(controls[i]!)} / ${describe(controls[j]!)}`,
              detail: '',
            });
        }
      const app = document.querySelector('.app')!;
      for (const el of [...app.querySelectorAll('*')].filter(visible)) {
        if (header.contains(el) || el.contains(header)) continue;
        // Dialogs and tooltips float above on purpose.
        if (el.closest('dialog, [role="tooltip"]')) continue;
        const r = shown(el);
        if (r && r.top < hb.bottom - 0.5 && r.bottom > hb.top + 0.5) {
          problems.push({ what: 'overlaps the header', where: describe(el), detail: '' });
          break;
        }
      }
    }
    return { labels: labels.length, problems };
  });
}

async function openAt(page: Page, scenario: string, t: number, lang: string): Promise<void> {
  await page.goto(`./?scenario=${scenario}&t=${t}&lang=${lang}`);
  await expect(page.getByTestId('broker-1')).toBeVisible();
  await expect(page.getByTestId('sim-time')).toHaveAttribute('data-ms', String(t));
}

async function showView(page: Page, view: View): Promise<void> {
  await page.getByTestId(`view-tab-${view}`).click();
  await expect(page.getByTestId(`view-tab-${view}`)).toHaveAttribute('aria-selected', 'true');
  // Let measured layouts (row widths, lines) settle.
  await page.waitForTimeout(250);
}

/** At least this many names must be found, so the check never passes on an empty page. */
const MIN_LABELS: Record<View, number> = {
  cluster: 6,
  replication: 3,
  storage: 1,
  groups: 4,
  whyfast: 1,
  controller: 3,
};

for (const size of SIZES) {
  for (const lang of LANGS) {
    test(`names fit and nothing overlaps at ${size.width}×${size.height} (${lang})`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      const errors = collectErrors(page);
      await page.setViewportSize(size);
      const found: string[] = [];
      for (const scenario of SCENARIOS) {
        await openAt(page, scenario.id, scenario.t, lang);
        for (const view of VIEWS) {
          await showView(page, view);
          const { labels, problems } = await layoutProblems(page);
          const name = `layout-${scenario.id}-${view}-${lang}-${size.width}x${size.height}`;
          await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
          expect
            .soft(labels, `${name}: name labels found`)
            .toBeGreaterThanOrEqual(MIN_LABELS[view]);
          for (const p of problems) found.push(`${name}: ${p.what}: ${p.where} ${p.detail}`);
          if (size.height <= 520) {
            // A short frame scrolls as a whole; the transport stays at the bottom of the screen.
            await page.evaluate(() => window.scrollTo(0, 260));
            await page.screenshot({ path: `${SHOTS}/${name}-scrolled.png` });
            await expect(page.getByTestId('play-toggle')).toBeInViewport();
            await expect(page.getByTestId('timeline')).toBeInViewport();
            await page.evaluate(() => window.scrollTo(0, 0));
          }
        }
      }
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}

test('the eager-vs-cooperative groups stay side by side at 1280×800', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openAt(page, 'group-eager-vs-cooperative', 15_000, 'en');
  await showView(page, 'groups');
  const panels = page.locator('[data-testid^="group-panel-"]');
  await expect(panels).toHaveCount(2);
  const a = (await panels.nth(0).boundingBox())!;
  const b = (await panels.nth(1).boundingBox())!;
  // Side by side: the same top, the second to the right of the first, both in the viewport.
  expect(Math.abs(a.y - b.y)).toBeLessThan(2);
  expect(b.x).toBeGreaterThanOrEqual(a.x + a.width - 1);
  expect(b.x + b.width).toBeLessThanOrEqual(1280);
  await page.screenshot({ path: `${SHOTS}/layout-groups-side-by-side-1280x800.png` });
});
