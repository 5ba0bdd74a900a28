// @vitest-environment node
// "Choose a new password" (pwflow/ui `mountResetPassword`) as the example page mounts it
// (docs/examples/reset-password.html, opened by the emailed link /reset-password?token=…), in real
// Chromium under the reference server's strict CSP, against the reference server over HTTP. Every
// state a person can reach, by typing and clicking, in every variant of ./ui-harness.ts, each
// checked by checkState; then one whole flow by keyboard alone.
//
// The states, and how each is reached:
//   link-missing     /reset-password without a token
//   link-malformed   ?token=abc.def.ghi (not a token of PROTOCOL.md)
//   link-expired     the page's and the server's clocks past the token's 15 minutes (said before any typing, no request)
//   link-expired-server  only the server's clock is past it: said after "Change password"
//   link-used        the link again after the password was changed
//   link-invalid     the account was deleted since (USER_NOT_FOUND)
//   form             a good link opens
//   typing           "weak" typed: the checklist ticks the rules it meets
//   empty            "Change password" with nothing typed (no request)
//   weak             a password that breaks rules (no request)
//   mismatch         the confirmation differs (no request)
//   password-shown   "Show" pressed: the password in clear, the button now "Hide"
//   rate-limited     IP_RATE_LIMIT_EXCEEDED with Retry-After
//   server-failure   DATABASE_FAILURE (500)
//   refused          the server refuses the password (INVALID_REQUEST)
//   offline          the network fails
//   success          changed; POST_COMMIT_SIDE_EFFECT_FAILURE is success too (success-post-commit)
import { describe, expect, it } from 'vitest';
import { DEMO, STRONG, lastEmail, offline, useChromium } from './harness';
import { openUi, poll, screenBase, tabTo, typeInto, type UiPage, VARIANTS } from './ui-harness';

const env = useChromium();
const TTL = 900_000;

/** Asks the server for a reset email (as another page would) and returns its link, in `w`'s language. */
async function emailedLink(w: UiPage): Promise<string> {
  env.app.server.advanceTime(61_000); // past any earlier email's cooldown
  const res = await fetch(`${env.app.url}/api/auth/password/reset-request`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: DEMO.email }),
  });
  expect(res.status).toBe(200);
  const link = new URL(lastEmail(env.app.server, 'reset').link!);
  expect(link.pathname).toBe('/reset-password');
  link.searchParams.set('lang', w.variant.lang);
  return link.href;
}

function resetScreen(w: UiPage) {
  const { page } = w;
  const base = screenBase(w, 'reset');
  const { t } = base;
  const heading = (key: string) => page.getByRole('heading', { level: 1, name: t(key), exact: true });
  return {
    ...base,
    heading,
    password: page.getByLabel(t('reset.password'), { exact: true }),
    confirm: page.getByLabel(t('reset.confirm'), { exact: true }),
    // GOV.UK's show/hide button, named for what it will do to which field ("Show New password").
    showPassword: page.getByRole('button', { name: t('password.showField', { field: t('reset.password') }), exact: true }),
    hidePassword: page.getByRole('button', { name: t('password.hideField', { field: t('reset.password') }), exact: true }),
    submit: page.getByRole('button', { name: t('reset.submit'), exact: true }),
    newLink: page.getByRole('link', { name: t('link.newLink'), exact: true }),
    rules: page.locator('#app li'),
    /** A link that cannot be used: its heading (focused), its words, and the way to a new one. */
    async linkProblem(state: 'missing' | 'malformed' | 'expired' | 'used' | 'invalid') {
      const body = t(state === 'missing' || state === 'malformed' ? 'link.reopen' : `link.${state}`);
      const title = heading(`link.${state}Title`);
      await title.waitFor();
      await expect(page.locator('#app').innerText()).resolves.toContain(body);
      await expect(this.newLink.getAttribute('href')).resolves.toBe(`/forgot-password.html?lang=${w.variant.lang}`);
      expect(new URL(page.url()).searchParams.has('token')).toBe(false);
      return title;
    },
  };
}

const resetCalls = (w: UiPage) => w.api.filter((call) => call === 'POST /api/auth/password/reset');

