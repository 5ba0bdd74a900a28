// French (fr). Vouvoiement; "adresse e-mail", "mot de passe", "se connecter", "courrier
// indésirable". Typography of the Imprimerie nationale: a narrow no-break space (U+202F) before
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
  'common.sending': 'Envoi en cours…',
  'common.problem': 'Un problème est survenu',
  'common.spam': 'Vous ne le trouvez pas\u202f? Vérifiez votre dossier de courrier indésirable (spam).',

  'forgot.title': 'Mot de passe oublié\u202f?',
  'forgot.intro': 'Saisissez l’adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.',
  'forgot.submit': 'Envoyer le lien',
  'forgot.sentTitle': 'Consultez votre boîte de réception',
  'forgot.sent': 'Si un compte est associé à {email}, nous y avons envoyé un e-mail contenant un lien pour choisir un nouveau mot de passe. Ce lien n’est valable que peu de temps.',
  'forgot.sentEarlier': 'Nous venons d’envoyer un e-mail à {email}. Vous y trouverez le lien.',
  'forgot.wait': 'Vous pourrez demander un nouvel e-mail dans {time}.',
  'forgot.ready': 'Vous n’avez rien reçu\u202f? Vous pouvez maintenant demander un nouvel e-mail.',
  'forgot.resend': 'Renvoyer un e-mail',
  'forgot.resent': 'Nous avons envoyé un nouvel e-mail à {email}.',
  'forgot.otherEmail': 'Utiliser une autre adresse e-mail',

  'reset.title': 'Choisissez un nouveau mot de passe',
  'reset.password': 'Nouveau mot de passe',
  'reset.confirm': 'Confirmer le nouveau mot de passe',
  'reset.rulesTitle': 'Votre nouveau mot de passe doit contenir\u00a0:',
  'reset.ruleMet': 'critère rempli',
  'reset.ruleUnmet': 'critère non rempli',
  'reset.stillNeeded': 'Il manque encore\u00a0: {rules}.',
  'reset.allMet': 'Votre mot de passe remplit tous les critères.',
  'reset.submit': 'Modifier le mot de passe',
  'reset.saving': 'Enregistrement…',
  'reset.doneTitle': 'Votre mot de passe a été modifié',
  'reset.done': 'Vous pouvez maintenant vous connecter avec votre nouveau mot de passe.',

  'change.title': 'Modifier votre mot de passe',
  'change.intro': 'Nous allons vous envoyer un lien par e-mail. Ouvrez-le pour définir un nouveau mot de passe.',
  'change.submit': 'Recevoir le lien par e-mail',
  'change.sentTitle': 'Consultez votre boîte de réception',
  'change.sent': 'Nous avons envoyé à {email} un e-mail contenant un lien pour modifier votre mot de passe.',

  'link.missingTitle': 'Cette page nécessite le lien reçu par e-mail',
  'link.missing': 'Ouvrez à nouveau le lien de l’e-mail de réinitialisation, ou demandez-en un nouveau.',
  'link.malformedTitle': 'Ce lien est incomplet',
  'link.malformed': 'Le lien a peut-être été tronqué ou modifié lors du copier-coller. Ouvrez-le à nouveau depuis l’e-mail, ou demandez-en un nouveau.',
  'link.expiredTitle': 'Ce lien a expiré',
  'link.expired': 'Pour votre sécurité, les liens de réinitialisation ne sont valables que peu de temps. Nous pouvons vous en envoyer un nouveau.',
  'link.usedTitle': 'Ce lien a déjà été utilisé',
  'link.used': 'Chaque lien ne sert qu’une fois. Si vous venez de changer votre mot de passe, vous pouvez vous connecter avec. Sinon, demandez un nouveau lien.',
  'link.invalidTitle': 'Ce lien ne fonctionne pas',
  'link.invalid': 'Nous n’avons pas pu lire ce lien\u202f; votre mot de passe n’a donc pas été modifié. Demandez un nouveau lien.',
  'link.newLink': 'Demander un nouveau lien',

  'rule.minLength': { one: 'Au moins {count}\u00a0caractère', other: 'Au moins {count}\u00a0caractères' },
  'rule.uppercase': 'Une majuscule (A–Z)',
  'rule.lowercase': 'Une minuscule (a–z)',
  'rule.digit': 'Un chiffre (0–9)',
  'rule.special': 'Un caractère spécial, par exemple\u00a0!\u00a0?\u00a0#\u00a0ou\u00a0-',
  'rule.breached': {
    one: 'Ce mot de passe figure dans une fuite de données connue\u00a0: des pirates peuvent l’essayer. Choisissez-en un autre.',
    other: 'Ce mot de passe figure dans {count}\u00a0fuites de données connues\u00a0: des pirates peuvent l’essayer. Choisissez-en un autre.',
  },

  'field.emailMissing': 'Saisissez votre adresse e-mail.',
  'field.emailInvalid': 'Saisissez une adresse e-mail valide, par exemple nom@example.com.',
  'field.passwordMissing': 'Saisissez un nouveau mot de passe.',
  'field.passwordRules': 'Votre nouveau mot de passe ne remplit pas tous les critères ci-dessous.',
  'field.passwordRefused': 'Le serveur a refusé ce mot de passe. Choisissez-en un autre.',
  'field.confirmMissing': 'Saisissez à nouveau le nouveau mot de passe.',
  'field.mismatch': 'Les mots de passe ne correspondent pas.',

  'password.show': 'Afficher',
  'password.hide': 'Masquer',
  'password.showPassword': 'Afficher le mot de passe',
  'password.hidePassword': 'Masquer le mot de passe',
  'password.showConfirm': 'Afficher la confirmation du mot de passe',
  'password.hideConfirm': 'Masquer la confirmation du mot de passe',
  'password.shown': 'Votre mot de passe est affiché.',
  'password.hidden': 'Votre mot de passe est masqué.',

  'time.seconds': { one: '{count}\u00a0seconde', other: '{count}\u00a0secondes' },
  'time.minutes': { one: '{count}\u00a0minute', other: '{count}\u00a0minutes' },
  'time.minutesSeconds': '{minutes} et {seconds}',
  'time.moment': 'un instant',

  'error.INVALID_REQUEST': 'Le serveur a refusé ces informations. Vérifiez votre saisie et réessayez.',
  'error.PASSWORD_RESET_TOKEN_EXPIRED': 'Ce lien a expiré. Demandez-en un nouveau.',
  'error.PASSWORD_RESET_TOKEN_INVALID': 'Ce lien a déjà été utilisé ou n’est pas valide. Demandez-en un nouveau.',
  'error.PASSWORD_RESET_TOKEN_MISSING': 'Cette page nécessite le lien de l’e-mail de réinitialisation du mot de passe.',
  'error.USER_NOT_FOUND': 'Aucun compte ne correspond à ce lien. Il a peut-être été supprimé depuis l’envoi de l’e-mail.',
  'error.EMAIL_COOLDOWN_ACTIVE': 'Nous venons d’envoyer un e-mail à cette adresse. Veuillez patienter {time} avant d’en demander un autre.',
  'error.IP_RATE_LIMIT_EXCEEDED': 'Trop de tentatives depuis votre réseau. Veuillez patienter {time} avant de réessayer.',
  'error.PASSWORD_RESET_TOKEN_SECRET_FAILURE': 'Nous n’avons pas pu lire ce lien. Votre mot de passe n’a pas été modifié. Demandez un nouveau lien.',
  'error.DATABASE_FAILURE': 'Un problème est survenu de notre côté. Aucune modification n’a été faite. Veuillez réessayer dans quelques minutes.',
  'error.HASH_FAILURE': 'Un problème est survenu de notre côté. Votre mot de passe n’a pas été modifié. Veuillez réessayer dans quelques minutes.',
  'error.POST_COMMIT_SIDE_EFFECT_FAILURE': 'Nous n’avons pas pu vous déconnecter de vos autres appareils. Si vous pensez que quelqu’un connaît votre ancien mot de passe, déconnectez-vous aussi sur ces appareils.',
  'error.EMAIL_SEND_FAILURE': 'Nous n’avons pas pu envoyer l’e-mail pour le moment. Veuillez réessayer dans quelques minutes.',
  'error.EMAIL_TEMPLATE_FAILURE': 'Nous n’avons pas pu préparer l’e-mail pour le moment. Veuillez réessayer dans quelques minutes.',
  'error.EMAIL_AUTHENTICATION_FAILURE': 'Nous n’avons pas pu envoyer l’e-mail pour le moment. Veuillez réessayer dans quelques minutes.',
  'error.EMAIL_COOLDOWN_CACHE_FAILURE': 'Nous n’avons pas pu envoyer l’e-mail pour le moment. Veuillez réessayer dans quelques minutes.',
  'error.PASSWORD_RESET_TOKEN_CREATION_FAILURE': 'Nous n’avons pas pu créer de lien de réinitialisation pour le moment. Veuillez réessayer dans quelques minutes.',
  'error.EMAIL_DISABLED': 'La réinitialisation du mot de passe par e-mail est désactivée pour le moment. Veuillez contacter l’assistance.',
  'error.invalid_parameter': 'Le serveur a refusé cette demande. Vérifiez l’adresse e-mail et réessayez.',
  'error.bad.connection': 'Cette méthode de connexion n’est pas configurée sur le serveur. Aucun e-mail n’a été envoyé.',
  'error.unauthorized_client': 'Cette application n’est pas autorisée à modifier les mots de passe. Aucun e-mail n’a été envoyé.',
  'error.password is not allowed': 'Ce serveur n’accepte pas de nouveau mot de passe ici\u202f; il envoie plutôt un lien par e-mail.',
  'error.too_many_requests': 'Trop de tentatives. Veuillez patienter {time} avant de réessayer.',
  'error.invalid_configuration': 'Cette page n’est pas configurée correctement. Veuillez contacter l’assistance.',
  'error.invalid_request': 'Vérifiez votre saisie et réessayez.',
  'error.network_error': 'Impossible de joindre le serveur. Vérifiez votre connexion Internet et réessayez.',
  'error.timeout': 'Le serveur a mis trop de temps à répondre. Veuillez réessayer.',
  'error.aborted': 'La demande a été annulée. Veuillez réessayer.',
  'error.invalid_response': 'Le serveur a envoyé une réponse que cette page ne comprend pas. Veuillez réessayer dans un instant.',
  'error.server_error': 'Un problème est survenu de notre côté. Veuillez réessayer dans quelques minutes.',
  'error.request_failed': 'Le serveur a refusé la demande. Veuillez réessayer, ou contactez l’assistance si le problème persiste.',
  'error.unknown': 'Une erreur s’est produite. Veuillez réessayer.',
};

export default fr;
