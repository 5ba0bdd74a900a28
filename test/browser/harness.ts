// The browser suite's one helper: Debian's Chromium through playwright-core (never a downloaded
// browser), the Node reference server serving docs/examples and the built dist/, and a page that
// records every CSP violation, page error and API request so each test can assert it saw none.
import { existsSync, mkdirSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.js';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import type { ReferenceServer, ReferenceServerOptions } from '../../mock-server/index';
import { type RunningReferenceServer, startReferenceServer } from '../../mock-server/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTIFACTS = join(root, 'test', 'artifacts');
/** The built package the pages load; $PWFLOW_DIST points elsewhere (e.g. a copy, while dist/ is being rebuilt). */
const DIST = process.env.PWFLOW_DIST ?? join(root, 'dist');

export const DEMO = { email: 'demo@example.com', password: 'Demo-Passw0rd!' };
export const STRONG = 'Brand-New-Passw0rd!';
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1024, height: 800 };

/** Debian's Chromium (or $CHROMIUM_PATH), headless. */
export function launchBrowser(): Promise<Browser> {
  for (const file of ['pwflow.min.js', 'pwflow.browser.js']) {
    if (!existsSync(join(DIST, file))) {
      throw new Error(`${join(DIST, file)} is missing: run \`npm run build\` before the browser tests (npm test does)`);
    }
  }
  return launchChromium();
}

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * The Node reference server with the examples, on a free port. Its reset links point at its own
 * `/reset-password`, like `npm start`. The rate limit is raised so that a file's many tests do not
 * trip it by accident (tests that want a 429 ask for one with `failNext`).
 */
export async function startServer(options: ReferenceServerOptions = {}): Promise<RunningReferenceServer> {
  const port = await freePort();
  const server = createReferenceServer({ appUrl: `http://127.0.0.1:${port}/reset-password`, rateLimit: 1000, ...options });
  return startReferenceServer({ port, server, static: join(root, 'docs', 'examples'), dist: DIST });
}

/** The newest email to `to` of `kind` in the server's outbox. */
export function lastEmail(server: ReferenceServer, kind: string, to = DEMO.email) {
  const email = server.outbox.filter((e) => e.kind === kind && e.to === to).at(-1);
  if (!email) throw new Error(`no ${kind} email to ${to} in the outbox`);
  return email;
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** API requests the page sent (method and path), in order. */
  api: string[];
  csp: unknown[];
  errors: string[];
  /** Saves a full-page screenshot to test/artifacts/<name>.png. */
  shot(name: string): Promise<void>;
  /** No CSP violation, no uncaught page error; then closes the context. */
  finish(): Promise<void>;
}

/**
 * A new context and page that report CSP violations (through a binding that survives
 * navigations), uncaught errors and every API request.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  // Fail with Playwright's own message (what it waited for) well before the test's timeout.
  context.setDefaultTimeout(10_000);
  const csp: unknown[] = [];
  const errors: string[] = [];
  const api: string[] = [];
  await context.exposeBinding('__reportCsp', (_source, violation: unknown) => void csp.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCsp(v: unknown): void }).__reportCsp;
      report({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample, source: event.sourceFile });
    });
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    // Chromium reports CSP refusals on the console too; catch them even if the event was missed.
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) csp.push(message.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^\/(api|dbconnections)\//.test(url.pathname)) api.push(`${request.method()} ${url.pathname}`);
  });
  return {
    context,
    page,
    api,
    csp,
    errors,
    async shot(name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    },
    async finish() {
      // Let late events (a violation reported after the last action) arrive. Waited for here, not
      // with the page's setTimeout, which a test may have paused (page.clock).
      await page.evaluate(() => 0).catch(() => {});
      await page.waitForTimeout(50);
      expect(csp, 'CSP violations').toEqual([]);
      expect(errors, 'uncaught page errors').toEqual([]);
      await context.close();
    },
  };
}

/**
 * Runs `body` while every API request fails at the network level. Not `failNext('network')`: the
 * Node server answers that by dropping the connection, and Chromium silently retries a request
 * whose reused keep-alive connection closes before any answer, so the retry succeeds.
 */
export async function offline(page: Page, body: () => Promise<void>): Promise<void> {
  const api = /\/(api|dbconnections)\//;
  await page.route(api, (route) => route.abort('internetdisconnected'));
  try {
    await body();
  } finally {
    await page.unroute(api);
  }
}

/** The id of the focused element (or its tag and text when it has none). */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '';
    return el.id || `${el.tagName.toLowerCase()}:${el.textContent?.trim().slice(0, 60)}`;
  });
}

/** One Chromium and one reference server for a test file, the server reset before each test. */
export function useChromium(): { browser: Browser; app: RunningReferenceServer } {
  const env = {} as { browser: Browser; app: RunningReferenceServer };
  beforeAll(async () => {
    [env.browser, env.app] = await Promise.all([launchBrowser(), startServer()]);
  });
  afterAll(async () => {
    await Promise.all([env.browser?.close(), env.app?.close()]);
  });
  beforeEach(() => env.app.server.reset());
  return env;
}
