// Spanish (es). Tú, as Google's and Apple's Spanish screens use it ("Introduce", "Revisa"), with
// the perfect tense and words of Spain's product copy ("¿Has olvidado…?", "correo electrónico",
// "iniciar sesión") and no regional slang; ¿…? and ¡…! opened and closed, « » for quotes.
// Keys and placeholders: ../messages.ts.
import type { Messages } from '../messages';

/**
 * The Spanish messages of `pwflow/ui`.
 *
 * @example
 * ```ts
 * import es from 'pwflow/ui/locales/es';
 *
 * console.log(es['forgot.title']); // "¿Has olvidado tu contraseña?"
 * ```
 */
const es: Messages = {
  'common.email': 'Correo electrónico',
  'common.sending': 'Enviando…',
  'common.problem': 'Se ha producido un problema',
  'common.spam': '¿No lo encuentras? Revisa la carpeta de spam o de correo no deseado.',

  'forgot.title': '¿Has olvidado tu contraseña?',
  'forgot.intro': 'Introduce el correo electrónico de tu cuenta. Te enviaremos un enlace para elegir una contraseña nueva.',
  'forgot.submit': 'Enviar enlace',
  'forgot.sentTitle': 'Revisa tu bandeja de entrada',
  'forgot.sent': 'Si {email} corresponde a una cuenta, hemos enviado a esa dirección un correo con un enlace para elegir una contraseña nueva. El enlace solo es válido durante poco tiempo.',
  'forgot.sentEarlier': 'Hace un momento te hemos enviado un correo a {email}. Busca el enlace en ese correo.',
  'forgot.wait': 'Podrás solicitar otro correo dentro de {time}.',
  'forgot.ready': '¿No te ha llegado? Ya puedes solicitar otro correo.',
  'forgot.resend': 'Enviar otro correo',
  'forgot.resent': 'Te hemos enviado otro correo a {email}.',
  'forgot.otherEmail': 'Usar otro correo electrónico',

  'reset.title': 'Elige una contraseña nueva',
  'reset.password': 'Contraseña nueva',
  'reset.confirm': 'Confirmar contraseña nueva',
  'reset.rulesTitle': 'Tu contraseña nueva debe tener:',
  'reset.ruleMet': 'requisito cumplido',
  'reset.ruleUnmet': 'pendiente',
  'reset.stillNeeded': 'Requisitos pendientes: {rules}.',
  'reset.allMet': 'Tu contraseña cumple todos los requisitos.',
  'reset.submit': 'Cambiar contraseña',
  'reset.saving': 'Guardando…',
  'reset.doneTitle': 'Se ha cambiado tu contraseña',
  'reset.done': 'Ya puedes iniciar sesión con tu contraseña nueva.',

  'change.title': 'Cambiar contraseña',
  'change.intro': 'Te enviaremos un enlace por correo. Ábrelo para establecer una contraseña nueva.',
  'change.submit': 'Enviarme el enlace',
  'change.sentTitle': 'Revisa tu bandeja de entrada',
  'change.sent': 'Te hemos enviado un correo a {email} con un enlace para cambiar la contraseña.',

  'link.missingTitle': 'Para abrir esta página necesitas el enlace del correo',
  'link.missing': 'Vuelve a abrir el enlace del correo para restablecer la contraseña o solicita uno nuevo.',
  'link.malformedTitle': 'Este enlace está incompleto',
  'link.malformed': 'Puede que el enlace se haya cortado o modificado al copiarlo. Vuelve a abrirlo desde el correo o solicita uno nuevo.',
  'link.expiredTitle': 'Este enlace ha caducado',
  'link.expired': 'Por tu seguridad, los enlaces para restablecer la contraseña solo son válidos durante poco tiempo. Podemos enviarte uno nuevo.',
  'link.usedTitle': 'Este enlace ya se ha usado',
  'link.used': 'Cada enlace solo funciona una vez. Si acabas de cambiar la contraseña, ya puedes iniciar sesión con ella. Si no, solicita un enlace nuevo.',
  'link.invalidTitle': 'Este enlace no funciona',
  'link.invalid': 'No hemos podido leer este enlace, así que tu contraseña no se ha cambiado. Solicita un enlace nuevo.',
  'link.newLink': 'Solicitar un enlace nuevo',

  'rule.minLength': { one: 'Al menos {count}\u00a0carácter', other: 'Al menos {count}\u00a0caracteres' },
  'rule.uppercase': 'Una letra mayúscula (A–Z)',
  'rule.lowercase': 'Una letra minúscula (a–z)',
  'rule.digit': 'Un número (0–9)',
  'rule.special': 'Un carácter especial, como ! ? # o -',
  'rule.breached': {
    one: 'Esta contraseña ha aparecido en una filtración de datos, así que los atacantes podrían probarla. Elige otra.',
    other: 'Esta contraseña ha aparecido en {count}\u00a0filtraciones de datos, así que los atacantes podrían probarla. Elige otra.',
  },

  'field.emailMissing': 'Introduce tu correo electrónico.',
  'field.emailInvalid': 'Introduce un correo electrónico válido, como nombre@example.com.',
  'field.passwordMissing': 'Introduce una contraseña nueva.',
  'field.passwordRules': 'Tu contraseña nueva no cumple todos los requisitos indicados abajo.',
  'field.passwordRefused': 'El servidor no ha aceptado esta contraseña. Elige otra.',
  'field.confirmMissing': 'Vuelve a introducir la contraseña nueva.',
  'field.mismatch': 'Las contraseñas no coinciden.',

  'password.show': 'Mostrar',
  'password.hide': 'Ocultar',
  'password.showPassword': 'Mostrar contraseña',
  'password.hidePassword': 'Ocultar contraseña',
  'password.showConfirm': 'Mostrar la confirmación de la contraseña',
  'password.hideConfirm': 'Ocultar la confirmación de la contraseña',
  'password.shown': 'La contraseña está visible.',
  'password.hidden': 'La contraseña está oculta.',

  'time.seconds': { one: '{count}\u00a0segundo', other: '{count}\u00a0segundos' },
  'time.minutes': { one: '{count}\u00a0minuto', other: '{count}\u00a0minutos' },
  'time.minutesSeconds': '{minutes} y {seconds}',
  'time.moment': 'un momento',

  'error.INVALID_REQUEST': 'El servidor no ha aceptado los datos. Revisa lo que has introducido y vuelve a intentarlo.',
  'error.PASSWORD_RESET_TOKEN_EXPIRED': 'Este enlace ha caducado. Solicita uno nuevo.',
  'error.PASSWORD_RESET_TOKEN_INVALID': 'Este enlace ya se ha usado o no es válido. Solicita uno nuevo.',
  'error.PASSWORD_RESET_TOKEN_MISSING': 'Para abrir esta página necesitas el enlace del correo para restablecer la contraseña.',
  'error.USER_NOT_FOUND': 'No hemos encontrado la cuenta asociada a este enlace. Puede que se haya eliminado después de enviar el correo.',
  'error.EMAIL_COOLDOWN_ACTIVE': 'Hace un momento hemos enviado un correo a esta dirección. Espera {time} antes de solicitar otro.',
  'error.IP_RATE_LIMIT_EXCEEDED': 'Demasiados intentos desde tu red. Espera {time} y vuelve a intentarlo.',
  'error.PASSWORD_RESET_TOKEN_SECRET_FAILURE': 'No hemos podido leer este enlace. Tu contraseña no se ha cambiado. Solicita un enlace nuevo.',
  'error.DATABASE_FAILURE': 'Algo ha fallado por nuestra parte. No se ha cambiado nada. Vuelve a intentarlo dentro de unos minutos.',
  'error.HASH_FAILURE': 'Algo ha fallado por nuestra parte. Tu contraseña no se ha cambiado. Vuelve a intentarlo dentro de unos minutos.',
  'error.POST_COMMIT_SIDE_EFFECT_FAILURE': 'No hemos podido cerrar tu sesión en tus otros dispositivos. Si crees que alguien conoce tu contraseña anterior, cierra la sesión también en ellos.',
  'error.EMAIL_SEND_FAILURE': 'Ahora mismo no podemos enviar el correo. Vuelve a intentarlo dentro de unos minutos.',
  'error.EMAIL_TEMPLATE_FAILURE': 'Ahora mismo no podemos preparar el correo. Vuelve a intentarlo dentro de unos minutos.',
  'error.EMAIL_AUTHENTICATION_FAILURE': 'Ahora mismo no podemos enviar el correo. Vuelve a intentarlo dentro de unos minutos.',
  'error.EMAIL_COOLDOWN_CACHE_FAILURE': 'Ahora mismo no podemos enviar el correo. Vuelve a intentarlo dentro de unos minutos.',
  'error.PASSWORD_RESET_TOKEN_CREATION_FAILURE': 'Ahora mismo no podemos crear el enlace para restablecer la contraseña. Vuelve a intentarlo dentro de unos minutos.',
  'error.EMAIL_DISABLED': 'El restablecimiento de contraseña por correo está desactivado en este momento. Ponte en contacto con el servicio de asistencia.',
  'error.invalid_parameter': 'El servidor no ha aceptado esta solicitud. Revisa el correo electrónico y vuelve a intentarlo.',
  'error.bad.connection': 'Este método de inicio de sesión no está configurado en el servidor. No se ha enviado ningún correo.',
  'error.unauthorized_client': 'Esta aplicación no tiene permiso para cambiar contraseñas. No se ha enviado ningún correo.',
  'error.password is not allowed': 'Este servidor no acepta aquí una contraseña nueva; en su lugar, envía un enlace por correo.',
  'error.too_many_requests': 'Demasiados intentos. Espera {time} y vuelve a intentarlo.',
  'error.invalid_configuration': 'Esta página no está bien configurada. Ponte en contacto con el servicio de asistencia.',
  'error.invalid_request': 'Revisa lo que has introducido y vuelve a intentarlo.',
  'error.network_error': 'No se puede conectar con el servidor. Comprueba tu conexión a Internet y vuelve a intentarlo.',
  'error.timeout': 'El servidor ha tardado demasiado en responder. Vuelve a intentarlo.',
  'error.aborted': 'Se ha cancelado la solicitud. Vuelve a intentarlo.',
  'error.invalid_response': 'El servidor ha enviado una respuesta que esta página no entiende. Vuelve a intentarlo en un momento.',
  'error.server_error': 'Algo ha fallado por nuestra parte. Vuelve a intentarlo dentro de unos minutos.',
  'error.request_failed': 'El servidor ha rechazado la solicitud. Vuelve a intentarlo o, si el problema continúa, ponte en contacto con el servicio de asistencia.',
  'error.unknown': 'Algo ha fallado. Vuelve a intentarlo.',
};

export default es;
