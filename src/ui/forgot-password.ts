// "Forgot your password?": ask for a reset email, then "Check your inbox" with a live countdown
// until another email may be sent (the server's cooldown, an EMAIL_COOLDOWN_ACTIVE wait, a 429's
// wait: createResendTimer keeps it, also across a reload).
import type { RequestResetResult, WebAuth } from 'pwflow';
import { announcer, busy, focus, h, mount, problems, result, type ScreenOptions } from './dom';
import { emailForm } from './email-form';
import { errorText } from './errors';
import { createResendTimer } from './sdk';

/**
 * Options of {@link mountForgotPassword}.
 *
 * @example
 * ```ts
 * const options: ForgotPasswordScreenOptions = { webAuth, locale: 'de', onSent: ({ cooldown }) => console.log(cooldown) };
 * ```
 */
export interface ForgotPasswordScreenOptions extends ScreenOptions {
  /** The `WebAuth` that sends the request (`requestReset`). */
  webAuth: WebAuth;
  /** Called after each email the server accepted (the first one and every "Send another email"). */
  onSent?: (result: RequestResetResult) => void;
}

/** How the inbox screen was reached. */
type How = 'sent' | 'earlier';

/**
 * Mounts the "Forgot your password?" screen into `target` (an element or a selector): an email
 * field and a button that asks for a reset email (`webAuth.requestReset`, with `locale` so the
 * email speaks the same language), then "Check your inbox" with a countdown until another email
 * may be sent, "Send another email" and "Use a different email address". Returns `unmount()`,
 * which removes every node, listener and timer and cancels a request under way.
 *
 * @throws {TypeError} when `target` is neither an element nor a selector that matches one.
 *
 * @example
 * ```ts
 * import { WebAuth } from 'pwflow';
 * import { mountForgotPassword } from 'pwflow/ui';
 *
 * const webAuth = new WebAuth({ domain: 'auth.example.com' });
 * const screen = mountForgotPassword('#app', { webAuth, onSent: ({ cooldown }) => console.log(`next email in ${cooldown} s`) });
 * // later, when the page goes: screen.unmount();
 * ```
 */
export function mountForgotPassword(target: Element | string, options: ForgotPasswordScreenOptions): { unmount(): void } {
  const { webAuth, locale, onSent } = options;
  const ui = mount(target, options);
  const { t } = ui;
  let stopTimer = () => {};
  ui.onUnmount(() => stopTimer());
  const send = (email: string) => webAuth.requestReset({ email, locale, signal: ui.signal });
  const sent = (answer: RequestResetResult) => onSent?.(answer);
  renderForm('');
  return { unmount: ui.unmount };

  function renderForm(initial: string) {
    stopTimer();
    return emailForm(ui, {
      title: 'forgot.title',
      submit: 'forgot.submit',
      initial,
      refused: ['invalid_request', 'INVALID_REQUEST'],
      async send(address) {
        const answer = await send(address);
        renderInbox(address, 'sent', answer);
        sent(answer);
      },
      // An email went out a moment ago: the inbox, with the wait the server gave.
      handled(address, error) {
        if ((error as { code?: string }).code !== 'EMAIL_COOLDOWN_ACTIVE') return false;
        renderInbox(address, 'earlier', error);
        return true;
      },
    });
  }

  function renderInbox(address: string, how: How, answer: unknown) {
    const countdown = h('p', { class: 'pwflow-countdown', role: 'timer' });
    const status = announcer();
    const resend = h('button', { type: 'button', class: 'pwflow-button' }, t('forgot.resend'));
    const other = h('button', { type: 'button', class: 'pwflow-button pwflow-secondary' }, t('forgot.otherEmail'));
    const problem = problems(ui, []);
    const strong = h('strong', {}, address);
    result(
      ui,
      'info',
      t('common.inbox'),
      [h('p', {}, ui.parts(how === 'sent' ? 'forgot.sent' : 'forgot.sentEarlier', { email: strong })), t('common.spam'), problem.box, countdown, status],
      [resend, other],
    );
    resend.setAttribute('aria-describedby', (countdown.id = ui.id('countdown')));

    let waiting = false;
    const render = (seconds: number) => {
      // "Send another email" stays focusable while the countdown runs (aria-disabled, never
      // disabled): a press then says how long is left instead of dropping focus to <body>.
      if (seconds > 0) {
        countdown.textContent = t('forgot.wait', { time: ui.wait(seconds) });
        resend.setAttribute('aria-disabled', 'true');
      } else {
        countdown.textContent = t('forgot.ready');
        resend.removeAttribute('aria-disabled');
        if (waiting) status.textContent = t('forgot.ready');
      }
      waiting = seconds > 0;
    };
    const timer = createResendTimer({ email: address, onChange: render });
    stopTimer = () => timer.dispose();
    const take = (answer: unknown) => {
      timer.update(answer);
      // An EMAIL_COOLDOWN_ACTIVE without a wait: the server tells how long is left.
      const { code, retryAfter } = answer as { code?: string; retryAfter?: number };
      if (code === 'EMAIL_COOLDOWN_ACTIVE' && retryAfter === undefined) timer.sync(webAuth).catch(() => {});
    };
    take(answer);
    render(timer.secondsLeft);

    let pending = false;
    ui.on(resend, 'click', async () => {
      if (pending) return;
      problem.clear();
      status.textContent = '';
      if (timer.secondsLeft > 0) {
        status.textContent = countdown.textContent;
        return;
      }
      pending = true;
      const idle = busy(resend, t('common.busy'));
      try {
        const next = await send(address);
        take(next);
        status.textContent = t('forgot.resent', { email: address });
        sent(next);
      } catch (error) {
        if (ui.signal.aborted) return;
        take(error);
        if ((error as { code?: string }).code === 'EMAIL_COOLDOWN_ACTIVE') status.textContent = errorText(ui, error);
        else problem.say(errorText(ui, error));
      } finally {
        if (!ui.signal.aborted) {
          pending = false;
          idle();
          render(timer.secondsLeft);
        }
      }
    });
    ui.on(other, 'click', () => focus(renderForm(address)));
  }
}
