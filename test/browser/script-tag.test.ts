// @vitest-environment node
// The script-tag pages (dist/pwflow.min.js + the global `pwflow`) in real Chromium, under the
// reference server's strict CSP: the whole reset flow, the cooldown, expired links, change password.
import { describe, expect, it } from 'vitest';
import { DEMO, PHONE, STRONG, focused, lastEmail, openPage, useChromium } from './harness';

const env = useChromium();

/** Asks for a reset link on the "Forgot password" page and returns the emailed link. */
async function requestLink(page: import('playwright-core').Page) {
  await page.goto(`${env.app.url}/forgot-password.html`);
  await page.getByLabel('Email address').fill(DEMO.email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
  return lastEmail(env.app.server, 'reset').link!;
}

describe('script tag: reset the password from the emailed link', () => {
  it('requests a link, takes the token out of the URL, refuses a weak password, resets, then the link is spent', async () => {
    const w = await openPage(env.browser);
    const { page } = w;

    await page.goto(`${env.app.url}/forgot-password.html`);
    await w.shot('script-forgot-initial');
    await page.getByLabel('Email address').fill(DEMO.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await expect.poll(() => focused(page)).toBe('title'); // focus on the "Check your inbox" heading
    await expect(page.locator('#cooldown').textContent()).resolves.toMatch(/^You can ask for another email in (1:00|0:59)\.$/);
    await w.shot('script-forgot-sent');

    // The mailbox, as a person would use it: the newest email's link.
    await page.goto(`${env.app.url}/mailbox`);
    const href = await page.locator('a.link').first().getAttribute('href');
    expect(href).toBe(lastEmail(env.app.server, 'reset').link);
    expect(href).toMatch(/\/reset-password\?token=ey/);
    await page.locator('a.link').first().click();

    // The token leaves the address bar at once.
    await page.getByLabel('New password', { exact: true }).waitFor();
    expect(page.url()).toBe(`${env.app.url}/reset-password`);
    await w.shot('script-reset-initial');

    // A weak password: the checklist ticks what it has, submit refuses without a request.
    await page.getByLabel('New password', { exact: true }).fill('weak');
    const unmet = () => page.locator('li.rule:not(.met)').evaluateAll((items) => items.map((li) => li.getAttribute('data-rule')));
    await expect(unmet()).resolves.toEqual(['minLength', 'uppercase', 'digit', 'special']);
    await expect(page.locator('li.rule.met').textContent()).resolves.toContain('— done');
    await page.getByLabel('Confirm new password').fill('weak');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.locator('#password-error').textContent()).resolves.toBe('Your new password does not meet every rule below.');
    await expect(page.getByLabel('New password', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await focused(page)).toBe('password');
    await w.shot('script-reset-weak');
    expect(w.api.filter((r) => r.includes('/api/auth/password/reset') && !r.includes('request'))).toEqual([]);

    // Confirm must match.
    await page.getByLabel('New password', { exact: true }).fill(STRONG);
    await expect(unmet()).resolves.toEqual([]);
    await page.getByLabel('Confirm new password').fill(`${STRONG}x`);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.locator('#confirm-error').textContent()).resolves.toBe('The passwords don’t match.');
    expect(await focused(page)).toBe('confirm');
    await w.shot('script-reset-mismatch');
    expect(w.api.filter((r) => r === 'POST /api/auth/password/reset')).toEqual([]);

    await page.getByLabel('Confirm new password').fill(STRONG);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'Your password has been changed' }).waitFor();
    expect(await focused(page)).toBe('title');
    await w.shot('script-reset-success');
    expect(w.api.filter((r) => r === 'POST /api/auth/password/reset')).toHaveLength(1);
    expect(env.app.server.checkPassword(DEMO.email, STRONG)).toBe(true);
    expect(env.app.server.checkPassword(DEMO.email, DEMO.password)).toBe(false);

    // The same link again: already used.
    await page.goto(href!);
    expect(page.url()).toBe(`${env.app.url}/reset-password`);
    await page.getByLabel('New password', { exact: true }).fill('An0ther-Passw0rd!');
    await page.getByLabel('Confirm new password').fill('An0ther-Passw0rd!');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'This link was already used or is invalid' }).waitFor();
    await expect(page.getByRole('link', { name: 'Send a new link' }).getAttribute('href')).resolves.toBe('/forgot-password.html');
    await w.shot('script-reset-used');
    expect(env.app.server.checkPassword(DEMO.email, STRONG)).toBe(true);
    await w.finish();
  });

  it('says at once when there is no token, and links to "Forgot password"', async () => {
    const w = await openPage(env.browser, { viewport: PHONE });
    await w.page.goto(`${env.app.url}/reset-password`);
    await w.page.getByRole('heading', { name: 'This page needs the link from your email' }).waitFor();
    await w.page.getByRole('link', { name: 'Send a new link' }).click();
    await w.page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    expect(w.api).toEqual([]);
    await w.finish();
  });
});

