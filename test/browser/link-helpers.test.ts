// @vitest-environment node
// The link helpers in real Chromium, through dist/pwflow.min.js and the reference server's strict
// CSP, on the small pages in test/browser/pages/: the resend countdown survives a reload, and
// readResetLink({ clear: true }) takes the token out of the address bar even on a path that starts
// with `//` (issue 11: replaceState was handed a URL of another host, refused, and the token stayed).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createReferenceServer } from '../../mock-server/index';
import { type RunningReferenceServer, startReferenceServer } from '../../mock-server/node';
import { DEMO, lastEmail, launchBrowser, openPage } from './harness';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let browser: Browser;
let app: RunningReferenceServer;

beforeAll(async () => {
  const server = createReferenceServer({ rateLimit: 1000 });
  [browser, app] = await Promise.all([
    launchBrowser(),
    startReferenceServer({ port: 0, server, static: join(root, 'test', 'browser', 'pages'), dist: process.env.PWFLOW_DIST ?? join(root, 'dist') }),
  ]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), app?.close()]);
});
beforeEach(() => app.server.reset());

describe('createResendTimer in Chromium', () => {
  it('send, reload the page: the countdown continues where it was, from sessionStorage, without the address in it', async () => {
    const w = await openPage(browser);
    const { page } = w;
    const seconds = async () => Number(await page.locator('#seconds').textContent());
    await page.goto(`${app.url}/resend.html`);
    await page.getByLabel('Email address').fill(DEMO.email);
    await expect.poll(seconds).toBe(0);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('sent');
    expect(await seconds()).toBeGreaterThanOrEqual(59);

    // It ticks: wait for a second to pass, then reload.
    await expect.poll(seconds, { timeout: 5000 }).toBeLessThanOrEqual(58);
    const before = await seconds();
    await page.reload();
    await page.getByLabel('Email address').fill(DEMO.email);
    const after = await seconds();
    expect(after).toBeLessThanOrEqual(before);
    expect(after).toBeGreaterThan(before - 10);
    await expect(page.getByRole('button', { name: /^Send again in \d+ s$/ }).isDisabled()).resolves.toBe(true);
    // And keeps ticking after the reload.
    await expect.poll(seconds, { timeout: 5000 }).toBeLessThan(after);

    // What the countdown came from: the one requestReset, no cooldown question after the reload.
    expect(w.api).toEqual(['POST /api/auth/password/reset-request']);
    const kept = await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
    expect(kept).toMatch(/pwflow\.resend\./);
    for (const part of ['demo', 'example', '@']) expect(kept.toLowerCase()).not.toContain(part);

    // Another address has no countdown; the first one still does.
    await page.getByLabel('Email address').fill('ada@example.com');
    expect(await seconds()).toBe(0);
    await page.getByLabel('Email address').fill(DEMO.email);
    expect(await seconds()).toBeGreaterThan(0);
    await w.finish();
  });

  it('an EMAIL_COOLDOWN_ACTIVE answer sets the countdown too', async () => {
    const w = await openPage(browser);
    const { page } = w;
    await page.goto(`${app.url}/resend.html`);
    // The email went out from elsewhere (another tab, another device) 20 s ago.
    const status = await page.evaluate(async (email) => {
      const answer = await fetch('/api/auth/password/reset-request', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email }) });
      return answer.status;
    }, DEMO.email);
    expect(status).toBe(200);
    app.server.advanceTime(20_000);
    await page.getByLabel('Email address').fill(DEMO.email);
    expect(Number(await page.locator('#seconds').textContent())).toBe(0);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('EMAIL_COOLDOWN_ACTIVE');
    const left = Number(await page.locator('#seconds').textContent());
    expect(left).toBeGreaterThan(30);
    expect(left).toBeLessThanOrEqual(40);
    await w.finish();
  });
});

describe('readResetLink({ clear: true }) in Chromium, on paths of odd shapes', () => {
  // `${app.url}${path}` is the page the emailed link opens; `left` is the address bar afterwards.
  const cases: { path: string; query: (token: string) => string; left: string }[] = [
    // An app URL with a trailing slash plus `/reset-password`: the path starts with `//`.
    { path: '//reset-link.html', query: (token) => `?token=${token}&lang=de`, left: '//reset-link.html?lang=de' },
    { path: '///reset-link.html', query: (token) => `?token=${token}`, left: '///reset-link.html' },
    { path: '//reset-link.html', query: (token) => `#/reset-password?token=${token}`, left: '//reset-link.html#/reset-password' },
    { path: '/reset-link.html', query: (token) => `?a=%2F%2Fx&token=${token}#top`, left: '/reset-link.html?a=%2F%2Fx#top' },
  ];

  for (const { path, query, left } of cases) {
    it(`clears the token on ${path}${query('…')}, with no history entry left holding it`, async () => {
      const w = await openPage(browser);
      const { page } = w;
      await fetch(`${app.url}/api/auth/password/reset-request`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: DEMO.email }),
      });
      const { token } = lastEmail(app.server, 'reset');
      await page.goto(`${app.url}${path}${query(token!)}`);
      await expect.poll(() => page.locator('#state').textContent()).toBe('ok');
      expect(page.url()).toBe(`${app.url}${left}`);
      // No new entry (the page's own, after the tab's first about:blank), and none that holds the token.
      expect(await page.evaluate(() => history.length)).toBe(2);
      await page.goBack();
      expect(page.url()).toBe('about:blank');
      await page.goForward();
      expect(page.url()).toBe(`${app.url}${left}`);
      await expect.poll(() => page.locator('#state').textContent()).toBe('missing');
      await w.finish();
    });
  }
});
