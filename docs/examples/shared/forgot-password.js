// "Forgot password": ask for a reset email, then "Check your inbox" with a live countdown of the
// cooldown; the resend button stays disabled until it ends. Used by forgot-password.html
// (script tag) and the SPA's #/forgot-password.
import { alertBox, busy, clearErrors, clock, countdown, field, focus, h, hold, setFieldError, show, showAlert } from './dom.js';
import { describeError } from './messages.js';

/**
 * Renders the screen into `root`. `webAuth` is a pwflow WebAuth; `links.home` is the start page.
 * Returns a function that stops the countdown (call it before reusing `root`).
 */
export function mountForgotPassword(root, { webAuth, links }) {
  let stop = () => {};
  renderForm('');
  return () => stop();

  function renderForm(initial) {
    stop();
    const email = field({ id: 'email', label: 'Email address', type: 'email', autocomplete: 'email', inputmode: 'email' });
    email.input.value = initial;
    const alert = alertBox();
    const submit = h('button', { type: 'submit', class: 'primary', text: 'Send reset link' });
    const form = h('form', { novalidate: true, 'aria-labelledby': 'title' }, alert, email.row, submit);
    show(
      root,
      h('h1', { id: 'title', text: 'Forgot your password?' }),
      h('p', { text: 'Enter the email address of your account. We’ll send you a link to choose a new password.' }),
      form,
      h('p', { class: 'aside' }, 'Remembered it? ', h('a', { href: links.home, text: 'Back to the start' })),
    );

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      const address = email.input.value.trim();
      const idle = busy(submit);
      try {
        const { cooldown } = await webAuth.requestReset({ email: address });
        renderInbox(address, cooldown, 'sent');
      } catch (error) {
        idle();
        const shown = describeError(error, 'request');
        if (shown.kind === 'cooldown') return renderInbox(address, await remaining(address, shown.wait), 'earlier');
        if (shown.kind === 'field') {
          for (const { text } of shown.fields) setFieldError(email.input, text);
          return focus(email.input);
        }
        showAlert(alert, shown.text);
        if (shown.wait) hold(submit, shown.wait);
      }
    });
    return email.input;
  }

  /** Seconds left of the cooldown: the server's Retry-After, else ask it, else a minute. */
  async function remaining(address, hint) {
    if (typeof hint === 'number') return hint;
    try {
      return (await webAuth.getResetCooldown({ email: address })).remaining;
    } catch {
      return 60;
    }
  }

  function renderInbox(address, seconds, how) {
    stop();
    const who = h('strong', { text: address });
    const lead =
      how === 'sent'
        ? h('p', {}, 'If an account exists for ', who, ', we’ve sent it an email with a link to choose a new password. The link works for a short time only.')
        : h('p', {}, 'We sent an email to ', who, ' a moment ago. Look for the link in it.');
    const timer = h('p', { id: 'cooldown', class: 'countdown', role: 'timer' });
    const status = h('p', { class: 'visually-hidden', role: 'status' });
    const alert = alertBox();
    const resend = h('button', { type: 'button', class: 'primary', text: 'Send another email', disabled: true, 'aria-describedby': 'cooldown' });
    const other = h('button', { type: 'button', class: 'secondary', text: 'Use a different email address' });
    const heading = h('h1', { id: 'title', text: 'Check your inbox' });
    show(
      root,
      h(
        'section',
        { class: 'result info', 'aria-labelledby': 'title' },
        heading,
        lead,
        h('p', { text: 'Can’t find it? Check your spam or junk folder.' }),
        alert,
        timer,
        status,
        h('p', { class: 'actions' }, resend, other),
      ),
    );
    focus(heading);

    const start = (wait) => {
      stop();
      resend.disabled = true;
      stop = countdown(
        wait,
        (left) => {
          timer.textContent = `You can ask for another email in ${clock(left)}.`;
        },
        () => {
          timer.textContent = 'Didn’t get it? You can ask for another email now.';
          resend.disabled = false;
          status.textContent = 'You can ask for another email now.';
        },
      );
    };
    start(seconds);

    resend.addEventListener('click', async () => {
      alert.hidden = true;
      status.textContent = '';
      const idle = busy(resend);
      try {
        const { cooldown } = await webAuth.requestReset({ email: address });
        idle();
        status.textContent = `We sent another email to ${address}.`;
        start(cooldown);
      } catch (error) {
        idle();
        const shown = describeError(error, 'request');
        if (shown.kind === 'cooldown') return start(await remaining(address, shown.wait));
        showAlert(alert, shown.text);
        if (shown.wait) start(shown.wait);
      }
    });
    other.addEventListener('click', () => focus(renderForm(address)));
  }
}
