// @vitest-environment node
// "Forgot your password?" (pwflow/ui `mountForgotPassword`) as the example page mounts it
// (docs/examples/forgot-password.html: dist/pwflow.min.js + dist/pwflow-ui.min.js + the locale),
// in real Chromium, under the reference server's strict CSP, against the reference server over
// HTTP. Every state a person can reach, by typing and clicking, in every variant of ./ui-harness.ts
// (English, 320 px dark, German, Japanese), each checked by checkState (focus, axe-core, English
// left over, sideways scroll, lang, screenshot); then one whole flow by keyboard alone.
//
// The states, and how each is reached:
//   form            the page opens
//   email-missing   "Send" with the field empty (refused on the page, no request)
//   email-invalid   "not-an-email" (refused by the SDK, no request)
//   sent            a known address → "Check your inbox", the server's cooldown counting down
//   cooldown-running the countdown two seconds on; pressing "Send another email" says how long is left
//   cooldown-over   the server's and the page's clocks past the cooldown → "send another" allowed
//   resent          another email goes; the countdown starts again
//   other-email     "Use a different email address" → the form again, the address kept
//   sent-earlier    an email went a moment ago (another tab): EMAIL_COOLDOWN_ACTIVE → the inbox, with the wait
//   rate-limited    IP_RATE_LIMIT_EXCEEDED with Retry-After (failNext; a real spent limit below)
//   server-failure  EMAIL_SEND_FAILURE (500)
//   email-disabled  EMAIL_DISABLED (503)
//   offline         the network fails
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO, lastEmail, offline, startServer, useChromium } from './harness';
import { openUi, poll, screenBase, tabTo, typeInto, type UiPage, VARIANTS } from './ui-harness';

const env = useChromium();

/** The screen as a person sees it in `w`'s language: its controls, found by role and the catalogue's words. */
function forgotScreen(w: UiPage) {
  const { page } = w;
  const base = screenBase(w, 'forgot');
  const { t, wait } = base;
  return {
    ...base,
    email: page.getByRole('textbox', { name: t('common.email'), exact: true }),
    send: page.getByRole('button', { name: t('forgot.submit'), exact: true }),
    resend: page.getByRole('button', { name: t('forgot.resend'), exact: true }),
    other: page.getByRole('button', { name: t('forgot.otherEmail'), exact: true }),
    inbox: page.getByRole('heading', { level: 1, name: t('common.inbox'), exact: true }),
    countdown: page.getByRole('timer'),
    /** "You can ask for another email in …" for every whole second from `from` down to `to`. */
    waits: (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => t('forgot.wait', { time: wait(from - i) })),
  };
}

/** The page's clock stands still from now on: only runFor moves it (and so the countdown). */
async function freezeClock(page: Page): Promise<void> {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 100);
}

const resets = () => env.app.server.outbox.filter((e) => e.kind === 'reset').length;

