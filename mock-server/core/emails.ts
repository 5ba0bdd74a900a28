/** The emails the server "sends": English and German templates, and the reset link. */
import type { SentEmail, SentEmailKind } from './types';

type Lang = 'en' | 'de';
interface Facts {
  to: string;
  link?: string;
  /** How long the link works, in words: "15 minutes", "1 Minute", "30 seconds". */
  lifetime: string;
}

const TEMPLATES: Record<Lang, Record<SentEmailKind, (f: Facts) => { subject: string; text: string }>> = {
  en: {
    reset: (f) => ({
      subject: 'Reset your password',
      text: `Hello,\n\nsomeone asked to reset the password of the account ${f.to}. Choose a new password here:\n\n${f.link}\n\nThe link works once and expires in ${f.lifetime}. If you did not ask for this, ignore this email: your password stays as it is.`,
    }),
    'change-password': (f) => ({
      subject: 'Change your password',
      text: `Hello,\n\nwe received a request to change the password of ${f.to}. Choose a new password here:\n\n${f.link}\n\nThe link works once and expires in ${f.lifetime}. If you did not ask for this, ignore this email.`,
    }),
    'no-account': (f) => ({
      subject: 'Password reset requested',
      text: `Hello,\n\nsomeone asked to reset the password for ${f.to}, but there is no account with this address. If it was you, perhaps you signed up with another address. Otherwise ignore this email.`,
    }),
    'password-changed': (f) => ({
      subject: 'Your password was changed',
      text: `Hello,\n\nthe password of ${f.to} was just changed and every session was signed out. If this was not you, reset your password at once and contact support.`,
    }),
  },
  de: {
    reset: (f) => ({
      subject: 'Passwort zurücksetzen',
      text: `Hallo,\n\njemand möchte das Passwort des Kontos ${f.to} zurücksetzen. Hier wählen Sie ein neues Passwort:\n\n${f.link}\n\nDer Link gilt einmal und läuft in ${f.lifetime} ab. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.`,
    }),
    'change-password': (f) => ({
      subject: 'Passwort ändern',
      text: `Hallo,\n\nwir haben eine Anfrage erhalten, das Passwort von ${f.to} zu ändern. Hier wählen Sie ein neues Passwort:\n\n${f.link}\n\nDer Link gilt einmal und läuft in ${f.lifetime} ab. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.`,
    }),
    'no-account': (f) => ({
      subject: 'Passwort-Zurücksetzung angefordert',
      text: `Hallo,\n\njemand möchte das Passwort für ${f.to} zurücksetzen, aber mit dieser Adresse gibt es kein Konto. Falls Sie das waren, haben Sie sich vielleicht mit einer anderen Adresse registriert. Sonst ignorieren Sie diese E-Mail.`,
    }),
    'password-changed': (f) => ({
      subject: 'Ihr Passwort wurde geändert',
      text: `Hallo,\n\ndas Passwort von ${f.to} wurde soeben geändert und alle Sitzungen wurden beendet. Falls Sie das nicht waren, setzen Sie Ihr Passwort sofort zurück und wenden Sie sich an den Support.`,
    }),
  },
};

/** `de`, `de-DE`, `de_DE`, `DE-at` → German; anything else (or nothing) → English. */
export function emailLocale(tag: string | null | undefined): Lang {
  return /^de(?:[-_]|$)/i.test(tag?.trim() ?? '') ? 'de' : 'en';
}

/** The reset link: `?token=` on the app URL, or inside a hash route (`#/reset-password?token=`). */
export function resetLink(appUrl: string, token: string): string {
  const url = new URL(appUrl);
  if (url.hash.length > 1) {
    url.hash = `${url.hash.slice(1)}${url.hash.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
  } else {
    url.searchParams.set('token', token);
  }
  return url.href;
}

const UNITS: Record<Lang, { second: [string, string]; minute: [string, string] }> = {
  en: { second: ['second', 'seconds'], minute: ['minute', 'minutes'] },
  de: { second: ['Sekunde', 'Sekunden'], minute: ['Minute', 'Minuten'] },
};

/** A token's lifetime in words: whole minutes from a minute up (rounded down: never longer than it is), else seconds. */
export function lifetime(lang: Lang, seconds: number): string {
  const [count, unit] = seconds < 60 ? [Math.max(1, Math.round(seconds)), 'second' as const] : [Math.floor(seconds / 60), 'minute' as const];
  return `${count} ${UNITS[lang][unit][count === 1 ? 0 : 1]}`;
}

/** Renders one email. */
export function renderEmail(
  kind: SentEmailKind,
  lang: Lang,
  facts: { to: string; link?: string; token?: string; tokenTtl: number; nowMs: number },
): SentEmail {
  const { subject, text } = TEMPLATES[lang][kind]({ to: facts.to, link: facts.link, lifetime: lifetime(lang, facts.tokenTtl) });
  const email: SentEmail = { to: facts.to, kind, locale: lang, subject, text, sentAt: new Date(facts.nowMs).toISOString() };
  if (facts.link !== undefined) email.link = facts.link;
  if (facts.token !== undefined) email.token = facts.token;
  return email;
}