describe.each(VARIANTS.map((v) => [v.name, v] as const))('Reset password, %s', (_name, variant) => {
  it('says at once when the link is missing, malformed or expired, with a way to a new one', { timeout: 90_000 }, async () => {
    const w = await openUi(env.browser, env.app.url, variant);
    const s = resetScreen(w);
    const { page } = w;

    await page.goto(w.url('/reset-password'));
    await s.check('link-missing', await s.linkProblem('missing'));

    await page.goto(w.url('/reset-password?token=abc.def.ghi'));
    await s.check('link-malformed', await s.linkProblem('malformed'));

    const link = await emailedLink(w);
    env.app.server.advanceTime(TTL + 1000);
    await page.clock.setSystemTime(Date.now() + TTL + 62_000);
    await page.goto(link);
    await s.check('link-expired', await s.linkProblem('expired'));
    expect(await s.password.count()).toBe(0);
    expect(w.api).toEqual([]);

    await s.newLink.click();
    await page.getByRole('heading', { level: 1, name: s.t('forgot.title'), exact: true }).waitFor();
    await w.finish();
  });

  it('checks the password as it is typed, refuses what the server would, says what failed, then changes it; the link is then spent', { timeout: 150_000 }, async () => {
    const w = await openUi(env.browser, env.app.url, variant);
    const s = resetScreen(w);
    const { page } = w;
    const link = await emailedLink(w);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: s.t('reset.title'), exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.has('token')).toBe(false); // out of the address bar at once
    await s.check('form', false);

    await s.password.fill('weak');
    await poll(() => s.rules.count()).toBe(5);
    const met = await s.rules.evaluateAll((items) => items.map((li) => li.textContent));
    expect(met.filter((text) => text!.includes(s.t('reset.ruleMet')))).toHaveLength(1); // a lowercase letter
    await s.check('typing', s.password);

    await s.password.fill('');
    await s.submit.click();
    await poll(() => s.alert.innerText()).toContain(s.t('field.passwordMissing'));
    await expect(s.alert.innerText()).resolves.toContain(s.t('field.confirmMissing'));
    await s.check('empty', s.password);

    await s.password.fill('weak');
    await s.confirm.fill('weak');
    await s.submit.click();
    await poll(() => s.alert.innerText()).toContain(s.t('field.passwordRules'));
    await expect(s.password.getAttribute('aria-invalid')).resolves.toBe('true');
    await s.check('weak', s.password);

    await s.password.fill(STRONG);
    await s.confirm.fill(`${STRONG}x`);
    await s.submit.click();
    await poll(() => s.alert.innerText()).toContain(s.t('field.mismatch'));
    await s.check('mismatch', s.confirm);
    expect(resetCalls(w)).toEqual([]);

    await s.confirm.fill(STRONG);
    await s.showPassword.click();
    await expect(s.password.getAttribute('type')).resolves.toBe('text');
    await expect(s.hidePassword.count()).resolves.toBe(1);
    await s.check('password-shown', s.hidePassword);

    const failures: [state: string, code: string, expected: { alert?: string; field?: string }, retryAfter?: number][] = [
      ['rate-limited', 'IP_RATE_LIMIT_EXCEEDED', { alert: s.t('error.tooMany', { time: s.wait(30) }) }, 30],
      ['server-failure', 'DATABASE_FAILURE', { alert: s.t('error.server') }],
      ['refused', 'INVALID_REQUEST', { field: s.t('field.passwordRefused') }],
    ];
    for (const [state, code, expected, retryAfter] of failures) {
      env.app.server.failNext(code, retryAfter === undefined ? {} : { retryAfter });
      await s.submit.click();
      if (expected.alert) {
        await poll(() => s.alert.innerText()).toBe(expected.alert);
        await s.check(state, s.alert);
      } else {
        await poll(() => s.alert.innerText()).toContain(expected.field);
        await s.check(state, s.password);
      }
      expect(await s.password.getAttribute('type')).toBe('password'); // hidden again on submit
      await s.password.fill(STRONG); // the form stays, as typed
    }
    await offline(page, async () => {
      await s.submit.click();
      await poll(() => s.alert.innerText()).toBe(s.t('error.network'));
      await s.check('offline', s.alert);
    });
    expect(env.app.server.checkPassword(DEMO.email, DEMO.password)).toBe(true);

    await s.submit.click();
    const done = s.heading('reset.doneTitle');
    await done.waitFor();
    await expect(s.text()).resolves.toContain(s.t('reset.done'));
    expect(env.app.server.checkPassword(DEMO.email, STRONG)).toBe(true);
    await s.check('success', done);

    // The same link again: already used.
    await page.goto(link);
    await s.password.fill('An0ther-Passw0rd!');
    await s.confirm.fill('An0ther-Passw0rd!');
    await s.submit.click();
    await s.check('link-used', await s.linkProblem('used'));
    expect(env.app.server.checkPassword(DEMO.email, STRONG)).toBe(true);
    await w.finish();
  });

  it('says so when only the server finds the link expired, or its account is gone', { timeout: 90_000 }, async () => {
    const w = await openUi(env.browser, env.app.url, variant);
    const s = resetScreen(w);
    const { page } = w;
    const submitNew = async (link: string) => {
      await page.goto(link);
      await s.password.fill(STRONG);
      await s.confirm.fill(STRONG);
      await s.submit.click();
    };

    const expiring = await emailedLink(w);
    env.app.server.advanceTime(TTL + 1000); // the browser's clock is behind: the page cannot know
    await submitNew(expiring);
    await s.check('link-expired-server', await s.linkProblem('expired'));

    const orphan = await emailedLink(w);
    env.app.server.deleteUser(DEMO.email);
    await submitNew(orphan);
    await s.check('link-invalid', await s.linkProblem('invalid'));
    expect(resetCalls(w)).toHaveLength(2);
    await w.finish();
  });

  it('POST_COMMIT_SIDE_EFFECT_FAILURE: the password did change, so it says so (and what did not happen)', { timeout: 60_000 }, async () => {
    const w = await openUi(env.browser, env.app.url, variant);
    const s = resetScreen(w);
    await w.page.goto(await emailedLink(w));
    await s.password.fill(STRONG);
    await s.confirm.fill(STRONG);
    env.app.server.failNext('POST_COMMIT_SIDE_EFFECT_FAILURE');
    await s.submit.click();
    const done = s.heading('reset.doneTitle');
    await done.waitFor();
    await expect(s.text()).resolves.toContain(s.t('reset.sessions'));
    expect(env.app.server.checkPassword(DEMO.email, STRONG)).toBe(true);
    await s.check('success-post-commit', done);
    await w.finish();
  });
});

