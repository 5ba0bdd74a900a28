// A single-page app with hash routing, as an ES module importing the SDK's browser bundle:
//   #/forgot-password, #/reset-password?token=…, #/change-password
// The screens and their messages are the same modules the script-tag pages use.
import * as pwflow from '/dist/pwflow.browser.js';
import { mountChangePassword } from '../shared/change-password.js';
import { focus, h, show } from '../shared/dom.js';
import { mountForgotPassword } from '../shared/forgot-password.js';
import { mountResetPassword } from '../shared/reset-password.js';

// The header tells the demo server (npm start) to point emailed links at this app's
// #/reset-password route rather than at /reset-password: a demo convention, not part of the protocol.
const webAuth = new pwflow.WebAuth({ domain: location.origin, clientID: 'demo-client', headers: { 'X-Pwflow-Demo-App': 'spa' } });
const links = { home: '#/', forgot: '#/forgot-password', change: '#/change-password' };
const main = document.getElementById('app');

function home(root) {
  show(
    root,
    h('h1', { id: 'title', text: 'pwflow single-page app' }),
    h('p', { text: 'The password flows as routes of one page, using the ES module build of pwflow.' }),
    h(
      'ul',
      { class: 'links' },
      h('li', {}, h('a', { href: '#/forgot-password', text: 'Forgot password' }), ' — ask for a reset link'),
      h('li', {}, h('a', { href: '#/change-password', text: 'Change password' }), ' — Auth0-style change-password email'),
      h('li', {}, h('a', { href: '#/reset-password', text: 'Choose a new password' }), ' — where the emailed link (#/reset-password?token=…) lands'),
    ),
  );
}

function notFound(root) {
  show(root, h('h1', { id: 'title', text: 'Page not found' }), h('p', {}, h('a', { href: '#/', text: 'Back to the start' })));
}

const routes = {
  '/': { title: 'pwflow single-page app', mount: home },
  '/forgot-password': { title: 'Forgot your password?', mount: (root) => mountForgotPassword(root, { webAuth, links }) },
  '/reset-password': { title: 'Choose a new password', mount: (root) => mountResetPassword(root, { pwflow, webAuth, links }) },
  '/change-password': {
    title: 'Change your password',
    mount: (root) => mountChangePassword(root, { webAuth, connection: 'Username-Password-Authentication', links }),
  },
};

let unmount;
function route(navigated) {
  const path = location.hash.replace(/^#/, '').split('?')[0] || '/';
  const { title, mount } = routes[path] ?? { title: 'Page not found', mount: notFound };
  if (typeof unmount === 'function') unmount();
  // A fresh container per screen: a request that finishes after the user moved on writes into a
  // detached element, never into the next screen.
  const view = h('div', { class: 'view' });
  main.replaceChildren(view);
  unmount = mount(view);
  document.title = `${title} — pwflow SPA example`;
  // After a route change move focus to the new screen's heading (unless the screen already moved it).
  if (navigated && !main.contains(document.activeElement)) {
    const heading = main.querySelector('h1');
    if (heading) focus(heading);
  }
}

addEventListener('hashchange', () => route(true));
route(false);
