// What the three script-tag pages share: the SDK and the screens from the global `pwflow`
// (<script src="/dist/pwflow.min.js"> then <script src="/dist/pwflow-ui.min.js">, loaded before
// this module), one WebAuth, the page's language with its locale script, the language switcher,
// and the links between the pages. The reference server serves the API on this page's own origin.
import { languageSwitcher, loadLocale, pickLanguage } from '../shared/language.js';

const { pwflow } = window;
if (!pwflow?.ui) {
  throw new Error('pwflow is not loaded: add <script src="/dist/pwflow.min.js"> and <script src="/dist/pwflow-ui.min.js"> before the page script');
}

export const { ui } = pwflow;
// The breached-password check asks the reference server's copy of the range API (`/range/`), so
// the demo runs offline: try `Passw0rd!` on the reset screen.
export const webAuth = new pwflow.WebAuth({
  domain: location.origin,
  clientID: 'demo-client',
  breachCheck: { endpoint: `${location.origin}/range/` },
});
export const locale = pickLanguage();
await loadLocale(locale);
document.documentElement.lang = locale;
document.querySelector('.site nav').append(languageSwitcher(locale));

/** The other pages, in the same language. */
export const links = { forgot: `/forgot-password.html?lang=${locale}` };

/** Mounts a screen into <main id="app"> and names the tab after its heading. */
export function show(mount, options) {
  const screen = mount('#app', { webAuth, locale, ...options });
  const heading = document.querySelector('#app h1');
  if (heading) document.title = `${heading.textContent} — pwflow example`;
  return screen;
}
