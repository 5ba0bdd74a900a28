// The examples' language: `?lang=` in the address, else the first of the browser's languages that
// pwflow/ui ships, else English. The page loads that locale's script (it registers itself with
// `pwflow.ui`) and shows a switcher that reloads the page in another language. Used by the
// script-tag pages and the SPA alike.

/** The locales pwflow/ui ships, each named in its own language (English is built in). */
export const LANGUAGES = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  ja: '日本語',
};

/** The address the page was opened at, read before any screen takes a token out of it. */
export const opened = location.href;

/** "Language", in each of them: the switcher's label. */
const LABEL = { en: 'Language', de: 'Sprache', fr: 'Langue', es: 'Idioma', 'pt-BR': 'Idioma', ja: '言語' };

/** The tag we ship for `wanted` (`de-AT` → `de`, `pt` → `pt-BR`), or undefined. */
function supported(wanted) {
  if (!wanted) return undefined;
  const tags = Object.keys(LANGUAGES);
  const exact = tags.find((tag) => tag.toLowerCase() === wanted.toLowerCase());
  if (exact) return exact;
  const language = wanted.split('-')[0].toLowerCase();
  return tags.find((tag) => tag.split('-')[0].toLowerCase() === language);
}

/** The page's language: `?lang=`, else the browser's languages, else `en`. */
export function pickLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  for (const wanted of [asked, ...navigator.languages]) {
    const tag = supported(wanted);
    if (tag) return tag;
  }
  return 'en';
}

/**
 * Loads `/dist/locales/<tag>.js` after pwflow-ui.min.js (it registers the locale itself). A
 * `<script src>` from our own origin, added from a module: allowed by `script-src 'self'`.
 */
export function loadLocale(tag, base = '/dist/') {
  if (tag === 'en') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `${base}locales/${tag}.js`;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${script.src}`)));
    document.head.append(script);
  });
}

/**
 * A labelled `<select>` of the languages; choosing one reloads the page at `href()` (default: as it
 * was opened, so that a reset link's token, already taken out of the address bar, comes back with
 * it) with `?lang=` set.
 */
export function languageSwitcher(current, href = () => opened) {
  const id = 'language';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = LABEL[current] ?? LABEL.en;
  const select = document.createElement('select');
  select.id = id;
  for (const [tag, name] of Object.entries(LANGUAGES)) {
    const option = new Option(name, tag, false, tag === current);
    option.lang = tag;
    select.append(option);
  }
  select.addEventListener('change', () => {
    const url = new URL(href());
    url.searchParams.set('lang', select.value);
    location.replace(url);
  });
  const wrapper = document.createElement('span');
  wrapper.className = 'language';
  wrapper.append(label, select);
  return wrapper;
}

/** "Sign in", in each language: the demo's next step once a password is changed. */
const SIGN_IN = { en: 'Sign in', de: 'Anmelden', fr: 'Se connecter', es: 'Iniciar sesión', 'pt-BR': 'Entrar', ja: 'ログイン' };

/**
 * A paragraph with a link to the demo's sign-in page, in the page's language: what the reset
 * screens' `onDone` adds below "Your password has been changed", so the next step is one click.
 */
export function signInLink(current) {
  const link = document.createElement('a');
  link.href = '/sign-in.html';
  link.className = 'pwflow-button';
  link.textContent = SIGN_IN[current] ?? SIGN_IN.en;
  const paragraph = document.createElement('p');
  paragraph.append(link);
  return paragraph;
}
