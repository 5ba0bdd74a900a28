// German (de). Formal address (Sie), as German account and banking screens use it; the words
// German products use ("E-Mail-Adresse", "Passwort", "anmelden", "Link", "Spam-Ordner"); a
// no-break space between a number and its unit and before "…". Rule labels are nominative
// ("Ein Großbuchstabe"), so they read right both in the checklist and inside reset.stillNeeded.
// Keys and placeholders: ../messages.ts.
import type { Messages } from '../messages';

/**
 * The German messages of `pwflow/ui`.
 *
 * @example
 * ```ts
 * import de from 'pwflow/ui/locales/de';
 *
 * console.log(de['forgot.title']); // "Passwort vergessen?"
 * ```
 */
const de: Messages = {
  'common.email': 'E-Mail-Adresse',
  'common.busy': 'Bitte warten\u00a0…',
  'common.intro': 'Sie erhalten per E-Mail einen Link, um ein neues Passwort festzulegen.',
  'common.inbox': 'Prüfen Sie Ihren Posteingang',
  'common.spam': 'Nichts gefunden? Sehen Sie im Spam-Ordner nach.',

  'forgot.title': 'Passwort vergessen?',
  'forgot.submit': 'Link senden',
  'forgot.sent': 'Falls zu {email} ein Konto besteht, haben wir einen Link dorthin gesendet.',
  'forgot.sentEarlier': 'Wir haben gerade einen Link an {email} gesendet.',
  'forgot.wait': 'In {time} können Sie eine weitere E-Mail anfordern.',
  'forgot.ready': 'Sie können jetzt eine weitere E-Mail anfordern.',
  'forgot.resend': 'E-Mail erneut senden',
  'forgot.resent': 'Wir haben eine weitere E-Mail an {email} gesendet.',
  'forgot.otherEmail': 'Andere E-Mail-Adresse verwenden',

  'reset.title': 'Neues Passwort festlegen',
  'reset.password': 'Neues Passwort',
  'reset.confirm': 'Neues Passwort (Wiederholung)',
  'reset.rulesTitle': 'Anforderungen an Ihr Passwort:',
  'reset.ruleMet': 'erfüllt',
  'reset.ruleUnmet': 'noch offen',
  'reset.stillNeeded': 'Noch offen: {rules}.',
  'reset.allMet': 'Ihr Passwort erfüllt alle Anforderungen.',
  'reset.submit': 'Passwort ändern',
  'reset.doneTitle': 'Ihr Passwort wurde geändert',
  'reset.done': 'Sie können sich jetzt mit dem neuen Passwort anmelden.',
  'reset.sessions': 'Wir konnten Sie auf Ihren anderen Geräten nicht abmelden. Bitte melden Sie sich dort selbst ab.',

  'change.title': 'Passwort ändern',
  'change.submit': 'Link anfordern',
  'change.sent': 'Wir haben einen Link an {email} gesendet.',

  'link.reopen': 'Öffnen Sie den Link aus der E-Mail erneut oder fordern Sie einen neuen an.',
  'link.missingTitle': 'Für diese Seite brauchen Sie den Link aus Ihrer E-Mail',
  'link.malformedTitle': 'Dieser Link ist unvollständig',
  'link.expiredTitle': 'Dieser Link ist abgelaufen',
  'link.expired': 'Aus Sicherheitsgründen sind Links nur kurze Zeit gültig.',
  'link.usedTitle': 'Dieser Link wurde bereits verwendet',
  'link.used': 'Wenn Sie Ihr Passwort gerade geändert haben, melden Sie sich damit an.',
  'link.invalidTitle': 'Dieser Link funktioniert nicht',
  'link.invalid': 'Ihr Passwort wurde nicht geändert.',
  'link.newLink': 'Neuen Link anfordern',

  'rule.minLength': { one: 'Mindestens {count}\u00a0Zeichen', other: 'Mindestens {count}\u00a0Zeichen' },
  'rule.uppercase': 'Ein Großbuchstabe (A–Z)',
  'rule.lowercase': 'Ein Kleinbuchstabe (a–z)',
  'rule.digit': 'Eine Ziffer (0–9)',
  'rule.special': 'Ein Sonderzeichen wie ! ? # oder -',
  'rule.breached': {
    one: 'Dieses Passwort ist aus einem Datenleck bekannt. Wählen Sie ein anderes.',
    other: 'Dieses Passwort ist aus {count}\u00a0Datenlecks bekannt. Wählen Sie ein anderes.',
  },

  'field.emailMissing': 'Geben Sie Ihre E-Mail-Adresse ein.',
  'field.emailInvalid': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'field.passwordMissing': 'Geben Sie ein neues Passwort ein.',
  'field.passwordRules': 'Ihr Passwort erfüllt nicht alle Anforderungen.',
  'field.passwordRefused': 'Dieses Passwort wurde abgelehnt. Wählen Sie ein anderes.',
  'field.confirmMissing': 'Geben Sie das neue Passwort noch einmal ein.',
  'field.mismatch': 'Die Passwörter stimmen nicht überein.',

  'password.show': 'Anzeigen',
  'password.hide': 'Ausblenden',
  'password.showField': '{field} anzeigen',
  'password.hideField': '{field} ausblenden',
  'password.shown': 'Ihr Passwort ist sichtbar.',
  'password.hidden': 'Ihr Passwort ist ausgeblendet.',

  'time.seconds': { one: '{count}\u00a0Sekunde', other: '{count}\u00a0Sekunden' },
  'time.minutes': { one: '{count}\u00a0Minute', other: '{count}\u00a0Minuten' },
  'time.moment': 'einen Moment',

  'error.cooldown': 'Wir haben gerade eine E-Mail gesendet. Bitte warten Sie {time}.',
  'error.tooMany': 'Zu viele Versuche. Bitte warten Sie {time} und versuchen Sie es dann erneut.',
  'error.server': 'Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
  'error.support': 'Diese Funktion ist derzeit nicht verfügbar. Bitte wenden Sie sich an den Support.',
  'error.network': 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'error.unknown': 'Ein Fehler ist aufgetreten. Bitte versuchen Sie es erneut.',
};

export default de;
