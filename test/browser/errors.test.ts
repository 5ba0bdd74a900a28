// @vitest-environment node
// Every error code, as the screens show it, in real Chromium: the reference server answers the
// next request with a chosen PROTOCOL.md failure (`failNext`), the page must say what the screens'
// table (src/ui/errors.ts) has for it, in the right place: a page of its own for a link that cannot
// be used, next to the field, or an alert above the form that stays.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESET_ERRORS } from '../../src/codes';
import { messageFor } from '../../src/ui/errors';
import { DEMO, STRONG, lastEmail, offline, openPage, useChromium } from './harness';
import { description, isFocused, poll, words } from './ui-harness';

const env = useChromium();
const { t, wait } = words('en');

/** What the screens say for `code`, with the wait of its Retry-After. */
const said = (code: string, retryAfter?: number) => t(messageFor(code), { time: wait(retryAfter ?? 0) });

async function submitReset(page: Page, link: string) {
  await page.goto(link);
  await page.getByLabel(t('reset.password'), { exact: true }).fill(STRONG);
  await page.getByLabel(t('reset.confirm'), { exact: true }).fill(STRONG);
  await page.getByRole('button', { name: t('reset.submit') }).click();
}

describe('"Choose a new password": the words for every code', () => {
  it('shows each failure where it belongs; POST_COMMIT_SIDE_EFFECT_FAILURE shows success', { timeout: 90_000 }, async () => {
    env.app.server.reset();
    const w = await openPage(env.browser);
    const { page } = w;
    await page.goto(`${env.app.url}/forgot-password.html`);
    await page.getByLabel(t('common.email')).fill(DEMO.email);
    await page.getByRole('button', { name: t('forgot.submit') }).click();
    await page.getByRole('heading', { name: t('common.inbox') }).waitFor();
    const { link } = lastEmail(env.app.server, 'reset');

    const alert = page.getByRole('alert');
    const heading = page.locator('h1');
    const submit = page.locator('#app button[type="submit"]'); // its name changes while busy
    const checked: string[] = [];

    // The link is done for: a heading that says why, and a way to a new one. (The token is a good
    // one, so PASSWORD_RESET_TOKEN_INVALID means it was used.)
    for (const [code, state] of [
      ['PASSWORD_RESET_TOKEN_EXPIRED', 'expired'],
      ['PASSWORD_RESET_TOKEN_INVALID', 'used'],
      ['PASSWORD_RESET_TOKEN_MISSING', 'missing'],
      ['PASSWORD_RESET_TOKEN_SECRET_FAILURE', 'invalid'],
      ['USER_NOT_FOUND', 'invalid'],
    ]) {
      env.app.server.failNext(code!);
      await submitReset(page, link!);
      const title = page.getByRole('heading', { level: 1, name: t(`link.${state}Title`), exact: true });
      await title.waitFor();
      expect(await page.getByRole('link', { name: t('link.newLink') }).count(), code).toBe(1);
      expect(await isFocused(title), code).toBe(true);
      checked.push(code!);
    }

    // The server refused the password: next to the field.
    const password = page.getByLabel(t('reset.password'), { exact: true });
    env.app.server.failNext('INVALID_REQUEST');
    await submitReset(page, link!);
    await poll(() => description(password)).toContain(t('field.passwordRefused'));
    expect(await isFocused(password)).toBe(true);
    await w.shot('errors-reset-invalid-request');
    checked.push('INVALID_REQUEST');

    // Try again later: an alert above the form, which stays; focus on the alert.
    const retryable: [string, number?][] = [
      ['EMAIL_COOLDOWN_ACTIVE', 30],
      ['IP_RATE_LIMIT_EXCEEDED', 7],
      ['DATABASE_FAILURE'],
      ['HASH_FAILURE'],
      ['EMAIL_SEND_FAILURE'],
      ['EMAIL_TEMPLATE_FAILURE'],
      ['EMAIL_AUTHENTICATION_FAILURE'],
      ['EMAIL_COOLDOWN_CACHE_FAILURE'],
      ['PASSWORD_RESET_TOKEN_CREATION_FAILURE'],
      ['EMAIL_DISABLED'],
      ['too_many_requests', 3],
    ];
    for (const [code, retryAfter] of retryable) {
      env.app.server.failNext(code, retryAfter === undefined ? {} : { retryAfter });
      await submit.click(); // the form stays after these, still filled in
      await poll(() => alert.innerText(), code).toBe(said(code, retryAfter));
      expect(await isFocused(alert), code).toBe(true);
      expect(await password.count()).toBe(1);
      if (code === 'IP_RATE_LIMIT_EXCEEDED') {
        expect(said(code, retryAfter)).toContain('wait 7 seconds');
        await w.shot('errors-reset-rate-limited');
      }
      if (code === 'DATABASE_FAILURE') await w.shot('errors-reset-database');
      checked.push(code);
    }

    // No code from the server: pwflow's own (server_error).
    for (const kind of ['html', 'text']) {
      env.app.server.failNext(kind);
      await submit.click();
      await poll(() => alert.innerText()).toBe(said('server_error'));
    }
    // A network failure, made by the browser (see offline() for why not failNext('network')).
    await offline(page, async () => {
      await submitReset(page, link!);
      await poll(() => alert.innerText()).toBe(said('network_error'));
    });

    // The server never answers: timeout (the SDK's 10 s, on the page's fake clock).
    await page.clock.install();
    const resetCall = /\/api\/auth\/password\/reset\?/;
    await page.route(resetCall, () => {}); // never answered
    await submitReset(page, link!);
    await poll(() => submit.textContent()).toBe(t('common.busy'));
    expect(await submit.getAttribute('aria-disabled')).toBe('true');
    await w.shot('errors-reset-saving');
    await page.clock.runFor(10_500);
    await poll(() => alert.innerText()).toBe(said('timeout'));
    expect(await submit.getAttribute('aria-disabled')).toBeNull();
    await page.unroute(resetCall);

    // Last, as it spends the token: the password changed, so it is a success.
    expect(env.app.server.checkPassword(DEMO.email, STRONG)).toBe(false);
    env.app.server.failNext('POST_COMMIT_SIDE_EFFECT_FAILURE');
    await submitReset(page, link!);
    await page.getByRole('heading', { name: t('reset.doneTitle') }).waitFor();
    await expect(page.locator('#app').innerText()).resolves.toContain(t('reset.sessions'));
    await w.shot('errors-reset-post-commit');
    expect(env.app.server.checkPassword(DEMO.email, STRONG)).toBe(true);
    checked.push('POST_COMMIT_SIDE_EFFECT_FAILURE');

    expect(Object.keys(RESET_ERRORS).filter((code) => !checked.includes(code))).toEqual([]);
    expect(await heading.count()).toBe(1);
    await w.finish();
  });
});