describe('Reset password by keyboard alone', () => {
  it.each(VARIANTS.filter((v) => v.name === 'en' || v.name === 'ja-320-dark').map((v) => [v.name, v] as const))(
    'Tab, type, Space on "Show", Enter; fix the password; Enter (%s)',
    { timeout: 60_000 },
    async (_name, variant) => {
      const w = await openUi(env.browser, env.app.url, variant);
      const s = resetScreen(w);
      const { page } = w;
      await page.goto(await emailedLink(w));

      await typeInto(page, s.password, 'weak');
      await tabTo(page, s.showPassword);
      await page.keyboard.press('Space');
      await expect(s.password.getAttribute('type')).resolves.toBe('text');
      await poll(() => s.hidePassword.evaluate((el) => el === document.activeElement)).toBe(true);
      await typeInto(page, s.confirm, 'weak');
      await page.keyboard.press('Enter');
      await poll(() => s.password.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect(s.alert.innerText()).resolves.toContain(s.t('field.passwordRules'));

      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(STRONG);
      await typeInto(page, s.confirm, STRONG);
      await page.keyboard.press('Enter');
      const done = s.heading('reset.doneTitle');
      await done.waitFor();
      await poll(() => done.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(env.app.server.checkPassword(DEMO.email, STRONG)).toBe(true);
      expect(resetCalls(w)).toHaveLength(1);
      await w.finish();
    },
  );
});
