// German (de). Formal address (Sie), as German account and banking screens use it; the words
// German products use ("E-Mail-Adresse", "Passwort", "anmelden", "Link", "Spam-Ordner"); German
// quotation marks and "z. B." with a no-break space. Keys and placeholders: ../messages.ts.
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
  'common.sending': 'Wird gesendet\u00a0…',
  'common.problem': 'Es ist ein Problem aufgetreten',
  'common.spam': 'Nichts gefunden? Sehen Sie auch im Spam-Ordner nach.',

  'forgot.title': 'Passwort vergessen?',
  'forgot.intro': 'Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort festlegen können.',
  'forgot.submit': 'Link senden',
  'forgot.sentTitle': 'Sehen Sie in Ihrem Posteingang nach',
  'forgot.sent': 'Wenn zu {email} ein Konto besteht, haben wir eine E-Mail mit einem Link zum Festlegen eines neuen Passworts dorthin gesendet. Der Link ist nur kurze Zeit gültig.',
  'forgot.sentEarlier': 'Wir haben gerade eine E-Mail an {email} gesendet. Darin finden Sie den Link.',
  'forgot.wait': 'In {time} können Sie eine weitere E-Mail anfordern.',
  'forgot.ready': 'Keine E-Mail erhalten? Sie können jetzt eine weitere anfordern.',
  'forgot.resend': 'E-Mail erneut senden',
  'forgot.resent': 'Wir haben eine weitere E-Mail an {email} gesendet.',
  'forgot.otherEmail': 'Andere E-Mail-Adresse verwenden',

  'reset.title': 'Neues Passwort festlegen',
  'reset.password': 'Neues Passwort',
  'reset.confirm': 'Neues Passwort wiederholen',
  'reset.rulesTitle': 'Anforderungen an Ihr neues Passwort:',
  'reset.ruleMet': 'erfüllt',
  'reset.ruleUnmet': 'noch nicht erfüllt',
  'reset.stillNeeded': 'Es fehlt noch: {rules}.',
  'reset.allMet': 'Ihr Passwort erfüllt alle Anforderungen.',
  'reset.submit': 'Passwort ändern',
  'reset.saving': 'Wird gespeichert\u00a0…',
  'reset.doneTitle': 'Ihr Passwort wurde geändert',
  'reset.done': 'Sie können sich jetzt mit Ihrem neuen Passwort anmelden.',

  'change.title': 'Passwort ändern',
  'change.intro': 'Wir senden Ihnen einen Link per E-Mail. Öffnen Sie ihn, um ein neues Passwort festzulegen.',
  'change.submit': 'Link anfordern',
  'change.sentTitle': 'Sehen Sie in Ihrem Posteingang nach',
  'change.sent': 'Wir haben eine E-Mail an {email} gesendet. Über den Link darin können Sie Ihr Passwort ändern.',

  'link.missingTitle': 'Für diese Seite brauchen Sie den Link aus Ihrer E-Mail',
  'link.missing': 'Öffnen Sie den Link in der E-Mail zum Zurücksetzen des Passworts noch einmal oder fordern Sie einen neuen an.',
  'link.malformedTitle': 'Dieser Link ist unvollständig',
  'link.malformed': 'Der Link wurde beim Kopieren vielleicht gekürzt oder verändert. Öffnen Sie ihn noch einmal aus der E-Mail oder fordern Sie einen neuen an.',
  'link.expiredTitle': 'Dieser Link ist abgelaufen',
  'link.expired': 'Aus Sicherheitsgründen sind Links zum Zurücksetzen des Passworts nur kurze Zeit gültig. Wir können Ihnen einen neuen senden.',
  'link.usedTitle': 'Dieser Link wurde bereits verwendet',
  'link.used': 'Jeder Link funktioniert nur einmal. Wenn Sie Ihr Passwort gerade geändert haben, können Sie sich damit anmelden. Andernfalls fordern Sie einen neuen Link an.',
  'link.invalidTitle': 'Dieser Link funktioniert nicht',
  'link.invalid': 'Wir konnten diesen Link nicht lesen, daher wurde Ihr Passwort nicht geändert. Fordern Sie einen neuen Link an.',
  'link.newLink': 'Neuen Link anfordern',

  'rule.minLength': { one: 'Mindestens {count} Zeichen', other: 'Mindestens {count} Zeichen' },
  'rule.uppercase': 'Ein Großbuchstabe (A–Z)',
  'rule.lowercase': 'Ein Kleinbuchstabe (a–z)',
  'rule.digit': 'Eine Ziffer (0–9)',
  'rule.special': 'Ein Sonderzeichen, z.\u00a0B. ! ? # oder -',
  'rule.breached': {
    one: 'Dieses Passwort ist bei einem Datenleck bekannt geworden, Angreifer könnten es also ausprobieren. Wählen Sie ein anderes.',
    other: 'Dieses Passwort ist bei {count} Datenlecks bekannt geworden, Angreifer könnten es also ausprobieren. Wählen Sie ein anderes.',
  },

  'field.emailMissing': 'Geben Sie Ihre E-Mail-Adresse ein.',
  'field.emailInvalid': 'Geben Sie eine gültige E-Mail-Adresse ein, z.\u00a0B. name@example.com.',
  'field.passwordMissing': 'Geben Sie ein neues Passwort ein.',
  'field.passwordRules': 'Ihr neues Passwort erfüllt noch nicht alle Anforderungen unten.',
  'field.passwordRefused': 'Der Server hat dieses Passwort nicht angenommen. Wählen Sie ein anderes.',
  'field.confirmMissing': 'Geben Sie das neue Passwort noch einmal ein.',
  'field.mismatch': 'Die Passwörter stimmen nicht überein.',

  'password.show': 'Anzeigen',
  'password.hide': 'Ausblenden',
  'password.showPassword': 'Passwort anzeigen',
  'password.hidePassword': 'Passwort ausblenden',
  'password.showConfirm': 'Passwortwiederholung anzeigen',
  'password.hideConfirm': 'Passwortwiederholung ausblenden',
  'password.shown': 'Ihr Passwort ist sichtbar.',
  'password.hidden': 'Ihr Passwort ist ausgeblendet.',

  'time.seconds': { one: '{count}\u00a0Sekunde', other: '{count}\u00a0Sekunden' },
  'time.minutes': { one: '{count}\u00a0Minute', other: '{count}\u00a0Minuten' },
  'time.minutesSeconds': '{minutes} und {seconds}',
  'time.moment': 'einen Moment',

  'error.INVALID_REQUEST': 'Der Server hat die Eingabe nicht angenommen. Prüfen Sie Ihre Angaben und versuchen Sie es erneut.',
  'error.PASSWORD_RESET_TOKEN_EXPIRED': 'Dieser Link ist abgelaufen. Fordern Sie einen neuen an.',
  'error.PASSWORD_RESET_TOKEN_INVALID': 'Dieser Link wurde bereits verwendet oder ist ungültig. Fordern Sie einen neuen an.',
  'error.PASSWORD_RESET_TOKEN_MISSING': 'Für diese Seite brauchen Sie den Link aus der E-Mail zum Zurücksetzen des Passworts.',
  'error.USER_NOT_FOUND': 'Zu diesem Link gibt es kein Konto. Vielleicht wurde es gelöscht, nachdem die E-Mail gesendet wurde.',
  'error.EMAIL_COOLDOWN_ACTIVE': 'Wir haben gerade eine E-Mail an diese Adresse gesendet. Bitte warten Sie {time}, bevor Sie eine weitere anfordern.',
  'error.IP_RATE_LIMIT_EXCEEDED': 'Zu viele Versuche aus Ihrem Netzwerk. Bitte warten Sie {time} und versuchen Sie es dann erneut.',
  'error.PASSWORD_RESET_TOKEN_SECRET_FAILURE': 'Wir konnten diesen Link nicht lesen. Ihr Passwort wurde nicht geändert. Fordern Sie einen neuen Link an.',
  'error.DATABASE_FAILURE': 'Bei uns ist ein Fehler aufgetreten. Es wurde nichts geändert. Bitte versuchen Sie es in ein paar Minuten erneut.',
  'error.HASH_FAILURE': 'Bei uns ist ein Fehler aufgetreten. Ihr Passwort wurde nicht geändert. Bitte versuchen Sie es in ein paar Minuten erneut.',
  'error.POST_COMMIT_SIDE_EFFECT_FAILURE': 'Wir konnten Sie auf Ihren anderen Geräten nicht abmelden. Wenn Sie vermuten, dass jemand Ihr altes Passwort kennt, melden Sie sich dort ebenfalls ab.',
  'error.EMAIL_SEND_FAILURE': 'Die E-Mail konnte gerade nicht gesendet werden. Bitte versuchen Sie es in ein paar Minuten erneut.',
  'error.EMAIL_TEMPLATE_FAILURE': 'Die E-Mail konnte gerade nicht erstellt werden. Bitte versuchen Sie es in ein paar Minuten erneut.',
  'error.EMAIL_AUTHENTICATION_FAILURE': 'Die E-Mail konnte gerade nicht gesendet werden. Bitte versuchen Sie es in ein paar Minuten erneut.',
  'error.EMAIL_COOLDOWN_CACHE_FAILURE': 'Die E-Mail konnte gerade nicht gesendet werden. Bitte versuchen Sie es in ein paar Minuten erneut.',
  'error.PASSWORD_RESET_TOKEN_CREATION_FAILURE': 'Der Link zum Zurücksetzen konnte gerade nicht erstellt werden. Bitte versuchen Sie es in ein paar Minuten erneut.',
  'error.EMAIL_DISABLED': 'Das Zurücksetzen des Passworts per E-Mail ist derzeit deaktiviert. Bitte wenden Sie sich an den Support.',
  'error.invalid_parameter': 'Der Server hat die Anfrage nicht angenommen. Prüfen Sie die E-Mail-Adresse und versuchen Sie es erneut.',
  'error.bad.connection': 'Diese Anmeldemethode ist auf dem Server nicht eingerichtet. Es wurde keine E-Mail gesendet.',
  'error.unauthorized_client': 'Diese App darf keine Passwörter ändern. Es wurde keine E-Mail gesendet.',
  'error.password is not allowed': 'Dieser Server nimmt hier kein neues Passwort an, sondern sendet stattdessen einen Link per E-Mail.',
  'error.too_many_requests': 'Zu viele Versuche. Bitte warten Sie {time} und versuchen Sie es dann erneut.',
  'error.invalid_configuration': 'Diese Seite ist nicht richtig eingerichtet. Bitte wenden Sie sich an den Support.',
  'error.invalid_request': 'Prüfen Sie Ihre Angaben und versuchen Sie es erneut.',
  'error.network_error': 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'error.timeout': 'Der Server hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.',
  'error.aborted': 'Die Anfrage wurde abgebrochen. Bitte versuchen Sie es erneut.',
  'error.invalid_response': 'Die Antwort des Servers ist für diese Seite unverständlich. Bitte versuchen Sie es gleich noch einmal.',
  'error.server_error': 'Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es in ein paar Minuten erneut.',
  'error.request_failed': 'Der Server hat die Anfrage abgelehnt. Bitte versuchen Sie es erneut oder wenden Sie sich an den Support, falls das Problem bestehen bleibt.',
  'error.unknown': 'Ein Fehler ist aufgetreten. Bitte versuchen Sie es erneut.',
};

export default de;
