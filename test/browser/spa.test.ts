// @vitest-environment node
// The single-page app (an ES module importing dist/pwflow.browser.js, hash routing) in real
// Chromium under the strict CSP: the same reset flow with the link as #/reset-password?token=….
import { describe, expect, it } from 'vitest';
import { DEMO, PHONE, STRONG, focused, lastEmail, openPage, useChromium } from './harness';

const env = useChromium();

describe('SPA: reset the password from the emailed link', () => {
  it('routes, takes the token out of the hash, refuses a weak password, resets, then the link is spent', async () => {
    const w = await openPage(env.browser, { viewport: PHONE });
    const { page } = w;

    await page.goto(`${env.app.url}/spa/`);
    await w.shot('spa-home');
    await page.getByRole('link', { name: 'Forgot password' }).click();
    await page.getByLabel('Email address').waitFor();
    expect(page.url()).toBe(`${env.app.url}/spa/#/forgot-password`);
    expect(await focused(page)).toBe('title'); // a route change moves focus to the new heading
    expect(await page.title()).toBe('Forgot your password? — pwflow SPA example');
    await page.getByLabel('Email address').fill(DEMO.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    expect(await page.getByRole('button', { name: 'Send another email' }).isDisabled()).toBe(true);
    await w.shot('spa-forgot-sent');

    const { token } = lastEmail(env.app.server, 'reset');
    const link = `${env.app.url}/spa/#/reset-password?token=${token}`;
    await page.goto(link);
    await page.getByLabel('New password', { exact: true }).waitFor();
    expect(page.url()).toBe(`${env.app.url}/spa/#/reset-password`);
    await w.shot('spa-reset-initial');

    await page.getByLabel('New password', { exact: true }).fill('short1!');
    const unmet = await page.locator('li.rule:not(.met)').evaluateAll((items) => items.map((li) => li.getAttribute('data-rule')));
    expect(unmet).toEqual(['minLength', 'uppercase']);
    await page.getByLabel('Confirm new password').fill('short1!');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.locator('#password-error').textContent()).resolves.toBe('Your new password does not meet every rule below.');
    expect(await focused(page)).toBe('password');
    await w.shot('spa-reset-weak');
    expect(w.api.filter((r) => r === 'POST /api/auth/password/reset')).toEqual([]);

    await page.getByLabel('New password', { exact: true }).fill(STRONG);
    await page.getByLabel('Confirm new password').fill(STRONG);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'Your password has been changed' }).waitFor();
    expect(await focused(page)).toBe('title');
    await w.shot('spa-reset-success');
    expect(env.app.server.checkPassword(DEMO.email, STRONG)).toBe(true);

    // The same link again (a full load of the SPA with the token in the hash).
    await page.goto('about:blank');
    await page.goto(link);
    await page.getByLabel('New password', { exact: true }).fill('An0ther-Passw0rd!');
    await page.getByLabel('Confirm new password').fill('An0ther-Passw0rd!');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'This link was already used or is invalid' }).waitFor();
    await w.shot('spa-reset-used');
    await page.getByRole('link', { name: 'Send a new link' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    expect(page.url()).toBe(`${env.app.url}/spa/#/forgot-password`);
    expect(env.app.server.checkPassword(DEMO.email, STRONG)).toBe(true);
    expect(w.api.filter((r) => r === 'POST /api/auth/password/reset')).toHaveLength(2);
    await w.finish();
  });

  it('says at once that a link expired', async () => {
    const w = await openPage(env.browser);
    const { page } = w;
    await page.goto(`${env.app.url}/spa/#/forgot-password`);
    await page.getByLabel('Email address').fill(DEMO.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    const { token } = lastEmail(env.app.server, 'reset');
    env.app.server.advanceTime(901_000);
    await page.clock.setSystemTime(Date.now() + 901_000);
    await page.goto(`${env.app.url}/spa/#/reset-password?token=${token}`);
    await page.getByRole('heading', { name: 'This link has expired' }).waitFor();
    expect(page.url()).toBe(`${env.app.url}/spa/#/reset-password`);
    await w.shot('spa-reset-expired');
    await w.finish();
  });
});

describe('SPA: change password', () => {
  it('shows the server’s message; the email is in the outbox', async () => {
    const w = await openPage(env.browser);
    const { page } = w;
    await page.goto(`${env.app.url}/spa/#/change-password`);
    await page.getByLabel('Email address').fill(DEMO.email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    await expect(page.locator('.server-message').textContent()).resolves.toBe("We've just sent you an email to reset your password.");
    expect(lastEmail(env.app.server, 'change-password').to).toBe(DEMO.email);
    await w.shot('spa-change-sent');
    await w.finish();
  });

  it('an unknown route says so', async () => {
    const w = await openPage(env.browser);
    await w.page.goto(`${env.app.url}/spa/#/nowhere`);
    await w.page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await w.finish();
  });
});
