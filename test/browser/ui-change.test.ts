// @vitest-environment node
// "Change your password" (pwflow/ui `mountChangePassword`, Auth0 style: the server emails a link) as
// the example page mounts it (docs/examples/change-password.html), in real Chromium under the
// reference server's strict CSP, against the reference server over HTTP. Every state a person can
// reach, by typing and clicking, in every variant of ./ui-harness.ts, each checked by checkState;
// then the flow by keyboard alone.
//
// The states, and how each is reached:
//   form            the page opens
//   email-missing   "Email me a link" with the field empty (no request)
//   email-invalid   "not-an-email" (refused by the SDK, no request)
//   sent            a known address → "Check your inbox"
//   rate-limited    429 too_many_requests with Retry-After (failNext; a real spent limit below)
//   bad-connection  the server does not know the connection (bad.connection)
//   server-failure  a proxy's HTML 502 page
//   offline         the network fails
import { describe, expect, it } from 'vitest';
import { DEMO, lastEmail, offline, startServer, useChromium } from './harness';
import { openUi, poll, screenBase, tabTo, type UiPage, VARIANTS } from './ui-harness';

const env = useChromium();

function changeScreen(w: UiPage) {
  const { page } = w;
  const base = screenBase(w, 'change');
  const { t } = base;
  return {
    ...base,
    email: page.getByRole('textbox', { name: t('common.email'), exact: true }),
    send: page.getByRole('button', { name: t('change.submit'), exact: true }),
    inbox: page.getByRole('heading', { level: 1, name: t('common.inbox'), exact: true }),
  };
}

describe.each(VARIANTS.map((v) => [v.name, v] as const))('Change password, %s', (_name, variant) => {
  it('refuses a missing and a malformed address, says what went wrong, then sends', { timeout: 120_000 }, async () => {
    const w = await openUi(env.browser, env.app.url, variant);
    const s = changeScreen(w);
    const { page } = w;
    await page.goto(w.url('/change-password.html'));
    await page.getByRole('heading', { level: 1, name: s.t('change.title'), exact: true }).waitFor();
    await s.check('form', false);

    await s.send.click();
    await poll(() => s.alert.innerText()).toContain(s.t('field.emailMissing'));
    await s.check('email-missing', s.email);
    await s.email.fill('not-an-email');
    await s.send.click();
    await poll(() => s.alert.innerText()).toContain(s.t('field.emailInvalid'));
    await expect(s.email.getAttribute('aria-invalid')).resolves.toBe('true');
    await s.check('email-invalid', s.email);
    expect(w.api).toEqual([]);

    await s.email.fill(DEMO.email);
    const failures: [state: string, code: string, expected: string, retryAfter?: number][] = [
      ['rate-limited', 'too_many_requests', s.t('error.tooMany', { time: s.wait(30) }), 30],
      ['bad-connection', 'bad.connection', s.t('error.support')],
      ['server-failure', 'html', s.t('error.server')],
    ];
    for (const [state, code, expected, retryAfter] of failures) {
      env.app.server.failNext(code, retryAfter === undefined ? {} : { retryAfter });
      await s.send.click();
      await poll(() => s.alert.innerText()).toBe(expected);
      await s.check(state, s.alert);
    }
    await offline(page, async () => {
      await s.send.click();
      await poll(() => s.alert.innerText()).toBe(s.t('error.network'));
      await s.check('offline', s.alert);
    });
    expect(env.app.server.outbox).toEqual([]);

    await s.send.click();
    await s.inbox.waitFor();
    await expect(s.text()).resolves.toContain(s.t('change.sent', { email: DEMO.email }));
    expect(lastEmail(env.app.server, 'change-password').link).toMatch(/\/reset-password\?token=/);
    await s.check('sent', s.inbox);
    await w.finish();
  });
});

describe('Change password: a real spent rate limit', () => {
  it('the server’s own 429 (rateLimit: 1) says how long to wait; after it, the email goes', { timeout: 60_000 }, async () => {
    const tight = await startServer({ rateLimit: 1 });
    try {
      await fetch(`${tight.url}/dbconnections/change_password`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ client_id: 'demo-client', email: 'a@example.com', connection: 'Username-Password-Authentication' }),
      });
      const w = await openUi(env.browser, tight.url, VARIANTS[0]!);
      const s = changeScreen(w);
      await w.page.goto(w.url('/change-password.html'));
      await s.email.fill(DEMO.email);
      await s.send.click();
      // One a minute, spent: the next comes back in a minute, less the seconds the test took so far.
      await poll(() => s.alert.innerText()).toMatch(/\S/);
      const waits = Array.from({ length: 20 }, (_, i) => s.t('error.tooMany', { time: s.wait(60 - i) }));
      expect(waits).toContain(await s.alert.innerText());
      await s.check('rate-limited-server', s.alert);
      tight.server.advanceTime(60_000);
      await s.send.click();
      await s.inbox.waitFor();
      await w.finish();
    } finally {
      await tight.close();
    }
  });
});

describe('Change password by keyboard alone', () => {
  it.each(VARIANTS.filter((v) => v.name === 'en' || v.name === 'ja-320-dark').map((v) => [v.name, v] as const))(
'Tab, type, Space on the button (%s)', { timeout: 60_000 }, async (_name, variant) => {
    const w = await openUi(env.browser, env.app.url, variant);
    const s = changeScreen(w);
    const { page } = w;
    await page.goto(w.url('/change-password.html'));
    await tabTo(page, s.email);
    await page.keyboard.type('not-an-email');
    await page.keyboard.press('Enter');
    await poll(() => s.alert.innerText()).toContain(s.t('field.emailInvalid'));
    await poll(() => s.email.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(DEMO.email);
    await tabTo(page, s.send);
    await page.keyboard.press('Space');
    await s.inbox.waitFor();
    await poll(() => s.inbox.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(lastEmail(env.app.server, 'change-password').to).toBe(DEMO.email);
    await w.finish();
  });
});
