// @vitest-environment node
// The script-tag pages (dist/pwflow.min.js + dist/pwflow-ui.min.js, the globals `pwflow` and
// `pwflow.ui`) in real Chromium, under the reference server's strict CSP: the whole reset flow
// through the mailbox, the cooldown, expired links, change password. (Every state in every
// language: ui-*.test.ts.)
import { describe, expect, it } from 'vitest';
import { DEMO, PHONE, STRONG, lastEmail, openPage, useChromium } from './harness';
import { description, isFocused, poll, words } from './ui-harness';

const env = useChromium();
const { t, wait } = words('en');
const heading = (page: import('playwright-core').Page, key: string) => page.getByRole('heading', { level: 1, name: t(key), exact: true });

/** Asks for a reset link on the "Forgot password" page and returns the emailed link. */
async function requestLink(page: import('playwright-core').Page) {
  await page.goto(`${env.app.url}/forgot-password.html`);
  await page.getByLabel(t('common.email')).fill(DEMO.email);
  await page.getByRole('button', { name: t('forgot.submit') }).click();
  await heading(page, 'common.inbox').waitFor();
  return lastEmail(env.app.server, 'reset').link!;
}

describe('script tag: reset the password from the emailed link', () => {
  it('requests a link, takes the token out of the URL, refuses a weak password, resets, then the link is spent', { timeout: 60_000 }, async () => {
    const w = await openPage(env.browser);
    const { page } = w;

    await page.goto(`${env.app.url}/forgot-password.html`);
    await w.shot('script-forgot-initial');
    await page.getByLabel(t('common.email')).fill(DEMO.email);
    await page.getByRole('button', { name: t('forgot.submit') }).click();
    await poll(() => isFocused(heading(page, 'common.inbox'))).toBe(true); // focus on "Check your inbox"
    await expect(page.getByRole('timer').textContent()).resolves.toMatch(new RegExp(`^(${t('forgot.wait', { time: wait(60) })}|${t('forgot.wait', { time: wait(59) })})$`));
    await w.shot('script-forgot-sent');

    // The mailbox, as a person would use it: the newest email's link.
    await page.goto(`${env.app.url}/mailbox`);
    const href = await page.locator('a.link').first().getAttribute('href');
    expect(href).toBe(lastEmail(env.app.server, 'reset').link);
    expect(href).toMatch(/\/reset-password\?token=ey/);
    await page.locator('a.link').first().click();

    // The token leaves the address bar at once.
    const password = page.getByLabel(t('reset.password'), { exact: true });
    const confirm = page.getByLabel(t('reset.confirm'), { exact: true });
    const submit = page.getByRole('button', { name: t('reset.submit') });
    await password.waitFor();
    expect(page.url()).toBe(`${env.app.url}/reset-password`);
    await w.shot('script-reset-initial');

    // A weak password: the checklist ticks what it has, submit refuses without a request.
    await password.fill('weak');
    const unmet = () =>
      page.locator('#app li').evaluateAll((items, notYet) => items.filter((li) => li.textContent!.includes(notYet)).map((li) => li.textContent), t('reset.ruleUnmet'));
    const rule = (name: string) => expect.stringContaining(t(`rule.${name}`, { count: 8 }));
    await expect(unmet()).resolves.toEqual([rule('minLength'), rule('uppercase'), rule('digit'), rule('special')]);
    await expect(page.locator('#app li', { hasText: t('rule.lowercase') }).textContent()).resolves.toContain(t('reset.ruleMet'));
    await confirm.fill('weak');
    await submit.click();
    await poll(() => description(password)).toContain(t('field.passwordRules'));
    await expect(password.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await isFocused(password)).toBe(true);
    await w.shot('script-reset-weak');
    expect(w.api.filter((r) => r.includes('/api/auth/password/reset') && !r.includes('request'))).toEqual([]);

    // Confirm must match.
    await password.fill(STRONG);
    await expect(unmet()).resolves.toEqual([]);
    await confirm.fill(`${STRONG}x`);
    await submit.click();
    await poll(() => description(confirm)).toBe(t('field.mismatch'));
    expect(await isFocused(confirm)).toBe(true);
    await w.shot('script-reset-mismatch');
    expect(w.api.filter((r) => r === 'POST /api/auth/password/reset')).toEqual([]);

    await confirm.fill(STRONG);
    await submit.click();
    await heading(page, 'reset.doneTitle').waitFor();
    expect(await isFocused(heading(page, 'reset.doneTitle'))).toBe(true);
    await w.shot('script-reset-success');
    expect(w.api.filter((r) => r === 'POST /api/auth/password/reset')).toHaveLength(1);
    expect(env.app.server.checkPassword(DEMO.email, STRONG)).toBe(true);
    expect(env.app.server.checkPassword(DEMO.email, DEMO.password)).toBe(false);

    // The same link again: already used.
    await page.goto(href!);
    expect(page.url()).toBe(`${env.app.url}/reset-password`);
    await password.fill('An0ther-Passw0rd!');
    await confirm.fill('An0ther-Passw0rd!');
    await submit.click();
    await heading(page, 'link.usedTitle').waitFor();
    await expect(page.getByRole('link', { name: t('link.newLink') }).getAttribute('href')).resolves.toBe('/forgot-password.html?lang=en');
    await w.shot('script-reset-used');
    expect(env.app.server.checkPassword(DEMO.email, STRONG)).toBe(true);
    await w.finish();
  });

  it('says at once when there is no token, and links to "Forgot password"', { timeout: 60_000 }, async () => {
    const w = await openPage(env.browser, { viewport: PHONE });
    await w.page.goto(`${env.app.url}/reset-password`);
    await heading(w.page, 'link.missingTitle').waitFor();
    await w.page.getByRole('link', { name: t('link.newLink') }).click();
    await heading(w.page, 'forgot.title').waitFor();
    expect(w.api).toEqual([]);
    await w.finish();
  });

  it('the language switcher reloads the reset page in German, with the link it was opened with', { timeout: 60_000 }, async () => {
    const w = await openPage(env.browser, { viewport: PHONE });
    const { page } = w;
    const link = await requestLink(page);
    await page.goto(link);
    const de = words('de');
    await page.getByLabel(t('reset.password'), { exact: true }).waitFor();
    expect(page.url()).toBe(`${env.app.url}/reset-password`);
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('heading', { level: 1, name: de.t('reset.title'), exact: true }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    expect(page.url()).toBe(`${env.app.url}/reset-password?lang=de`); // the token out again
    await page.getByLabel(de.t('reset.password'), { exact: true }).fill(STRONG);
    await page.getByLabel(de.t('reset.confirm'), { exact: true }).fill(STRONG);
    await page.getByRole('button', { name: de.t('reset.submit') }).click();
    await page.getByRole('heading', { level: 1, name: de.t('reset.doneTitle'), exact: true }).waitFor();
    expect(env.app.server.checkPassword(DEMO.email, STRONG)).toBe(true);
    await w.finish();
  });
});

describe('script tag: cooldown', () => {
  it('shows a live countdown after a second request, with "send again" held until it ends', { timeout: 60_000 }, async () => {
    const w = await openPage(env.browser, { viewport: PHONE });
    const { page } = w;
    await page.clock.install();
    await requestLink(page);

    // A second request from a fresh page: the server answers EMAIL_COOLDOWN_ACTIVE.
    await page.goto(`${env.app.url}/forgot-password.html`);
    await page.getByLabel(t('common.email')).fill(DEMO.email);
    await page.getByRole('button', { name: t('forgot.submit') }).click();
    await heading(page, 'common.inbox').waitFor();
    await expect(page.locator('#app').innerText()).resolves.toContain(t('forgot.sentEarlier', { email: DEMO.email }));
    const resend = page.getByRole('button', { name: t('forgot.resend') });
    expect(await resend.getAttribute('aria-disabled')).toBe('true');
    const first = await page.getByRole('timer').textContent();
    const [before, after] = t('forgot.wait', { time: '|' }).split('|');
    expect(first!.startsWith(before!) && first!.endsWith(after!)).toBe(true);
    expect(env.app.server.outbox.filter((e) => e.kind === 'reset')).toHaveLength(1);
    await w.shot('script-forgot-cooldown');

    // It counts down live…
    await page.clock.runFor(2000);
    expect(await page.getByRole('timer').textContent()).not.toBe(first);
    // …and when it ends (on the server's clock too) another email can go.
    env.app.server.advanceTime(61_000);
    await page.clock.runFor(61_000);
    await poll(() => resend.getAttribute('aria-disabled')).toBeNull();
    await expect(page.getByRole('timer').textContent()).resolves.toBe(t('forgot.ready'));
    await w.shot('script-forgot-cooldown-over');
    await resend.click();
    await poll(() => env.app.server.outbox.filter((e) => e.kind === 'reset').length).toBe(2);
    await poll(() => resend.getAttribute('aria-disabled')).toBe('true');
    await expect(page.locator('#app [aria-live]').allTextContents()).resolves.toContain(t('forgot.resent', { email: DEMO.email }));
    await w.finish();
  });
});

describe('script tag: expired links', () => {
  it('says at once that the link expired (before any password is typed) and offers a new one', { timeout: 60_000 }, async () => {
    const w = await openPage(env.browser, { viewport: PHONE });
    const { page } = w;
    const link = await requestLink(page);
    const ttl = 900_000;
    // Past the token's lifetime on both clocks: the server's and the browser's.
    env.app.server.advanceTime(ttl + 1000);
    await page.clock.setSystemTime(Date.now() + ttl + 1000);
    const sent = w.api.length;
    await page.goto(link);
    await heading(page, 'link.expiredTitle').waitFor();
    expect(page.url()).toBe(`${env.app.url}/reset-password`);
    expect(await page.getByLabel(t('reset.password')).count()).toBe(0);
    expect(w.api.length).toBe(sent);
    await w.shot('script-reset-expired');
    await page.getByRole('link', { name: t('link.newLink') }).click();
    await heading(page, 'forgot.title').waitFor();
    await w.finish();
  });

  it('says so when only the server finds it expired (the browser clock is behind)', { timeout: 60_000 }, async () => {
    const w = await openPage(env.browser);
    const { page } = w;
    const link = await requestLink(page);
    await page.goto(link);
    env.app.server.advanceTime(901_000);
    await page.getByLabel(t('reset.password'), { exact: true }).fill(STRONG);
    await page.getByLabel(t('reset.confirm'), { exact: true }).fill(STRONG);
    await page.getByRole('button', { name: t('reset.submit') }).click();
    await heading(page, 'link.expiredTitle').waitFor();
    expect(await isFocused(heading(page, 'link.expiredTitle'))).toBe(true);
    expect(env.app.server.checkPassword(DEMO.email, DEMO.password)).toBe(true);
    await w.finish();
  });
});

describe('script tag: change password (Auth0 style)', () => {
  it('says the email is on its way, and it is sent', { timeout: 60_000 }, async () => {
    const w = await openPage(env.browser, { viewport: PHONE });
    const { page } = w;
    await page.goto(`${env.app.url}/change-password.html`);
    await w.shot('script-change-initial');
    const email = page.getByLabel(t('common.email'));
    const send = page.getByRole('button', { name: t('change.submit') });

    // A bad address: the SDK refuses it (nothing sent) and the page says so next to the field.
    await email.fill('not-an-email');
    await send.click();
    await poll(() => description(email)).toBe(t('field.emailInvalid'));
    expect(await isFocused(email)).toBe(true);
    expect(w.api).toEqual([]);
    await w.shot('script-change-invalid');

    await email.fill(DEMO.email);
    await send.click();
    await heading(page, 'common.inbox').waitFor();
    await expect(page.locator('#app').innerText()).resolves.toContain(t('change.sent', { email: DEMO.email }));
    expect(await isFocused(heading(page, 'common.inbox'))).toBe(true);
    expect(lastEmail(env.app.server, 'change-password').link).toMatch(/\/reset-password\?token=/);
    expect(w.api).toEqual(['POST /dbconnections/change_password']);
    await w.shot('script-change-sent');
    await w.finish();
  });
});
