// Which catalogue a screen speaks, and how a message becomes text: the registered locales, the
// fallback pt-BR → pt → English, `{name}` placeholders and plurals.
import { english, type Messages, type Plural } from './messages';

const registered = new Map<string, Partial<Messages>>();

/**
 * Makes a locale's messages available to every screen mounted afterwards with `locale: tag`.
 * The script-tag files `dist/locales/<tag>.js` call it themselves; with a bundler, import the
 * locale and register it (an unused locale is never bundled). A locale may leave keys out:
 * the screen takes them from the locale's language (`pt` for `pt-BR`), then from English.
 * Registering a tag again replaces its messages.
 *
 * @example
 * ```ts
 * import { mountForgotPassword, registerLocale } from 'pwflow/ui';
 * import de from 'pwflow/ui/locales/de';
 *
 * registerLocale('de', de);
 * mountForgotPassword('#app', { webAuth, locale: 'de' });
 * ```
 */
export function registerLocale(tag: string, messages: Partial<Messages>): void {
  registered.set(tag.toLowerCase(), messages);
}

/** What a placeholder is filled with: text, a number (written the locale's way) or a DOM node. */
export type Value = string | number | Node;

/** A screen's words: the merged catalogue and the functions that turn a key into text. */
export interface Text {
  /** The tag the catalogue came from (`de` for `de-AT` when only `de` is registered), for `lang`. */
  lang: string;
  /** The message `key` as text, placeholders filled in (a plural chosen by `values.count`). */
  t(key: keyof Messages, values?: Record<string, string | number>): string;
  /** The same as pieces, so that a placeholder can be a node (an address in `<strong>`). */
  parts(key: keyof Messages, values: Record<string, Value>): (string | Node)[];
  /** A wait as words: "42 seconds", "1 minute, 5 seconds", "a moment" when unknown. */
  wait(seconds: number | undefined): string;
  /** Items joined the language's way: "A, B, and C" (or as units: "1 minute, 5 seconds"). */
  list(items: string[], type?: 'conjunction' | 'unit'): string;
}

/**
 * The catalogue for `locale`: English, under the registered language (`pt`), under the registered
 * tag (`pt-BR`), under the screen's own `messages`.
 */
export function text(locale: string | undefined, overrides: Partial<Messages> = {}): Text {
  const tag = (locale ?? '').toLowerCase();
  const language = tag.split('-')[0]!;
  const messages: Messages = { ...english, ...registered.get(language), ...(tag !== language && registered.get(tag)) };
  Object.assign(messages, overrides);
  const lang = registered.has(tag) ? locale! : registered.has(language) ? language : 'en';
  const plurals = new Intl.PluralRules(lang);

  const parts = (key: keyof Messages, values: Record<string, Value> = {}) => {
    let message: string | Plural = messages[key];
    if (typeof message !== 'string') {
      const count = Number(values.count);
      message = (plurals.select(count) === 'one' && message.one) || message.other;
    }
    return message.split(/\{(\w+)\}/).map((piece, i) => {
      if (i % 2 === 0) return piece;
      const value = values[piece];
      return value === undefined ? `{${piece}}` : typeof value === 'number' ? value.toLocaleString(lang) : value;
    });
  };
  const t = (key: keyof Messages, values?: Record<string, string | number>) => parts(key, values).join('');
  const list = (items: string[], type: 'conjunction' | 'unit' = 'conjunction') => new Intl.ListFormat(lang, { type }).format(items);

  return {
    lang,
    t,
    parts,
    wait(seconds) {
      if (!(Number(seconds) > 0)) return t('time.moment');
      const whole = Math.ceil(seconds!);
      const minutes = Math.floor(whole / 60);
      const rest = whole % 60;
      if (!minutes) return t('time.seconds', { count: rest });
      const inMinutes = t('time.minutes', { count: minutes });
      return rest ? list([inMinutes, t('time.seconds', { count: rest })], 'unit') : inMinutes;
    },
    list,
  };
}