describe('"Forgot password" and "Change password": errors', () => {
  it('forgot password: field errors next to the field, alerts for the rest', { timeout: 60_000 }, async () => {
    env.app.server.reset();
    const w = await openPage(env.browser);
    const { page } = w;
    await page.goto(`${env.app.url}/forgot-password.html`);
    const email = page.getByLabel(t('common.email'));
    const send = page.getByRole('button', { name: t('forgot.submit') });

    await send.click(); // empty: refused on the page, nothing sent
    await poll(() => description(email)).toBe(t('field.emailMissing'));
    expect(await isFocused(email)).toBe(true);
    await w.shot('errors-forgot-empty');
    expect(w.api).toEqual([]);

    await email.fill(DEMO.email);
    for (const [code, retryAfter] of [['IP_RATE_LIMIT_EXCEEDED', 1], ['EMAIL_SEND_FAILURE'], ['EMAIL_DISABLED']] as [string, number?][]) {
      env.app.server.failNext(code, retryAfter === undefined ? {} : { retryAfter });
      await send.click();
      await poll(() => page.getByRole('alert').innerText()).toBe(said(code, retryAfter));
      if (code === 'EMAIL_SEND_FAILURE') await w.shot('errors-forgot-send-failure');
    }
    await offline(page, async () => {
      await send.click();
      await poll(() => page.getByRole('alert').innerText()).toBe(said('network_error'));
    });
    env.app.server.failNext('INVALID_REQUEST');
    await send.click();
    await poll(() => description(email)).toBe(t('field.emailInvalid'));
    expect(env.app.server.outbox).toEqual([]);
    await w.finish();
  });

  it('change password: each API A error', { timeout: 60_000 }, async () => {
    env.app.server.reset();
    const w = await openPage(env.browser);
    const { page } = w;
    await page.goto(`${env.app.url}/change-password.html`);
    const email = page.getByLabel(t('common.email'));
    await email.fill(DEMO.email);
    const send = page.getByRole('button', { name: t('change.submit') });
    for (const [code, retryAfter] of [
      ['bad.connection'],
      ['unauthorized_client'],
      ['password is not allowed'],
      ['too_many_requests', 1],
      ['html'],
    ] as [string, number?][]) {
      env.app.server.failNext(code, retryAfter === undefined ? {} : { retryAfter });
      await send.click();
      await poll(() => page.getByRole('alert').innerText(), code).toBe(said(code === 'html' ? 'server_error' : code, retryAfter));
      if (code === 'bad.connection') await w.shot('errors-change-bad-connection');
    }
    env.app.server.failNext('invalid_parameter');
    await send.click();
    await poll(() => description(email)).toBe(t('field.emailInvalid'));
    expect(await isFocused(email)).toBe(true);
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
    await poll(() => w.csp.length).toBeGreaterThan(0);
    expect(await w.page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await w.context.close();
  });
});
