import { signInLink } from '../shared/language.js';
import { links, locale, show, ui } from './setup.js';

// Once the password is changed, the next step is one click away: the demo's sign-in page.
show(ui.mountResetPassword, {
  forgotPasswordUrl: links.forgot,
  onDone: () => document.querySelector('#app .pwflow').append(signInLink(locale)),
});