describe.each(VARIANTS.map((v) => [v.name, v] as const))('Forgot password, %s', (_name, variant) => {
  it('refuses a missing and a malformed address, sends, counts the cooldown down, sends again', { timeout: 120_000 }, async () => {
    const w = await openUi(env.browser, env.app.url, variant);
    const s = forgotScreen(w);
    const { page } = w;
    await page.goto(w.url('/forgot-password.html'));
    await page.getByRole('heading', { level: 1, name: s.t('forgot.title'), exact: true }).waitFor();
    await freezeClock(page);
    await s.check('form', false);

    await s.send.click();
    await poll(() => s.alert.innerText()).toContain(s.t('field.emailMissing'));
    await expect(s.email.getAttribute('aria-invalid')).resolves.toBe('true');
    await s.check('email-missing', s.email);

    await s.email.fill('not-an-email');
    await s.send.click();
    await poll(() => s.alert.innerText()).toContain(s.t('field.emailInvalid'));
    await s.check('email-invalid', s.email);
    expect(w.api).toEqual([]);

    await s.email.fill(DEMO.email);
    await s.send.click();
    await s.inbox.waitFor();
    expect(w.api).toEqual(['POST /api/auth/password/reset-request']);
    await expect(s.text()).resolves.toContain(s.t('forgot.sent', { email: DEMO.email }));
    await expect(s.countdown.innerText()).resolves.toBe(s.t('forgot.wait', { time: s.wait(60) }));
    await expect(s.resend.getAttribute('aria-disabled')).resolves.toBe('true');
    // The email speaks the screen's language where the server has it (German and English).
    if (variant.lang !== 'ja') expect(lastEmail(env.app.server, 'reset').locale).toBe(variant.lang);
    await s.check('sent', s.inbox);

    await page.clock.runFor(2000);
    await poll(() => s.countdown.innerText()).toBe(s.t('forgot.wait', { time: s.wait(58) })); // it counts down live
    // Too soon: it says how long is left, and sends nothing. (The button is aria-disabled, not
    // disabled, so that it keeps focus; Playwright would wait for it to be enabled without force.)
    await s.resend.click({ force: true });
    await poll(() => page.locator('#app [aria-live]').allInnerTexts()).toContain(s.t('forgot.wait', { time: s.wait(58) }));
    expect(resets()).toBe(1);
    await s.check('cooldown-running', s.resend);

    env.app.server.advanceTime(61_000);
    await page.clock.runFor(61_000);
    await poll(() => s.countdown.innerText()).toBe(s.t('forgot.ready'));
    await expect(s.resend.getAttribute('aria-disabled')).resolves.toBeNull();
    await s.check('cooldown-over', s.resend);

    await s.resend.click();
    await poll(resets).toBe(2);
    await poll(() => page.locator('#app [aria-live]').allInnerTexts()).toContain(s.t('forgot.resent', { email: DEMO.email }));
    await poll(() => s.countdown.innerText()).toBe(s.t('forgot.wait', { time: s.wait(60) }));
    await s.check('resent', s.resend);

    await s.other.click();
    await expect(s.email.inputValue()).resolves.toBe(DEMO.email);
    await s.check('other-email', s.email);
    await w.finish();
  });

  it('an email went a moment ago (EMAIL_COOLDOWN_ACTIVE): the inbox, with the wait the server gives', { timeout: 60_000 }, async () => {
    // Another tab asked first: the server's cooldown runs, this page knows nothing of it.
    await fetch(`${env.app.url}/api/auth/password/reset-request`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: DEMO.email }) });
    env.app.server.advanceTime(15_000);
    const w = await openUi(env.browser, env.app.url, variant);
    const s = forgotScreen(w);
    const { page } = w;
    await page.clock.install();
    await page.goto(w.url('/forgot-password.html'));
    await s.email.fill(DEMO.email);
    await s.send.click();
    await s.inbox.waitFor();
    await expect(s.text()).resolves.toContain(s.t('forgot.sentEarlier', { email: DEMO.email }));
    await poll(async () => s.waits(45, 30).includes(await s.countdown.innerText())).toBe(true);
    await expect(s.resend.getAttribute('aria-disabled')).resolves.toBe('true');
    expect(resets()).toBe(1);
    await s.check('sent-earlier', s.inbox);
    await w.finish();
  });

  it('says what went wrong: rate limited, the email could not go, email is off, offline', { timeout: 90_000 }, async () => {
    const w = await openUi(env.browser, env.app.url, variant);
    const s = forgotScreen(w);
    const { page } = w;
    await page.goto(w.url('/forgot-password.html'));
    await s.email.fill(DEMO.email);

    const failures: [state: string, code: string, message: string, retryAfter?: number][] = [
      ['rate-limited', 'IP_RATE_LIMIT_EXCEEDED', 'error.tooMany', 30],
      ['server-failure', 'EMAIL_SEND_FAILURE', 'error.server'],
      ['email-disabled', 'EMAIL_DISABLED', 'error.support'],
    ];
    for (const [state, code, message, retryAfter] of failures) {
      env.app.server.failNext(code, retryAfter === undefined ? {} : { retryAfter });
      await s.send.click();
      await poll(() => s.alert.innerText()).toBe(s.t(message, { time: s.wait(retryAfter ?? 0) }));
      await s.check(state, s.alert);
    }
    await offline(page, async () => {
      await s.send.click();
      await poll(() => s.alert.innerText()).toBe(s.t('error.network'));
      await s.check('offline', s.alert);
    });
    expect(env.app.server.outbox).toEqual([]);
    await w.finish();
  });
});

