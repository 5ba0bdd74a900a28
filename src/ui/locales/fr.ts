// French (fr). Vouvoiement; "adresse e-mail", "mot de passe", "se connecter", "courriers
// indésirables". Typography of the Imprimerie nationale: a narrow no-break space (U+202F) before
// ; ! ?, a no-break space (U+00A0) before : and between a number and its unit, « » for quotes,
// ’ for the apostrophe. Keys and placeholders: ../messages.ts.
import type { Messages } from '../messages';

/**
 * The French messages of `pwflow/ui`.
 *
 * @example
 * ```ts
 * import fr from 'pwflow/ui/locales/fr';
 *
 * console.log(fr['forgot.title']); // "Mot de passe oublié ?"
 * ```
 */
const fr: Messages = {
  'common.email': 'Adresse e-mail',
  'common.busy': 'Veuillez patienter…',
  'common.intro': 'Nous vous enverrons par e-mail un lien pour choisir un nouveau mot de passe.',
  'common.inbox': 'Consultez votre boîte de réception',
  'common.spam': 'Rien reçu\u202f? Vérifiez vos courriers indésirables.',

  'forgot.title': 'Mot de passe oublié\u202f?',
  'forgot.submit': 'Envoyer le lien',
  'forgot.sent': 'Si {email} correspond à un compte, nous y avons envoyé un lien.',
  'forgot.sentEarlier': 'Nous venons d’envoyer un lien à {email}.',
  'forgot.wait': 'Vous pourrez demander un nouvel e-mail dans {time}.',
  'forgot.ready': 'Vous pouvez maintenant demander un nouvel e-mail.',
  'forgot.resend': 'Renvoyer un e-mail',
  'forgot.resent': 'Nous avons envoyé un nouvel e-mail à {email}.',
  'forgot.otherEmail': 'Utiliser une autre adresse e-mail',

  'reset.title': 'Choisissez un nouveau mot de passe',
  'reset.password': 'Nouveau mot de passe',
  'reset.confirm': 'Confirmer le nouveau mot de passe',
  'reset.rulesTitle': 'Votre mot de passe doit contenir\u00a0:',
  'reset.ruleMet': 'critère rempli',
  'reset.ruleUnmet': 'critère non rempli',
  'reset.stillNeeded': 'Il manque encore\u00a0: {rules}.',
  'reset.allMet': 'Votre mot de passe remplit tous les critères.',
  'reset.submit': 'Modifier le mot de passe',
  'reset.doneTitle': 'Votre mot de passe a été modifié',
  'reset.done': 'Vous pouvez maintenant vous connecter avec votre nouveau mot de passe.',
  'reset.sessions': 'Nous n’avons pas pu vous déconnecter de vos autres appareils. Veuillez vous y déconnecter vous-même.',

  'change.title': 'Modifier votre mot de passe',
  'change.submit': 'Recevoir un lien par e-mail',
  'change.sent': 'Nous avons envoyé un lien à {email}.',

  'link.reopen': 'Rouvrez le lien reçu par e-mail, ou demandez-en un nouveau.',
  'link.missingTitle': 'Cette page nécessite le lien reçu par e-mail',
  'link.malformedTitle': 'Ce lien est incomplet',
  'link.expiredTitle': 'Ce lien a expiré',
  'link.expired': 'Pour votre sécurité, les liens ne sont valables que peu de temps.',
  'link.usedTitle': 'Ce lien a déjà été utilisé',
  'link.used': 'Si vous venez de changer votre mot de passe, connectez-vous avec celui-ci.',
  'link.invalidTitle': 'Ce lien ne fonctionne pas',
  'link.invalid': 'Votre mot de passe n’a pas été modifié.',
  'link.newLink': 'Demander un nouveau lien',

  'rule.minLength': { one: 'Au moins {count}\u00a0caractère', other: 'Au moins {count}\u00a0caractères' },
  'rule.uppercase': 'Une majuscule (A–Z)',
  'rule.lowercase': 'Une minuscule (a–z)',
  'rule.digit': 'Un chiffre (0–9)',
  'rule.special': 'Un caractère spécial comme\u00a0!\u00a0?\u00a0#\u00a0ou\u00a0-',
  'rule.breached': {
    one: 'Ce mot de passe figure dans une fuite de données. Choisissez-en un autre.',
    other: 'Ce mot de passe figure dans {count}\u00a0fuites de données. Choisissez-en un autre.',
  },

  'field.emailMissing': 'Saisissez votre adresse e-mail.',
  'field.emailInvalid': 'Saisissez une adresse e-mail comme nom@example.com.',
  'field.passwordMissing': 'Saisissez un nouveau mot de passe.',
  'field.passwordRules': 'Votre mot de passe ne remplit pas tous les critères.',
  'field.passwordRefused': 'Ce mot de passe a été refusé. Choisissez-en un autre.',
  'field.confirmMissing': 'Confirmez votre nouveau mot de passe.',
  'field.mismatch': 'Les mots de passe ne correspondent pas.',

  'password.show': 'Afficher',
  'password.hide': 'Masquer',
  'password.showField': 'Afficher «\u00a0{field}\u00a0»',
  'password.hideField': 'Masquer «\u00a0{field}\u00a0»',
  'password.shown': 'Votre mot de passe est affiché.',
  'password.hidden': 'Votre mot de passe est masqué.',

  'time.seconds': { one: '{count}\u00a0seconde', other: '{count}\u00a0secondes' },
  'time.minutes': { one: '{count}\u00a0minute', other: '{count}\u00a0minutes' },
  'time.moment': 'un instant',

  'error.cooldown': 'Nous venons d’envoyer un e-mail. Veuillez patienter {time}.',
  'error.tooMany': 'Trop de tentatives. Veuillez patienter {time} avant de réessayer.',
  'error.server': 'Un problème est survenu de notre côté. Veuillez réessayer plus tard.',
  'error.support': 'Ce service est indisponible pour le moment. Veuillez contacter l’assistance.',
  'error.network': 'Impossible de joindre le serveur. Vérifiez votre connexion Internet et réessayez.',
  'error.unknown': 'Une erreur s’est produite. Veuillez réessayer.',
};

export default fr;
