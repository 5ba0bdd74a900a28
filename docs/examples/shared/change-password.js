// Auth0-style "Change password" (`webAuth.changePassword`): the server emails the user a link and
// answers with a sentence, shown as it comes. Used by change-password.html (script tag) and the
// SPA's #/change-password.
import { alertBox, busy, clearErrors, field, focus, h, hold, result, setFieldError, show, showAlert } from './dom.js';
import { describeError } from './messages.js';

/**
 * Renders the screen into `root`. `webAuth` is a pwflow WebAuth with a `clientID`; `connection`
 * the database connection; `links.home` the start page.
 */
export function mountChangePassword(root, { webAuth, connection, links }) {
  const email = field({ id: 'email', label: 'Email address', type: 'email', autocomplete: 'email', inputmode: 'email' });
  const alert = alertBox();
  const submit = h('button', { type: 'submit', class: 'primary', text: 'Email me a link' });
  const form = h('form', { novalidate: true, 'aria-labelledby': 'title' }, alert, email.row, submit);
  show(
    root,
    h('h1', { id: 'title', text: 'Change your password' }),
    h('p', { text: 'We’ll email you a link. Open it to set a new password.' }),
    form,
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const address = email.input.value.trim();
    const idle = busy(submit);
    try {
      const { message } = await webAuth.changePassword({ connection, email: address });
      result(root, {
        id: 'title',
        title: 'Check your inbox',
        // The server's own sentence, e.g. "We've just sent you an email to reset your password."
        text: [h('p', { class: 'server-message', text: message }), 'Can’t find it? Check your spam or junk folder.'],
        tone: 'success',
        actions: [{ href: links.home, text: 'Back to the start' }],
      });
    } catch (error) {
      idle();
      const shown = describeError(error, 'change');
      if (shown.kind === 'field') {
        for (const { text } of shown.fields) setFieldError(email.input, text);
        return focus(email.input);
      }
      showAlert(alert, shown.text);
      if (shown.wait) hold(submit, shown.wait);
    }
  });
}
