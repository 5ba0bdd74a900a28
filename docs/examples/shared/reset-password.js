// "Choose a new password": the page the emailed link opens. Takes the token out of the address
// bar at once, says straight away when the link has expired, ticks the password rules as the
// user types, and has a specific message for every error. Used by reset-password.html (script
// tag) and the SPA's #/reset-password?token=….
import { alertBox, busy, clearErrors, clearFieldError, field, focus, h, hold, result, setFieldError, show, showAlert } from './dom.js';
import { describeError, ruleLabels } from './messages.js';

/**
 * Renders the screen into `root`. `pwflow` is the SDK (the global or the ES module), `webAuth` a
 * WebAuth on it, `links.forgot` the "Forgot password" screen and `links.home` the start page.
 */
export function mountResetPassword(root, { pwflow, webAuth, links }) {
  // The token leaves the address bar (and so history, bookmarks and screenshots) before anything else.
  const token = pwflow.parseResetToken({ clear: true });
  const newLink = (shown) =>
    result(root, {
      id: 'title',
      title: shown.title,
      text: shown.text,
      tone: 'problem',
      actions: [{ href: links.forgot, text: 'Send a new link' }],
    });
  if (!token) return newLink(describeError({ code: 'PASSWORD_RESET_TOKEN_MISSING' }, 'reset'));
  if (pwflow.inspectResetToken(token).expired) return newLink(describeError({ code: 'PASSWORD_RESET_TOKEN_EXPIRED' }, 'reset'));

  const rules = ruleLabels(pwflow.DEFAULT_PASSWORD_POLICY);
  const items = new Map(
    rules.map(([rule, label]) => {
      const state = h('span', { class: 'visually-hidden' });
      return [rule, { li: h('li', { class: 'rule', 'data-rule': rule }, h('span', { class: 'mark', 'aria-hidden': 'true' }), label, state), state }];
    }),
  );
  const checklist = h(
    'div',
    { class: 'rules', id: 'password-rules' },
    h('p', { class: 'rules-title', text: 'Your new password needs:' }),
    h('ul', {}, [...items.values()].map((item) => item.li)),
  );
  // Read out a short summary a moment after typing stops, not at every key.
  const summary = h('p', { class: 'visually-hidden', 'aria-live': 'polite', id: 'password-summary' });

  const password = field({ id: 'password', label: 'New password', type: 'password', autocomplete: 'new-password', extra: [checklist, summary] });
  password.input.setAttribute('aria-describedby', 'password-error password-rules');
  const confirm = field({ id: 'confirm', label: 'Confirm new password', type: 'password', autocomplete: 'new-password' });
  const reveal = h('input', { type: 'checkbox', id: 'show-passwords' });
  const alert = alertBox();
  const submit = h('button', { type: 'submit', class: 'primary', text: 'Change password' });
  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': 'title' },
    alert,
    password.row,
    confirm.row,
    h('div', { class: 'check' }, reveal, h('label', { for: 'show-passwords', text: 'Show passwords' })),
    submit,
  );
  show(root, h('h1', { id: 'title', text: 'Choose a new password' }), form);

  let quiet;
  const update = () => {
    const { failed } = pwflow.checkPassword(password.input.value);
    for (const [rule, { li, state }] of items) {
      const met = !failed.includes(rule);
      li.classList.toggle('met', met);
      state.textContent = met ? ' — done' : ' — not yet';
    }
    clearTimeout(quiet);
    quiet = setTimeout(() => {
      const left = rules.filter(([rule]) => failed.includes(rule)).map(([, label]) => label.toLowerCase());
      summary.textContent = password.input.value === '' ? '' : left.length ? `Still needed: ${left.join(', ')}.` : 'Your password meets every rule.';
    }, 900);
    return failed;
  };
  update();
  password.input.addEventListener('input', update);
  confirm.input.addEventListener('input', () => {
    // Once the error is shown, take it away as soon as the two match. (No check on blur: an error
    // appearing then moves the submit button away from the pointer that is about to click it.)
    if (confirm.input.value === password.input.value) clearFieldError(confirm.input);
  });
  reveal.addEventListener('change', () => {
    for (const input of [password.input, confirm.input]) input.type = reveal.checked ? 'text' : 'password';
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = password.input.value;
    // The same rule the server checks: nothing is sent for a password it would refuse.
    if (update().length) setFieldError(password.input, value ? 'Your new password does not meet every rule below.' : 'Enter a new password.');
    if (confirm.input.value !== value) setFieldError(confirm.input, confirm.input.value ? 'The passwords don’t match.' : 'Type the new password again.');
    const invalid = form.querySelector('[aria-invalid="true"]');
    if (invalid) return focus(invalid);

    const idle = busy(submit, 'Saving…');
    try {
      await webAuth.resetPassword({ password: value, token });
      done();
    } catch (error) {
      idle();
      const shown = describeError(error, 'reset');
      if (shown.kind === 'success') return done(shown.note);
      if (shown.kind === 'link') return newLink(shown);
      if (shown.kind === 'field') {
        for (const { field: name, text } of shown.fields) setFieldError(name === 'confirm' ? confirm.input : password.input, text);
        return focus(form.querySelector('[aria-invalid="true"]'));
      }
      showAlert(alert, shown.text);
      if (shown.wait) hold(submit, shown.wait);
    }
  });

  function done(note) {
    result(root, {
      id: 'title',
      title: 'Your password has been changed',
      text: ['You can now sign in with your new password.', note],
      tone: 'success',
      actions: [{ href: links.home, text: 'Back to the start' }],
    });
  }
}
