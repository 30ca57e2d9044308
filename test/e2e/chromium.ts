import { existsSync } from 'node:fs';

// Debian's headless shell is the same Chromium engine without the desktop browser around it (what
// Playwright itself runs headless): the browser tests take half the time in it. The full browser is
// the fallback, and stays what Lighthouse and the bench measure, since that is what readers run.
// The bench and Lighthouse (plain .mjs, run on Node 24, which reads this file's types away) import
// the full browser and the flags from here too.
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const FULL_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_CHROMIUM);

// Flags that keep Chromium off the network it cannot reach here, and quiet as root.
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
