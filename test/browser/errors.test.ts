// @vitest-environment node
// Every error code, as the pages show it, in real Chromium: the reference server answers the
// next request with a chosen PROTOCOL.md failure (`failNext`), the page must say the specific
// thing docs/examples/shared/messages.js has for it, in the right place.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESET_ERRORS } from '../../src/codes';
// @ts-expect-error: a plain browser module of the examples, without types
import { describeError } from '../../docs/examples/shared/messages.js';
import { DEMO, STRONG, focused, lastEmail, openPage, useChromium } from './harness';

const env = useChromium();

const said = (code: string, flow: string, extra: object = {}) => describeError({ code, ...extra }, flow) as { text: string; title?: string };

async function submitReset(page: Page, link: string) {
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill(STRONG);
  await page.getByLabel('Confirm new password').fill(STRONG);
  await page.getByRole('button', { name: 'Change password' }).click();
}

/**
 * Runs `body` while every API request fails at the network level. Not `failNext('network')`: the
 * Node server answers that by dropping the connection, and Chromium silently retries a request
 * whose reused keep-alive connection closes before any answer, so the retry succeeds.
 */
async function offline(page: Page, body: () => Promise<void>) {
  const api = /\/(api|dbconnections)\//;
  await page.route(api, (route) => route.abort('internetdisconnected'));
  try {
    await body();
  } finally {
    await page.unroute(api);
  }
}

