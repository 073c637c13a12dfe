// The Content-Security-Policy of the built app (vite.config.ts): present as a <meta> tag and as
// the preview server's header, strict (scripts and workers from the app's own origin only, no
// inline or data: script, no eval, no WebAssembly; data: allowed for images only), and nothing
// the app does in any view violates it.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, setSpeed, simMs } from './helpers';

const VIEWS = ['cluster', 'replication', 'storage', 'groups', 'whyfast'] as const;

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Records every securitypolicyviolation event from the page's first script on. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as Window & { __cspViolations?: Violation[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations!.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        sample: e.sample,
      });
    });
  });
}

async function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(
    () => (window as Window & { __cspViolations?: Violation[] }).__cspViolations ?? [],
  );
}

/** The policy's directives, by name, each with its sources. */
function parse(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

test('the policy is sent as a header and a meta tag, and it is strict', async ({ page }) => {
  const response = await page.goto('./?lang=en');
  const header = response?.headers()['content-security-policy'];
  expect(header, 'vite preview sends the CSP header').toBeTruthy();
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(meta, 'the built index.html carries the CSP').toBe(header);

  const csp = parse(meta!);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('worker-src')).toEqual(["'self'"]);
  expect(csp.get('style-src')).toEqual(["'self'"]);
  expect(csp.get('connect-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  // Images may be data: URLs (the exporter's capture library loads the view as a data: SVG
  // image); no other directive allows data:, and none allows blob:.
  expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
  for (const [name, sources] of csp) {
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", '*', 'blob:'])
      expect(sources, `${name} allows ${unsafe}`).not.toContain(unsafe);
    if (name !== 'img-src') expect(sources, `${name} allows data:`).not.toContain('data:');
  }
  // The meta tag comes before any script, so it governs all of them.
  const order = await page.evaluate(() =>
    Array.from(document.head.children, (el) =>
      el.matches('meta[http-equiv="Content-Security-Policy"]') ? 'csp' : el.tagName.toLowerCase(),
    ),
  );
  expect(order.indexOf('csp')).toBeLessThan(order.indexOf('script'));
});

test('inline and data: script, eval, inline style and WebAssembly are refused', async ({
  page,
}) => {
  await watchViolations(page);
  await page.goto('./?lang=en');
  await expect(page.getByTestId('play-toggle')).toBeEnabled();

  const probes = await page.evaluate(async () => {
    const w = window as Window & {
      __inlineRan?: boolean;
      __handlerRan?: boolean;
      __dataRan?: boolean;
      __dataWorkerRan?: boolean;
    };
    // An injected inline <script> does not run.
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.append(script);
    // Nor does a <script> from a data: URL (img-src allows data:, script-src does not): it fails
    // to load.
    const dataScript = await new Promise<string>((resolve) => {
      const el = document.createElement('script');
      el.src = 'data:text/javascript,window.__dataRan%20%3D%20true%3B';
      el.onload = () => resolve('loaded');
      el.onerror = () => resolve('refused');
      document.head.append(el);
    });
    // Nor a worker from a data: URL.
    const dataWorker = await new Promise<string>((resolve) => {
      try {
        const worker = new Worker('data:text/javascript,postMessage(1)');
        worker.onmessage = () => resolve('ran');
        worker.onerror = () => resolve('refused');
        setTimeout(() => resolve('silent'), 2000);
      } catch (e) {
        resolve((e as Error).name);
      }
    });
    // A data: image does load: that is what img-src allows.
    const dataImage = await new Promise<string>((resolve) => {
      const img = new Image();
      img.onload = () => resolve('loaded');
      img.onerror = () => resolve('refused');
      img.src =
        'data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20width%3D%221%22%20height%3D%221%22%2F%3E';
    });
    // An inline event handler does not run.
    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.__handlerRan = true');
    document.body.append(button);
    button.click();
    button.remove();
    // eval and the Function constructor throw. (Code that Playwright evaluates is exempt from
    // the page's eval rule, so they run from a timer, as the page's own code would.)
    const attempt = (f: () => unknown) =>
      new Promise<string>((resolve) =>
        setTimeout(() => {
          try {
            resolve(`ran: ${String(f())}`);
          } catch (e) {
            resolve((e as Error).name);
          }
        }),
      );
    const evalError = await attempt(() => (0, eval)('1 + 1'));
    const functionError = await attempt(() => new Function('return 2')());
    // An injected <style> element is not applied.
    const style = document.createElement('style');
    style.textContent = 'body { outline: 7px solid rgb(1, 2, 3); }';
    document.head.append(style);
    const styled = getComputedStyle(document.body).outlineWidth === '7px';
    style.remove();
    // WebAssembly cannot be compiled (the smallest valid module: magic and version).
    const wasm = await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
      () => 'compiled',
      (e: Error) => e.name,
    );
    return {
      inlineRan: w.__inlineRan === true,
      handlerRan: w.__handlerRan === true,
      dataScript,
      dataRan: w.__dataRan === true,
      dataWorker,
      dataImage,
      evalError,
      functionError,
      styled,
      wasm,
    };
  });
  expect(probes).toEqual({
    inlineRan: false,
    handlerRan: false,
    dataScript: 'refused',
    dataRan: false,
    dataWorker: 'refused',
    dataImage: 'loaded',
    evalError: 'EvalError',
    functionError: 'EvalError',
    styled: false,
    wasm: 'CompileError',
  });

  // Each refusal was reported as a violation of the directive that forbids it.
  await expect
    .poll(async () => new Set((await violations(page)).map((v) => v.directive)))
    .toEqual(
      new Set(['script-src-elem', 'script-src-attr', 'script-src', 'style-src-elem', 'worker-src']),
    );
  const blocked = (await violations(page)).map((v) => v.blocked);
  expect(blocked).toContain('inline');
  expect(blocked).toContain('data');
  expect(blocked).toContain('eval');
  expect(blocked).toContain('wasm-eval');
});

test('no view violates the policy, at rest, playing, or after actions', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await watchViolations(page);
  for (const view of VIEWS) {
    await page.goto(`./?lang=en&view=${view}&autoplay=0`);
    await expect(page.getByTestId(`view-tab-${view}`)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('play-toggle')).toBeEnabled();
    expect(await violations(page), `${view} at rest`).toEqual([]);
  }
  // Play the cluster and go through every view, switching theme and language on the way.
  await page.goto('./?lang=en&view=cluster&scenario=waiting-events&autoplay=0');
  await setSpeed(page, 10);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => simMs(page)).toBeGreaterThan(2000);
  await page.getByTestId('theme-switch').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('lang-ko').click();
  await page.getByTestId('view-tab-replication').click();
  await page.getByTestId('broker-2-kill').click();
  await page.waitForTimeout(1000);
  await page.getByTestId('view-tab-storage').click();
  await expect(page.getByTestId('storage-view')).toBeVisible();
  await page.getByTestId('play-toggle').click(); // pause
  await page.getByTestId('log-batch').first().click();
  await expect(page.getByTestId('hex-inspector')).toBeVisible();
  // A segment download is a blob: link, which the policy lets through.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-log').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^\d{20}\.log$/);
  await page.getByTestId('lookup-offset').fill('3');
  await page.getByTestId('lookup-submit').click();
  await expect(page.getByTestId('lookup-result')).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('view-tab-groups').click();
  await page.locator('[data-testid$="-add"]').first().click();
  await page.getByTestId('play-toggle').click();
  await page.waitForTimeout(1500);
  // The why-fast sweep runs in a Web Worker (worker-src 'self'), which the policy lets through.
  await page.getByTestId('view-tab-whyfast').click();
  await page.getByTestId('wf-sweep-run').click();
  await expect(page.getByTestId('wf-sweep-status')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });
  await page.getByTestId('view-tab-cluster').click();
  await page.waitForTimeout(500);

  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
});
