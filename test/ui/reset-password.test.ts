import { describe, expect, it, vi } from 'vitest';
import { english, mountResetPassword } from '../../src/ui/index';
import { wire } from '../support/network';
import { DEMO, ORIGIN, STRONG, button, enter, host, input, text, type, until, useServer } from './helpers';

const { reference, sent, webAuth } = useServer();

/** Opens the emailed link: its address (with the token) becomes the page's. */
async function openEmailedLink(): Promise<string> {
  await webAuth.requestReset({ email: DEMO.email });
  const link = new URL(reference.outbox.at(-1)!.link!);
  history.replaceState(null, '', `${link.pathname}${link.search}`);
  sent.length = 0;
  return link.searchParams.get('token')!;
}

function mount(options: Partial<Parameters<typeof mountResetPassword>[1]> = {}) {
  const target = host();
  const screen = mountResetPassword(target, { webAuth, forgotPasswordUrl: '/forgot-password', ...options });
  const password = () => input(target, english['reset.password']);
  const confirm = () => input(target, english['reset.confirm']);
  return { target, screen, password, confirm };
}

const heading = (target: HTMLElement) => text(target.querySelector('h1'));

describe('mountResetPassword: the link', () => {
  it('without a token says so at once, focused, with the way to a new link', () => {
    history.replaceState(null, '', '/reset-password');
    const { target } = mount();
    expect(heading(target)).toBe(english['link.missingTitle']);
    expect(document.activeElement).toBe(target.querySelector('h1'));
    expect(text(target.querySelector('h1 + p'))).toBe(english['link.reopen']);
    expect(button(target, english['link.newLink']).getAttribute('href')).toBe('/forgot-password');
    expect(sent).toHaveLength(0);
  });

  it('a malformed token is taken out of the address bar and named as such', () => {
    history.replaceState(null, '', '/reset-password?token=abc&lang=de');
    const { target } = mount();
    expect(location.search).toBe('?lang=de');
    expect(heading(target)).toBe(english['link.malformedTitle']);
  });

  it('an expired token is said to be expired before anything is typed', async () => {
    await openEmailedLink();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 901_000);
    const { target } = mount();
    expect(heading(target)).toBe(english['link.expiredTitle']);
    expect(text(target.querySelector('h1 + p'))).toBe(english['link.expired']);
    expect(location.search).toBe('');
  });

  it('a link already used is named as such when the server refuses it', async () => {
    const token = await openEmailedLink();
    await webAuth.resetPassword({ token, password: STRONG });
    const { target, password, confirm } = mount();
    type(password(), 'Another-Passw0rd!');
    type(confirm(), 'Another-Passw0rd!');
    enter(confirm());
    await until(() => expect(heading(target)).toBe(english['link.usedTitle']));
    expect(document.activeElement).toBe(target.querySelector('h1'));
  });
});