describe('Forgot password: a real spent rate limit', () => {
  it('the server’s own 429 (rateLimit: 2) says how long to wait; after it, the email goes', { timeout: 60_000 }, async () => {
    const tight = await startServer({ rateLimit: 2 });
    try {
      const w = await openUi(env.browser, tight.url, VARIANTS[0]!);
      const s = forgotScreen(w);
      const { page } = w;
      await page.goto(w.url('/forgot-password.html'));
      for (const address of ['a@example.com', 'b@example.com']) {
        await s.email.fill(address);
        await s.send.click();
        await s.inbox.waitFor();
        await s.other.click();
      }
      await s.email.fill('c@example.com');
      await s.send.click();
      // Two a minute: the next request comes back within 30 seconds (Retry-After; the bucket refills as the test runs).
      await poll(() => s.alert.innerText()).toMatch(/\S/);
      const waits = Array.from({ length: 30 }, (_, i) => s.t('error.tooMany', { time: s.wait(30 - i) }));
      expect(waits).toContain(await s.alert.innerText());
      await s.check('rate-limited-server', s.alert);
      tight.server.advanceTime(30_000);
      await s.send.click();
      await s.inbox.waitFor();
      expect(tight.server.outbox.map((e) => e.to)).toEqual(['a@example.com', 'b@example.com', 'c@example.com']);
      await w.finish();
    } finally {
      await tight.close();
    }
  });
});

describe('Forgot password: a 429 on "Send another email"', () => {
  it('holds the button for the wait the server gives, and sends nothing meanwhile', { timeout: 60_000 }, async () => {
    const w = await openUi(env.browser, env.app.url, VARIANTS[0]!);
    const s = forgotScreen(w);
    const { page } = w;
    await page.goto(w.url('/forgot-password.html'));
    await freezeClock(page);
    await s.email.fill(DEMO.email);
    await s.send.click();
    await s.inbox.waitFor();
    env.app.server.advanceTime(61_000);
    await page.clock.runFor(61_000);
    await poll(() => s.countdown.innerText()).toBe(s.t('forgot.ready'));

    env.app.server.failNext('IP_RATE_LIMIT_EXCEEDED', { retryAfter: 90 });
    await s.resend.click();
    await poll(() => s.alert.innerText()).toBe(s.t('error.tooMany', { time: s.wait(90) }));
    await poll(() => s.countdown.innerText()).toBe(s.t('forgot.wait', { time: s.wait(90) }));
    await expect(s.resend.getAttribute('aria-disabled')).resolves.toBe('true');
    await s.check('resend-rate-limited', s.alert);
    // Pressed again during the wait: it says how long is left and asks nothing of the server.
    await s.resend.click({ force: true });
    await poll(() => page.locator('#app [aria-live]').allInnerTexts()).toContain(s.t('forgot.wait', { time: s.wait(90) }));
    expect(w.api).toEqual(['POST /api/auth/password/reset-request', 'POST /api/auth/password/reset-request']);
    expect(resets()).toBe(1);
    await w.finish();
  });
});

describe('Forgot password by keyboard alone', () => {
  it.each(VARIANTS.filter((v) => v.name === 'en' || v.name === 'de-320').map((v) => [v.name, v] as const))(
    'Tab, type, Enter; Space on "Send another email" once the countdown is over (%s)',
    { timeout: 60_000 },
    async (_name, variant) => {
      const w = await openUi(env.browser, env.app.url, variant);
      const s = forgotScreen(w);
      const { page } = w;
      await page.clock.install();
      await page.goto(w.url('/forgot-password.html'));
      await freezeClock(page);

      await tabTo(page, s.send);
      await page.keyboard.press('Enter'); // empty: focus goes to the field, the summary is read out
      await poll(() => s.email.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type(DEMO.email);
      await page.keyboard.press('Enter');
      await s.inbox.waitFor();
      await poll(() => s.inbox.evaluate((el) => el === document.activeElement)).toBe(true);

      env.app.server.advanceTime(61_000);
      await page.clock.runFor(61_000);
      await poll(() => s.countdown.innerText()).toBe(s.t('forgot.ready'));
      await tabTo(page, s.resend);
      await page.keyboard.press('Space');
      await poll(resets).toBe(2);
      await poll(() => s.resend.evaluate((el) => el === document.activeElement)).toBe(true); // still there, not on <body>

      await tabTo(page, s.other);
      await page.keyboard.press('Enter');
      await poll(() => s.email.evaluate((el) => el === document.activeElement)).toBe(true);
      await typeInto(page, s.email, 'other@example.com');
      await page.keyboard.press('Enter');
      await s.inbox.waitFor();
      expect(env.app.server.outbox.at(-1)?.to).toBe('other@example.com');
      await w.finish();
    },
  );
});