describe('script tag: cooldown', () => {
  it('shows a live countdown after a second request, with "send again" disabled until it ends', async () => {
    const w = await openPage(env.browser, { viewport: PHONE });
    const { page } = w;
    await page.clock.install();
    await requestLink(page);

    // A second request from a fresh page: the server answers EMAIL_COOLDOWN_ACTIVE.
    await page.goto(`${env.app.url}/forgot-password.html`);
    await page.getByLabel('Email address').fill(DEMO.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain('We sent an email to demo@example.com a moment ago');
    const resend = page.getByRole('button', { name: 'Send another email' });
    expect(await resend.isDisabled()).toBe(true);
    const first = await page.locator('#cooldown').textContent();
    expect(first).toMatch(/^You can ask for another email in (0:[0-5]\d|1:00)\.$/);
    expect(env.app.server.outbox.filter((e) => e.kind === 'reset')).toHaveLength(1);
    await w.shot('script-forgot-cooldown');

    // It counts down live…
    await page.clock.runFor(2000);
    expect(await page.locator('#cooldown').textContent()).not.toBe(first);
    // …and when it ends (on the server's clock too) another email can go.
    env.app.server.advanceTime(61_000);
    await page.clock.runFor(61_000);
    await expect.poll(() => resend.isEnabled()).toBe(true);
    await expect(page.locator('#cooldown').textContent()).resolves.toBe('Didn’t get it? You can ask for another email now.');
    await w.shot('script-forgot-cooldown-over');
    await resend.click();
    await expect.poll(() => env.app.server.outbox.filter((e) => e.kind === 'reset').length).toBe(2);
    await expect.poll(() => resend.isDisabled()).toBe(true);
    await expect(page.getByRole('status').textContent()).resolves.toBe('We sent another email to demo@example.com.');
    await w.finish();
  });
});

describe('script tag: expired links', () => {
  it('says at once that the link expired (before any password is typed) and offers a new one', async () => {
    const w = await openPage(env.browser, { viewport: PHONE });
    const { page } = w;
    const link = await requestLink(page);
    const ttl = 900_000;
    // Past the token's lifetime on both clocks: the server's and the browser's.
    env.app.server.advanceTime(ttl + 1000);
    await page.clock.setSystemTime(Date.now() + ttl + 1000);
    const sent = w.api.length;
    await page.goto(link);
    await page.getByRole('heading', { name: 'This link has expired' }).waitFor();
    expect(page.url()).toBe(`${env.app.url}/reset-password`);
    expect(await page.getByLabel('New password').count()).toBe(0);
    expect(w.api.length).toBe(sent);
    await w.shot('script-reset-expired');
    await page.getByRole('link', { name: 'Send a new link' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    await w.finish();
  });

  it('says so when only the server finds it expired (the browser clock is behind)', async () => {
    const w = await openPage(env.browser);
    const { page } = w;
    const link = await requestLink(page);
    await page.goto(link);
    env.app.server.advanceTime(901_000);
    await page.getByLabel('New password', { exact: true }).fill(STRONG);
    await page.getByLabel('Confirm new password').fill(STRONG);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'This link has expired' }).waitFor();
    expect(await focused(page)).toBe('title');
    expect(env.app.server.checkPassword(DEMO.email, DEMO.password)).toBe(true);
    await w.finish();
  });
});

describe('script tag: change password (Auth0 style)', () => {
  it('shows the server’s message and the email is sent', async () => {
    const w = await openPage(env.browser, { viewport: PHONE });
    const { page } = w;
    await page.goto(`${env.app.url}/change-password.html`);
    await w.shot('script-change-initial');

    // A bad address: the SDK refuses it (nothing sent) and the page says so next to the field.
    await page.getByLabel('Email address').fill('not-an-email');
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await expect(page.locator('#email-error').textContent()).resolves.toBe('Enter an email address, like name@example.com.');
    expect(await focused(page)).toBe('email');
    expect(w.api).toEqual([]);
    await w.shot('script-change-invalid');

    await page.getByLabel('Email address').fill(DEMO.email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    await expect(page.locator('.server-message').textContent()).resolves.toBe("We've just sent you an email to reset your password.");
    expect(await focused(page)).toBe('title');
    expect(lastEmail(env.app.server, 'change-password').link).toMatch(/\/reset-password\?token=/);
    expect(w.api).toEqual(['POST /dbconnections/change_password']);
    await w.shot('script-change-sent');
    await w.finish();
  });
});