describe('"Choose a new password": a specific message for every code', () => {
  it('shows each failure where it belongs; POST_COMMIT_SIDE_EFFECT_FAILURE shows success', { timeout: 40_000 }, async () => {
    env.app.server.reset();
    const w = await openPage(env.browser);
    const { page } = w;
    await page.goto(`${env.app.url}/forgot-password.html`);
    await page.getByLabel('Email address').fill(DEMO.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    const { link } = lastEmail(env.app.server, 'reset');

    const alert = page.locator('.alert');
    const heading = page.locator('h1');
    const submit = page.locator('button[type="submit"]'); // its name changes to "Saving…" while busy
    const checked: string[] = [];

    // The link is done for: a heading that says why, and a way to a new one.
    for (const code of [
      'PASSWORD_RESET_TOKEN_EXPIRED',
      'PASSWORD_RESET_TOKEN_INVALID',
      'PASSWORD_RESET_TOKEN_MISSING',
      'PASSWORD_RESET_TOKEN_SECRET_FAILURE',
      'USER_NOT_FOUND',
    ]) {
      env.app.server.failNext(code);
      await submitReset(page, link!);
      const { title, text } = said(code, 'reset');
      await page.getByRole('heading', { name: title }).waitFor();
      await expect(page.locator('.result p').first().textContent()).resolves.toBe(text);
      expect(await page.getByRole('link', { name: 'Send a new link' }).count()).toBe(1);
      expect(await focused(page)).toBe('title');
      if (code === 'PASSWORD_RESET_TOKEN_INVALID') expect(title).toBe('This link was already used or is invalid');
      checked.push(code);
    }

    // The server refused the password: next to the field.
    env.app.server.failNext('INVALID_REQUEST');
    await submitReset(page, link!);
    await expect.poll(() => page.locator('#password-error').textContent()).toBe(said('INVALID_REQUEST', 'reset').text);
    expect(await focused(page)).toBe('password');
    await w.shot('errors-reset-invalid-request');
    checked.push('INVALID_REQUEST');

    // Try again later: an alert above the form, which stays; focus on the alert.
    const retryable: [string, object?][] = [
      ['EMAIL_COOLDOWN_ACTIVE', { retryAfter: 30 }],
      ['IP_RATE_LIMIT_EXCEEDED', { retryAfter: 7 }],
      ['DATABASE_FAILURE'],
      ['HASH_FAILURE'],
      ['EMAIL_SEND_FAILURE'],
      ['EMAIL_TEMPLATE_FAILURE'],
      ['EMAIL_AUTHENTICATION_FAILURE'],
      ['EMAIL_COOLDOWN_CACHE_FAILURE'],
      ['PASSWORD_RESET_TOKEN_CREATION_FAILURE'],
      ['EMAIL_DISABLED'],
      ['too_many_requests', { retryAfter: 3 }],
    ];
    for (const [code, options] of retryable) {
      env.app.server.failNext(code, options);
      // The form stays after these, still filled in: submit it again, unless a wait holds the button.
      if ((await submit.count()) && (await submit.isEnabled())) await submit.click();
      else await submitReset(page, link!);
      const text = said(code, 'reset', options).text;
      await expect.poll(() => alert.textContent()).toBe(text);
      expect(await focused(page)).toMatch(/^div:/);
      expect(await page.getByLabel('New password', { exact: true }).count()).toBe(1);
      if (code === 'IP_RATE_LIMIT_EXCEEDED') {
        expect(text).toContain('wait 7 seconds');
        expect(await submit.isDisabled()).toBe(true); // held for the server's Retry-After
        await w.shot('errors-reset-rate-limited');
      }
      if (code === 'DATABASE_FAILURE') {
        expect(text).toContain('Your password was not changed.');
        expect(await submit.isEnabled()).toBe(true);
        await w.shot('errors-reset-database');
      }
      checked.push(code);
    }

    // No code from the server: pwflow's own, with the status where there is one.
    for (const [kind, statusCode] of [
      ['html', 502],
      ['text', 503],
    ] as const) {
      env.app.server.failNext(kind);
      await submit.click();
      const text = said('server_error', 'reset', { statusCode }).text;
      await expect.poll(() => alert.textContent()).toBe(text);
      expect(text).toContain(`(HTTP ${statusCode})`);
    }
    // A network failure, made by the browser (see offline() for why not failNext('network')).
    await offline(page, async () => {
      await submitReset(page, link!);
      await expect.poll(() => alert.textContent()).toBe(said('network_error', 'reset').text);
    });

    // The server never answers: timeout (the SDK's 10 s, on the page's fake clock).
    await page.clock.install();
    const resetCall = /\/api\/auth\/password\/reset\?/;
    await page.route(resetCall, () => {}); // never answered
    await submitReset(page, link!);
    await expect.poll(() => submit.textContent()).toBe('Saving…');
    expect(await submit.isDisabled()).toBe(true);
    await w.shot('errors-reset-saving');
    await page.clock.runFor(10_500);
    await expect.poll(() => alert.textContent()).toBe(said('timeout', 'reset').text);
    expect(await submit.isEnabled()).toBe(true);
    await page.unroute(resetCall);

    // Last, as it spends the token: the password changed, so it is a success.
    expect(env.app.server.checkPassword(DEMO.email, STRONG)).toBe(false);
    env.app.server.failNext('POST_COMMIT_SIDE_EFFECT_FAILURE');
    await submitReset(page, link!);
    await page.getByRole('heading', { name: 'Your password has been changed' }).waitFor();
    await expect(page.locator('.result').textContent()).resolves.toContain('We could not sign you out on your other devices.');
    await w.shot('errors-reset-post-commit');
    expect(env.app.server.checkPassword(DEMO.email, STRONG)).toBe(true);
    checked.push('POST_COMMIT_SIDE_EFFECT_FAILURE');

    expect(Object.keys(RESET_ERRORS).filter((code) => !checked.includes(code))).toEqual([]);
    expect(await heading.count()).toBe(1);
    await w.finish();
  });
});

describe('"Forgot password" and "Change password": errors', () => {
  it('forgot password: field errors next to the field, alerts for the rest', async () => {
    env.app.server.reset();
    const w = await openPage(env.browser);
    const { page } = w;
    await page.goto(`${env.app.url}/forgot-password.html`);
    const email = page.getByLabel('Email address');
    const send = page.getByRole('button', { name: 'Send reset link' });

    await send.click(); // empty: refused by the SDK, nothing sent
    await expect.poll(() => page.locator('#email-error').textContent()).toBe('Enter an email address, like name@example.com.');
    expect(await focused(page)).toBe('email');
    await w.shot('errors-forgot-empty');
    expect(w.api).toEqual([]);

    await email.fill(DEMO.email);
    for (const [code, options] of [
      ['IP_RATE_LIMIT_EXCEEDED', { retryAfter: 1 }],
      ['EMAIL_SEND_FAILURE'],
      ['EMAIL_DISABLED'],
    ] as [string, object?][]) {
      env.app.server.failNext(code, options);
      await send.click();
      const expected = said(code, 'request', options).text;
      await expect.poll(() => page.locator('.alert').textContent()).toBe(expected);
      if (code === 'EMAIL_SEND_FAILURE') await w.shot('errors-forgot-send-failure');
      await expect.poll(() => send.isEnabled()).toBe(true);
    }
    await offline(page, async () => {
      await send.click();
      await expect.poll(() => page.locator('.alert').textContent()).toBe(said('network_error', 'request').text);
    });
    env.app.server.failNext('INVALID_REQUEST');
    await send.click();
    await expect.poll(() => page.locator('#email-error').textContent()).toBe(said('INVALID_REQUEST', 'request').text);
    expect(env.app.server.outbox).toEqual([]);
    await w.finish();
  });

  it('change password: each API A error', async () => {
    env.app.server.reset();
    const w = await openPage(env.browser);
    const { page } = w;
    await page.goto(`${env.app.url}/change-password.html`);
    await page.getByLabel('Email address').fill(DEMO.email);
    const send = page.getByRole('button', { name: 'Email me a link' });
    for (const [code, options] of [
      ['bad.connection'],
      ['unauthorized_client'],
      ['password is not allowed'],
      ['too_many_requests', { retryAfter: 1 }],
      ['html'],
    ] as [string, object?][]) {
      env.app.server.failNext(code, options);
      await send.click();
      const expected = said(code === 'html' ? 'server_error' : code, 'change', code === 'html' ? { statusCode: 502 } : options).text;
      await expect.poll(() => page.locator('.alert').textContent()).toBe(expected);
      if (code === 'bad.connection') await w.shot('errors-change-bad-connection');
      await expect.poll(() => send.isEnabled()).toBe(true);
    }
    env.app.server.failNext('invalid_parameter');
    await send.click();
    await expect.poll(() => page.locator('#email-error').textContent()).toBe(said('invalid_parameter', 'change').text);
    expect(await focused(page)).toBe('email');
    expect(env.app.server.outbox).toEqual([]);
    await w.finish();
  });
});

describe('the harness', () => {
  it('notices a CSP violation (so zero really means zero)', async () => {
    const w = await openPage(env.browser);
    await w.page.goto(`${env.app.url}/`);
    await w.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
    });
    await expect.poll(() => w.csp.length).toBeGreaterThan(0);
    expect(await w.page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await w.context.close();
  });
});
