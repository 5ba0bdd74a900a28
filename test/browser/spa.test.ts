// @vitest-environment node
// The single-page app (ES modules importing dist/pwflow.browser.js and dist/pwflow-ui.browser.js,
// hash routing) in real Chromium under the strict CSP: the same reset flow with the link as
// #/reset-password?token=….
import { describe, expect, it } from 'vitest';
import { DEMO, PHONE, STRONG, lastEmail, openPage, useChromium } from './harness';
import { description, isFocused, poll, words } from './ui-harness';

const env = useChromium();
const { t } = words('en');
const heading = (page: import('playwright-core').Page, key: string, lang: 'en' | 'de' = 'en') =>
  page.getByRole('heading', { level: 1, name: words(lang).t(key), exact: true });

describe('SPA: reset the password from the emailed link', () => {
  it('routes, takes the token out of the hash, refuses a weak password, resets, then the link is spent', { timeout: 60_000 }, async () => {
    const w = await openPage(env.browser, { viewport: PHONE });
    const { page } = w;

    await page.goto(`${env.app.url}/spa/`);
    await w.shot('spa-home');
    await page.getByRole('link', { name: 'Forgot password' }).click();
    await page.getByLabel(t('common.email')).waitFor();
    expect(page.url()).toBe(`${env.app.url}/spa/#/forgot-password`);
    expect(await isFocused(heading(page, 'forgot.title'))).toBe(true); // a route change moves focus to the new heading
    expect(await page.title()).toBe(`${t('forgot.title')} — pwflow SPA example`);
    await page.getByLabel(t('common.email')).fill(DEMO.email);
    await page.getByRole('button', { name: t('forgot.submit') }).click();
    await heading(page, 'common.inbox').waitFor();
    expect(await page.getByRole('button', { name: t('forgot.resend') }).getAttribute('aria-disabled')).toBe('true');
    await w.shot('spa-forgot-sent');

    const { token } = lastEmail(env.app.server, 'reset');
    const link = `${env.app.url}/spa/#/reset-password?token=${token}`;
    const password = page.getByLabel(t('reset.password'), { exact: true });
    const confirm = page.getByLabel(t('reset.confirm'), { exact: true });
    const submit = page.getByRole('button', { name: t('reset.submit') });
    await page.goto(link);
    await password.waitFor();
    expect(page.url()).toBe(`${env.app.url}/spa/#/reset-password`);
    await w.shot('spa-reset-initial');

    await password.fill('short1!');
    const unmet = await page
      .locator('#app li')
      .evaluateAll((items, notYet) => items.filter((li) => li.textContent!.includes(notYet)).map((li) => li.textContent), t('reset.ruleUnmet'));
    expect(unmet).toEqual([expect.stringContaining(t('rule.minLength', { count: 8 })), expect.stringContaining(t('rule.uppercase'))]);
    await confirm.fill('short1!');
    await submit.click();
    await poll(() => description(password)).toContain(t('field.passwordRules'));
    expect(await isFocused(password)).toBe(true);
    await w.shot('spa-reset-weak');
    expect(w.api.filter((r) => r === 'POST /api/auth/password/reset')).toEqual([]);

    await password.fill(STRONG);
    await confirm.fill(STRONG);
    await submit.click();
    await heading(page, 'reset.doneTitle').waitFor();
    expect(await isFocused(heading(page, 'reset.doneTitle'))).toBe(true);
    await w.shot('spa-reset-success');
    expect(env.app.server.checkPassword(DEMO.email, STRONG)).toBe(true);

    // The same link again (a full load of the SPA with the token in the hash).
    await page.goto('about:blank');
    await page.goto(link);
    await password.fill('An0ther-Passw0rd!');
    await confirm.fill('An0ther-Passw0rd!');
    await submit.click();
    await heading(page, 'link.usedTitle').waitFor();
    await w.shot('spa-reset-used');
    await page.getByRole('link', { name: t('link.newLink') }).click();
    await heading(page, 'forgot.title').waitFor();
    expect(page.url()).toBe(`${env.app.url}/spa/#/forgot-password`);
    expect(env.app.server.checkPassword(DEMO.email, STRONG)).toBe(true);
    expect(w.api.filter((r) => r === 'POST /api/auth/password/reset')).toHaveLength(2);
    await w.finish();
  });

  it('says at once that a link expired', { timeout: 60_000 }, async () => {
    const w = await openPage(env.browser);
    const { page } = w;
    await page.goto(`${env.app.url}/spa/#/forgot-password`);
    await page.getByLabel(t('common.email')).fill(DEMO.email);
    await page.getByRole('button', { name: t('forgot.submit') }).click();
    await heading(page, 'common.inbox').waitFor();
    const { token } = lastEmail(env.app.server, 'reset');
    env.app.server.advanceTime(901_000);
    await page.clock.setSystemTime(Date.now() + 901_000);
    await page.goto(`${env.app.url}/spa/#/reset-password?token=${token}`);
    await heading(page, 'link.expiredTitle').waitFor();
    expect(page.url()).toBe(`${env.app.url}/spa/#/reset-password`);
    await w.shot('spa-reset-expired');
    await w.finish();
  });

  it('speaks German with ?lang=de, loading only that locale’s module, and the switcher keeps the reset link', { timeout: 60_000 }, async () => {
    const w = await openPage(env.browser, { viewport: PHONE });
    const { page } = w;
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/locales/')) loaded.push(new URL(request.url()).pathname);
    });
    await fetch(`${env.app.url}/api/auth/password/reset-request`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: DEMO.email }),
    });
    const { token } = lastEmail(env.app.server, 'reset');
    await page.goto(`${env.app.url}/spa/#/reset-password?token=${token}`);
    await heading(page, 'reset.title').waitFor();
    await page.getByLabel('Language').selectOption('de');
    await heading(page, 'reset.title', 'de').waitFor();
    expect(page.url()).toBe(`${env.app.url}/spa/?lang=de#/reset-password`);
    expect(loaded).toEqual(['/dist/ui/locales/de.js']);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await w.shot('spa-reset-de');
    await w.finish();
  });
});

describe('SPA: change password', () => {
  it('says the email is on its way; the email is in the outbox', { timeout: 60_000 }, async () => {
    const w = await openPage(env.browser);
    const { page } = w;
    await page.goto(`${env.app.url}/spa/#/change-password`);
    await page.getByLabel(t('common.email')).fill(DEMO.email);
    await page.getByRole('button', { name: t('change.submit') }).click();
    await heading(page, 'common.inbox').waitFor();
    await expect(page.locator('#app').innerText()).resolves.toContain(t('change.sent', { email: DEMO.email }));
    expect(lastEmail(env.app.server, 'change-password').to).toBe(DEMO.email);
    await w.shot('spa-change-sent');
    await w.finish();
  });

  it('an unknown route says so', { timeout: 60_000 }, async () => {
    const w = await openPage(env.browser);
    await w.page.goto(`${env.app.url}/spa/#/nowhere`);
    await w.page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await w.finish();
  });
});
