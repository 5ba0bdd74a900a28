// Spanish (es). Tú, as Google's and Apple's Spanish screens use it ("Introduce", "Revisa"), with
// the perfect tense and words of Spain's product copy ("¿Has olvidado…?", "correo electrónico",
// "iniciar sesión") and no regional slang; ¿…? opened and closed. Keys and placeholders:
// ../messages.ts.
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
  'common.busy': 'Un momento…',
  'common.intro': 'Te enviaremos por correo un enlace para elegir una contraseña nueva.',
  'common.inbox': 'Revisa tu bandeja de entrada',
  'common.spam': '¿No lo encuentras? Revisa la carpeta de spam.',

  'forgot.title': '¿Has olvidado tu contraseña?',
  'forgot.submit': 'Enviar enlace',
  'forgot.sent': 'Si {email} corresponde a una cuenta, hemos enviado un enlace a esa dirección.',
  'forgot.sentEarlier': 'Hace un momento hemos enviado un enlace a {email}.',
  'forgot.wait': 'Podrás solicitar otro correo dentro de {time}.',
  'forgot.ready': 'Ya puedes solicitar otro correo.',
  'forgot.resend': 'Enviar otro correo',
  'forgot.resent': 'Hemos enviado otro correo a {email}.',
  'forgot.otherEmail': 'Usar otro correo electrónico',

  'reset.title': 'Elige una contraseña nueva',
  'reset.password': 'Contraseña nueva',
  'reset.confirm': 'Confirmar contraseña nueva',
  'reset.rulesTitle': 'Tu contraseña debe tener:',
  'reset.ruleMet': 'requisito cumplido',
  'reset.ruleUnmet': 'pendiente',
  'reset.stillNeeded': 'Requisitos pendientes: {rules}.',
  'reset.allMet': 'Tu contraseña cumple todos los requisitos.',
  'reset.submit': 'Cambiar contraseña',
  'reset.doneTitle': 'Se ha cambiado tu contraseña',
  'reset.done': 'Ya puedes iniciar sesión con tu contraseña nueva.',
  'reset.sessions': 'No hemos podido cerrar tu sesión en tus otros dispositivos. Ciérrala manualmente en ellos.',

  'change.title': 'Cambiar contraseña',
  'change.submit': 'Enviarme un enlace',
  'change.sent': 'Hemos enviado un enlace a {email}.',

  'link.reopen': 'Vuelve a abrir el enlace del correo o solicita uno nuevo.',
  'link.missingTitle': 'Para abrir esta página necesitas el enlace del correo',
  'link.malformedTitle': 'Este enlace está incompleto',
  'link.expiredTitle': 'Este enlace ha caducado',
  'link.expired': 'Por seguridad, los enlaces solo son válidos durante poco tiempo.',
  'link.usedTitle': 'Este enlace ya se ha usado',
  'link.used': 'Si acabas de cambiar la contraseña, inicia sesión con ella.',
  'link.invalidTitle': 'Este enlace no funciona',
  'link.invalid': 'Tu contraseña no se ha cambiado.',
  'link.newLink': 'Solicitar un enlace nuevo',

  'rule.minLength': { one: 'Al menos {count}\u00a0carácter', other: 'Al menos {count}\u00a0caracteres' },
  'rule.uppercase': 'Una letra mayúscula (A–Z)',
  'rule.lowercase': 'Una letra minúscula (a–z)',
  'rule.digit': 'Un número (0–9)',
  'rule.special': 'Un carácter especial, como ! ? # o -',
  'rule.breached': {
    one: 'Esta contraseña ha aparecido en una filtración de datos. Elige otra.',
    other: 'Esta contraseña ha aparecido en {count}\u00a0filtraciones de datos. Elige otra.',
  },

  'field.emailMissing': 'Introduce tu correo electrónico.',
  'field.emailInvalid': 'Introduce un correo electrónico como nombre@example.com.',
  'field.passwordMissing': 'Introduce una contraseña nueva.',
  'field.passwordRules': 'Tu contraseña no cumple todos los requisitos.',
  'field.passwordRefused': 'Se ha rechazado esta contraseña. Elige otra.',
  'field.confirmMissing': 'Vuelve a introducir la contraseña nueva.',
  'field.mismatch': 'Las contraseñas no coinciden.',

  'password.show': 'Mostrar',
  'password.hide': 'Ocultar',
  'password.showField': 'Mostrar «{field}»',
  'password.hideField': 'Ocultar «{field}»',
  'password.shown': 'La contraseña está visible.',
  'password.hidden': 'La contraseña está oculta.',

  'time.seconds': { one: '{count}\u00a0segundo', other: '{count}\u00a0segundos' },
  'time.minutes': { one: '{count}\u00a0minuto', other: '{count}\u00a0minutos' },
  'time.moment': 'un momento',

  'error.cooldown': 'Acabamos de enviarte un correo. Espera {time}.',
  'error.tooMany': 'Demasiados intentos. Espera {time} y vuelve a intentarlo.',
  'error.server': 'Algo ha fallado por nuestra parte. Vuelve a intentarlo más tarde.',
  'error.support': 'Esta función no está disponible en este momento. Ponte en contacto con el servicio de asistencia.',
  'error.network': 'No se puede conectar con el servidor. Comprueba tu conexión a Internet y vuelve a intentarlo.',
  'error.unknown': 'Algo ha fallado. Vuelve a intentarlo.',
};

export default es;
