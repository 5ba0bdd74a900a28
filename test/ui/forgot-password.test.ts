import { describe, expect, it, vi } from 'vitest';
import { english, mountForgotPassword } from '../../src/ui/index';
import { wire } from '../support/network';
import { DEMO, ORIGIN, button, enter, host, input, text, type, until, useServer } from './helpers';

const { reference, sent, webAuth } = useServer();

/** Fake clock and timers for the countdown; the network (MSW) keeps its own. */
const fakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });

/** Mounts the screen and sends the form for `email`, as a person does with Enter. */
async function sendFor(email: string, options: Partial<Parameters<typeof mountForgotPassword>[1]> = {}) {
  const target = host();
  const screen = mountForgotPassword(target, { webAuth, ...options });
  type(input(target, english['common.email']), email);
  enter(input(target, english['common.email']));
  return { target, screen };
}

const heading = (target: HTMLElement) => text(target.querySelector('h1'));

describe('mountForgotPassword', () => {
  it('sends the reset email in the screen’s locale, then says "Check your inbox" with the countdown', async () => {
    fakeClock();
    const onSent = vi.fn();
    const { target } = await sendFor(DEMO.email, { locale: 'de', onSent });
    await until(() => expect(heading(target)).toBe(english['common.inbox']));

    expect(await wire(sent[0])).toEqual({
      method: 'POST',
      url: `${ORIGIN}/api/auth/password/reset-request`,
      query: [['locale', 'de']],
      contentType: 'application/json',
      body: JSON.stringify({ email: DEMO.email }),
    });
    expect(reference.outbox.at(-1)).toMatchObject({ to: DEMO.email, kind: 'reset', locale: 'de' });
    expect(onSent).toHaveBeenCalledWith(expect.objectContaining({ cooldown: 60 }));
    expect(document.activeElement).toBe(target.querySelector('h1'));
    expect(text(target.querySelector('strong'))).toBe(DEMO.email);
    const timer = target.querySelector('[role="timer"]')!;
    expect(text(timer)).toBe('You can ask for another email in 1 minute.');
    const resend = button(target, english['forgot.resend']);
    expect(resend.getAttribute('aria-disabled')).toBe('true');
    expect(resend.getAttribute('aria-describedby')).toBe(timer.id);

    vi.advanceTimersByTime(15_000);
    expect(text(timer)).toBe('You can ask for another email in 45 seconds.');
  });

  it('when the countdown is over, says so, and "Send another email" sends one', async () => {
    fakeClock();
    const onSent = vi.fn();
    const { target } = await sendFor(DEMO.email, { onSent });
    await until(() => expect(heading(target)).toBe(english['common.inbox']));
    const resend = button(target, english['forgot.resend']);
    const status = target.querySelector('[aria-live="polite"]')!;

    vi.advanceTimersByTime(60_000);
    reference.advanceTime(60_000);
    expect(text(target.querySelector('[role="timer"]'))).toBe(english['forgot.ready']);
    expect(text(status)).toBe(english['forgot.ready']);
    expect(resend.hasAttribute('aria-disabled')).toBe(false);

    resend.focus();
    resend.click();
    expect(resend.getAttribute('aria-disabled')).toBe('true');
    expect(text(resend)).toBe(english['common.busy']);
    await until(() => expect(text(status)).toBe(`We sent another email to ${DEMO.email}.`));
    expect(sent).toHaveLength(2);
    expect(onSent).toHaveBeenCalledTimes(2);
    // Focus stays on the button (it is never disabled), which waits again.
    expect(document.activeElement).toBe(resend);
    expect(text(resend)).toBe(english['forgot.resend']);
    expect(resend.getAttribute('aria-disabled')).toBe('true');
  });

  it('a press on "Send another email" during the countdown says how long is left, and sends nothing', async () => {
    fakeClock();
    const { target } = await sendFor(DEMO.email);
    await until(() => expect(heading(target)).toBe(english['common.inbox']));
    const resend = button(target, english['forgot.resend']);
    resend.focus();
    resend.click();
    expect(text(target.querySelector('[aria-live="polite"]'))).toBe('You can ask for another email in 1 minute.');
    expect(document.activeElement).toBe(resend);
    expect(sent).toHaveLength(1);
  });

  it('an address that had an email a moment ago goes to the inbox with the server’s wait (EMAIL_COOLDOWN_ACTIVE)', async () => {
    await webAuth.requestReset({ email: DEMO.email });
    reference.advanceTime(20_000);
    const { target } = await sendFor(DEMO.email);
    await until(() => expect(heading(target)).toBe(english['common.inbox']));
    expect(text(target.querySelector('p'))).toBe(`We sent a link to ${DEMO.email} a moment ago.`);
    expect(text(target.querySelector('[role="timer"]'))).toBe('You can ask for another email in 40 seconds.');
  });

  it('an empty or invalid address is an error at the field, read out (role=alert) and focused; nothing is sent', async () => {
    const { target } = await sendFor('');
    const email = input(target, english['common.email']);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(text(document.getElementById(`${email.id}-error`))).toBe(english['field.emailMissing']);
    expect(text(target.querySelector('[role="alert"]'))).toBe(english['field.emailMissing']);
    expect(document.activeElement).toBe(email);

    type(email, 'not-an-address');
    enter(email);
    await until(() => expect(text(document.getElementById(`${email.id}-error`))).toBe(english['field.emailInvalid']));
    expect(text(target.querySelector('[role="alert"] a'))).toBe(english['field.emailInvalid']);
    expect(target.querySelector('[role="alert"] a')!.getAttribute('href')).toBe(`#${email.id}`);
    expect(sent).toHaveLength(0);
    // The summary's link takes focus to its field, without touching the page's own hash.
    target.querySelector<HTMLElement>('[role="alert"] a')!.focus();
    target.querySelector<HTMLElement>('[role="alert"] a')!.click();
    expect(document.activeElement).toBe(email);
    expect(location.hash).toBe('');
  });

  it('too many requests: an alert with the wait, focused; the form stays for another try', async () => {
    reference.failNext('IP_RATE_LIMIT_EXCEEDED');
    const { target } = await sendFor(DEMO.email);
    const alert = target.querySelector<HTMLElement>('[role="alert"]')!;
    await until(() => expect(alert.hidden).toBe(false));
    expect(text(alert)).toMatch(/^Too many attempts\. Please wait (a moment|\d+ seconds?|1 minute) and try again\.$/);
    expect(document.activeElement).toBe(alert);
    expect(button(target, english['forgot.submit']).hasAttribute('aria-disabled')).toBe(false);
  });

  it('"Use a different email address" goes back to the form with the address, focused', async () => {
    const { target } = await sendFor(DEMO.email);
    await until(() => expect(heading(target)).toBe(english['common.inbox']));
    button(target, english['forgot.otherEmail']).click();
    const email = input(target, english['common.email']);
    expect(email.value).toBe(DEMO.email);
    expect(document.activeElement).toBe(email);
  });
});
