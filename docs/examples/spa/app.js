// A single-page app with hash routing, as ES modules without a bundler: the SDK's browser bundle
// and the ready-made screens' (pwflow-ui.browser.js, which imports ./pwflow.browser.js beside it):
//   #/forgot-password, #/reset-password?token=…, #/change-password
// `?lang=de` (before the #) picks the language; the switcher in the header sets it.
import * as pwflow from '/dist/pwflow.browser.js';
import { mountChangePassword, mountForgotPassword, mountResetPassword, registerLocale } from '/dist/pwflow-ui.browser.js';
import { languageSwitcher, opened, pickLanguage, signInLink } from '../shared/language.js';

const locale = pickLanguage();
// A locale is a plain module (its default export is the messages): only the one in use is loaded.
if (locale !== 'en') registerLocale(locale, (await import(`/dist/ui/locales/${locale}.js`)).default);
document.documentElement.lang = locale;

// The header tells the demo server (npm start) to point emailed links at this app's
// #/reset-password route rather than at /reset-password: a demo convention, not part of the protocol.
const webAuth = new pwflow.WebAuth({
  domain: location.origin,
  clientID: 'demo-client',
  headers: { 'X-Pwflow-Demo-App': 'spa' },
  breachCheck: { endpoint: `${location.origin}/range/` }, // the reference server's range API: offline
});
const main = document.getElementById('app');
const path = () => location.hash.replace(/^#/, '').split('?')[0] || '/';

// The switcher reloads in another language. On the route the app was opened at, it reloads the
// address as it was opened: a reset link's token, already out of the address bar, comes back.
const openedPath = path();
document.querySelector('.site nav').append(languageSwitcher(locale, () => (path() === openedPath ? opened : location.href)));

/** `el('p', 'text', child)`: an element with text and children (never innerHTML: the CSP). */
function el(tag, ...children) {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
}
function link(href, text) {
  const a = el('a', text);
  a.href = href;
  return a;
}

function home(view) {
  view.append(
    el('h1', 'pwflow single-page app'),
    el('p', 'The password flows as routes of one page, using the ES module builds of pwflow and pwflow/ui.'),
    el(
      'ul',
      el('li', link('#/forgot-password', 'Forgot password'), ' — ask for a reset link'),
      el('li', link('#/change-password', 'Change password'), ' — Auth0-style change-password email'),
      el('li', link('#/reset-password', 'Choose a new password'), ' — where the emailed link (#/reset-password?token=…) lands'),
    ),
  );
}

function notFound(view) {
  view.append(el('h1', 'Page not found'), el('p', link('#/', 'Back to the start')));
}

const screen = { webAuth, locale };
const routes = {
  '/': home,
  '/forgot-password': (view) => mountForgotPassword(view, screen),
  '/reset-password': (view) =>
    mountResetPassword(view, {
      ...screen,
      forgotPasswordUrl: '#/forgot-password',
      // Once the password is changed, the next step is one click away: the demo's sign-in page.
      onDone: () => view.querySelector('.pwflow').append(signInLink(locale)),
    }),
  '/change-password': (view) => mountChangePassword(view, { ...screen, connection: 'Username-Password-Authentication' }),
};

let mounted;
function route(navigated) {
  mounted?.unmount();
  // A fresh container per screen: nothing of the last one stays.
  const view = el('div');
  main.replaceChildren(view);
  mounted = (routes[path()] ?? notFound)(view);
  const heading = main.querySelector('h1');
  document.title = `${heading?.textContent ?? 'pwflow'} — pwflow SPA example`;
  // After a route change focus goes to the new screen's heading (unless the screen moved it).
  if (navigated && heading && !main.contains(document.activeElement)) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

addEventListener('hashchange', () => route(true));
route(false);
