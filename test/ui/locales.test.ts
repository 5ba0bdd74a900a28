// @vitest-environment node
// The locale files of pwflow/ui against the English catalogue (src/ui/messages.ts): the same keys
// in the same order, the same {placeholders}, plural objects where English has them with the forms
// the language's Intl.PluralRules uses, no message left in English, and each language's own
// punctuation. tsc already refuses a missing key; this also catches a message that was copied
// instead of translated, a placeholder lost or renamed, and French or Japanese typography slips.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { english } from '../../src/ui/messages';
import type { Messages } from '../../src/ui/messages';
import de from '../../src/ui/locales/de';
import es from '../../src/ui/locales/es';
import fr from '../../src/ui/locales/fr';
import ja from '../../src/ui/locales/ja';
import ptBR from '../../src/ui/locales/pt-BR';

const LOCALES: [tag: string, messages: Messages][] = [
  ['de', de],
  ['fr', fr],
  ['es', es],
  ['pt-BR', ptBR],
  ['ja', ja],
];

it('covers every locale file in src/ui/locales (a new one is added to LOCALES above)', () => {
  const files = readdirSync(new URL('../../src/ui/locales/', import.meta.url)).filter((file) => file.endsWith('.ts'));
  expect(files.map((file) => file.slice(0, -3)).sort()).toEqual(LOCALES.map(([tag]) => tag).sort());
});

type Key = keyof Messages;
const KEYS = Object.keys(english) as Key[];

/** Every text of a message: the string, or each plural form with its category. */
function forms(message: Messages[Key]): [form: string, text: string][] {
  return typeof message === 'string' ? [['', message]] : Object.entries(message).filter((entry): entry is [string, string] => entry[1] !== undefined);
}

const name = (key: string, form: string) => (form ? `${key}.${form}` : key);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();

/** The words of a text with what is never translated taken out: placeholders, `code`, email addresses. */
const words = (text: string) => text.replace(/\{\w+\}|`[^`]*`|\S+@\S+/g, ' ');

/**
 * English words that must not survive in a translation. Loanwords the languages really use are left
 * out on purpose: "Link", "Server", "App", "Support", "Spam", "Internet", "E-Mail"/"e-mail" (never
 * written "email" in de, fr, es or pt-BR), and "minute(s)" and "moment", which are also German and French.
 */
const ENGLISH = /\b(the|and|your|you|please|password|passwords|email|try|again|sign|not|this|we|can|could|new|send|sent|check|enter|ask|change|choose|wait|seconds?|invalid|expired|something|went|wrong)\b/i;

describe.each(LOCALES)('locale %s', (tag, messages) => {
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;

  it('has exactly the English keys, in the same order', () => {
    expect(Object.keys(messages)).toEqual(KEYS);
  });

  it('keeps every {placeholder} of each English message, and adds none', () => {
    for (const key of KEYS) {
      const source = english[key];
      if (typeof source === 'string') {
        expect(placeholders(messages[key] as string), key).toEqual(placeholders(source));
        continue;
      }
      // The `other` form has every placeholder; a singular may leave out the number ("one second").
      const allowed = new Set(forms(source).flatMap(([, text]) => placeholders(text)));
      for (const [form, text] of forms(messages[key])) {
        if (form === 'other') expect(placeholders(text), name(key, form)).toEqual(placeholders(source.other));
        expect(placeholders(text).filter((placeholder) => !allowed.has(placeholder)), name(key, form)).toEqual([]);
      }
    }
  });

  it('has no stray braces (a placeholder typed wrong would show as text)', () => {
    for (const key of KEYS) {
      for (const [form, text] of forms(messages[key])) expect(text.replace(/\{\w+\}/g, ''), name(key, form)).not.toMatch(/[{}]/);
    }
  });

  it(`gives each plural the forms Intl.PluralRules('${tag}') picks: one (if the language has it) and other`, () => {
    const expected = ['one', 'other'].filter((category) => categories.includes(category as Intl.LDMLPluralRule));
    for (const key of KEYS) {
      const message = messages[key];
      if (typeof english[key] === 'string') {
        expect(typeof message, key).toBe('string');
        continue;
      }
      expect(typeof message, key).toBe('object');
      expect(Object.keys(message).sort(), key).toEqual(expected);
    }
  });

  it('translates every message (none is the English text)', () => {
    for (const key of KEYS) {
      const source = forms(english[key]);
      for (const [form, text] of forms(messages[key])) {
        expect(text, name(key, form)).toMatch(/\S/);
        // A message of placeholders and punctuation only has nothing to translate.
        if (/\p{L}/u.test(words(text))) expect(text, name(key, form)).not.toBe(source.find(([f]) => f === form)?.[1] ?? source.at(-1)![1]);
      }
    }
  });

  it('has no English words left', () => {
    for (const key of KEYS) {
      for (const [form, text] of forms(messages[key])) expect(words(text), name(key, form)).not.toMatch(ENGLISH);
    }
  });

  it('uses typographic quotes, apostrophes and ellipses', () => {
    for (const key of KEYS) {
      for (const [form, text] of forms(messages[key])) expect(words(text), name(key, form)).not.toMatch(/["']|\.\.\./);
    }
  });
});

describe('French typography', () => {
  // A no-break space before : ; ! ? and inside « », so the sign never starts a line; narrow
  // (U+202F) before ; ! ?, full (U+00A0) before : — the Imprimerie nationale's rule.
  it('puts a no-break space, never a plain one or none, before : ; ! ? and inside « »', () => {
    for (const key of KEYS) {
      for (const [form, text] of forms(fr[key])) {
        expect(text, name(key, form)).not.toMatch(/[^\u00a0\u202f][;!?»]|[^\u00a0]:|«[^\u00a0\u202f]/);
      }
    }
  });
});

describe('Spanish punctuation', () => {
  it('opens every question with ¿ and every exclamation with ¡', () => {
    const count = (text: string, sign: string) => text.split(sign).length - 1;
    for (const key of KEYS) {
      // rule.special lists the characters ! and ? themselves.
      if (key === 'rule.special') continue;
      for (const [form, text] of forms(es[key])) {
        expect([count(text, '¿'), count(text, '¡')], name(key, form)).toEqual([count(text, '?'), count(text, '!')]);
      }
    }
  });
});

describe('Japanese typography', () => {
  const JAPANESE = '[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}ー、。「」（）：？]';

  it('has no Latin-script words (A〜Z alone is a range, not a word)', () => {
    for (const key of KEYS) {
      for (const [form, text] of forms(ja[key])) expect(words(text), name(key, form)).not.toMatch(/[A-Za-z]{2,}/);
    }
  });

  it('uses full-width punctuation and puts no space between Japanese words', () => {
    for (const key of KEYS) {
      for (const [form, text] of forms(ja[key])) {
        // rule.special lists the ASCII characters the rule counts.
        if (key !== 'rule.special') expect(words(text), name(key, form)).not.toMatch(/[,.:;!?()]/);
        expect(text, name(key, form)).not.toMatch(new RegExp(`${JAPANESE}\\s${JAPANESE}`, 'u'));
      }
    }
  });
});