describe('mountResetPassword: the form', () => {
  it('takes the token out of the address bar, and a strong password typed twice changes the password', async () => {
    const token = await openEmailedLink();
    const onDone = vi.fn();
    const { target, password, confirm } = mount({ locale: 'fr', onDone });
    expect(location.search).toBe('');
    expect(password().getAttribute('autocomplete')).toBe('new-password');
    expect(confirm().getAttribute('autocomplete')).toBe('new-password');
    expect(password().getAttribute('spellcheck')).toBe('false');
    expect(password().getAttribute('autocapitalize')).toBe('none');
    const username = target.querySelector<HTMLInputElement>('input[autocomplete="username"]')!;
    expect(username.hidden).toBe(true);
    expect(username.form).toBe(password().form);

    type(password(), STRONG);
    type(confirm(), STRONG);
    button(target, english['reset.submit']).click();
    await until(() => expect(heading(target)).toBe(english['reset.doneTitle']));

    expect(await wire(sent[0])).toEqual({
      method: 'POST',
      url: `${ORIGIN}/api/auth/password/reset`,
      query: [['token', token], ['locale', 'fr']],
      contentType: 'application/json',
      body: JSON.stringify({ newPassword: STRONG }),
    });
    expect(reference.checkPassword(DEMO.email, STRONG)).toBe(true);
    expect(document.activeElement).toBe(target.querySelector('h1'));
    expect(onDone).toHaveBeenCalledWith(expect.objectContaining({ success: true }));
  });

  it('ticks the rules as the person types, and reads out what is still needed once typing stops', async () => {
    await openEmailedLink();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { target, password } = mount();
    const rules = [...target.querySelectorAll('li')];
    expect(rules.map(text)).toEqual([
      'At least 8 characters, not yet',
      'An uppercase letter (A–Z), not yet',
      'A lowercase letter (a–z), not yet',
      'A digit (0–9), not yet',
      'A special character, like ! ? # or -, not yet',
    ]);
    expect(password().getAttribute('aria-describedby')!.split(' ')).toContain(target.querySelector('ul')!.parentElement!.id);

    type(password(), 'abcdefgh');
    expect(rules.map((li) => li.classList.contains('pwflow-met'))).toEqual([true, false, true, false, false]);
    const status = target.querySelector('[aria-live="polite"]')!;
    expect(text(status)).toBe('');
    vi.advanceTimersByTime(1000);
    // Each label keeps its own case after the first letter: "(A–Z)" is not lower-cased.
    expect(text(status)).toBe('Still needed: an uppercase letter (A–Z), a digit (0–9), and a special character, like ! ? # or -.');
    type(password(), STRONG);
    vi.advanceTimersByTime(1000);
    expect(text(status)).toBe(english['reset.allMet']);
  });

  it('a weak password and a different confirmation: both errors at their fields, listed, read out, the first focused; nothing sent', async () => {
    await openEmailedLink();
    const { target, password, confirm } = mount();
    type(password(), 'weak');
    type(confirm(), 'weak!');
    enter(confirm());
    expect(password().getAttribute('aria-invalid')).toBe('true');
    expect(confirm().getAttribute('aria-invalid')).toBe('true');
    expect(text(document.getElementById(`${password().id}-error`))).toBe(english['field.passwordRules']);
    expect(text(document.getElementById(`${confirm().id}-error`))).toBe(english['field.mismatch']);
    const alert = target.querySelector('[role="alert"]')!;
    expect([...alert.querySelectorAll('a')].map(text)).toEqual([english['field.passwordRules'], english['field.mismatch']]);
    expect(document.activeElement).toBe(password());
    expect(sent).toHaveLength(0);

    // The confirmation's error goes as soon as the two match.
    type(password(), STRONG);
    type(confirm(), STRONG);
    expect(confirm().hasAttribute('aria-invalid')).toBe(false);
  });

  it('the show/hide button shows the password, says so, and hides it again on submit', async () => {
    await openEmailedLink();
    const { target, password } = mount();
    const toggle = password().parentElement!.querySelector('button')!;
    expect(toggle.getAttribute('aria-controls')).toBe(password().id);
    const name = () => toggle.getAttribute('aria-label');
    expect(name()).toBe('Show New password');
    toggle.click();
    expect(password().type).toBe('text');
    expect(name()).toBe('Hide New password');
    expect(text(target.querySelector('[aria-live="polite"]'))).toBe(english['password.shown']);
    toggle.click();
    expect(password().type).toBe('password');
    expect(text(target.querySelector('[aria-live="polite"]'))).toBe(english['password.hidden']);
    toggle.click();
    enter(password());
    expect(password().type).toBe('password');
    expect(name()).toBe('Show New password');
  });

  it('POST_COMMIT_SIDE_EFFECT_FAILURE is a success, with the note about other devices', async () => {
    await openEmailedLink();
    reference.failNext('POST_COMMIT_SIDE_EFFECT_FAILURE');
    const onDone = vi.fn();
    const { target, password, confirm } = mount({ onDone });
    type(password(), STRONG);
    type(confirm(), STRONG);
    enter(confirm());
    await until(() => expect(heading(target)).toBe(english['reset.doneTitle']));
    expect(text(target.querySelector('section'))).toContain(english['reset.sessions']);
    expect(onDone).toHaveBeenCalledWith({ success: true, rateLimit: expect.objectContaining({ limit: 30 }) });
  });

  it('a server failure is an alert, focused; the form stays for another try', async () => {
    await openEmailedLink();
    reference.failNext('DATABASE_FAILURE');
    const { target, password, confirm } = mount();
    type(password(), STRONG);
    type(confirm(), STRONG);
    const submit = button(target, english['reset.submit']);
    submit.focus();
    submit.click();
    const alert = target.querySelector<HTMLElement>('[role="alert"]')!;
    await until(() => expect(text(alert)).toBe(english['error.server']));
    expect(document.activeElement).toBe(alert);
    expect(submit.hasAttribute('aria-disabled')).toBe(false);
    expect(text(submit)).toBe(english['reset.submit']);
  });
});
