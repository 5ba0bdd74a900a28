// @vitest-environment node
// The breach check in real Chromium under the Node server's strict CSP: a page using
// dist/pwflow.min.js with `breachCheck: { endpoint: origin + '/range/' }` refuses a leaked password
// on its reset form (nothing sent to the reset API), then takes a clean one.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { breachCount, sha1 } from '../../mock-server/core/range';
import { type RunningReferenceServer, startReferenceServer } from '../../mock-server/node';
import { DEMO, STRONG, launchBrowser, openPage } from './harness';

let browser: Browser;
let app: RunningReferenceServer;

beforeAll(async () => {
  [browser, app] = await Promise.all([
    launchBrowser(),
    startReferenceServer({ port: 0, server: createReferenceServer({ rateLimit: 1000 }), static: join(__dirname, 'breach-page'), dist: process.env.PWFLOW_DIST ?? join(__dirname, '../../dist') }),
  ]);
});
afterAll(() => Promise.all([browser?.close(), app?.close()]));

it('refuses a leaked password on the reset form, sending only the range request; a clean one resets', async () => {
  await app.server.handle(new Request(`${app.url}/api/auth/password/reset-request`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: DEMO.email }) }));
  const token = app.server.outbox.at(-1)!.token!;
  const w = await openPage(browser);
  const { page } = w;
  const ranges: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/range/')) ranges.push(`${url.pathname} ${request.headers()['add-padding']}`);
  });
  const response = await page.goto(`${app.url}/reset.html?token=${token}`);
  expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response!.headers()['content-security-policy']).toContain("connect-src 'self'");
  expect(page.url()).toBe(`${app.url}/reset.html`); // the token left the address bar

  const leaked = 'Passw0rd!'; // passes the default policy: only the breach check can refuse it
  const hash = await sha1(leaked);
  await page.getByLabel('New password').fill(leaked);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect.poll(() => page.locator('#password-error').textContent()).toBe(
    `This password has appeared in a data breach. Seen ${breachCount(hash)} times in data breaches.`,
  );
  expect(ranges).toEqual([`/range/${hash.slice(0, 5)} true`]);
  expect(w.api).toEqual([]);
  expect(app.server.checkPassword(DEMO.email, leaked)).toBe(false);
  await w.shot('breach-reset-refused');

  await page.getByLabel('New password').fill(STRONG);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect.poll(() => page.locator('#status').textContent()).toBe('Your password has been changed (breach check: passed).');
  expect(w.api).toEqual(['POST /api/auth/password/reset']);
  expect(app.server.checkPassword(DEMO.email, STRONG)).toBe(true);
  await w.finish();
});
