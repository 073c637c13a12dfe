// The browser the e2e tests and `npm run bench:ui` launch: Playwright cannot download its
// browsers here, so a system Chromium is preferred (Playwright's own where a machine has one),
// headless with the flags without which it hangs on this network.
import { existsSync } from 'node:fs';

export const systemChromium = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].find((p) => existsSync(p));

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
