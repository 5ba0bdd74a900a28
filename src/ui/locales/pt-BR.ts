// Brazilian Portuguese (pt-BR). "Você" with the possessive without article ("sua senha"), as
// Brazilian apps write it; "e-mail", "senha", "entrar", "link", "Digite" for typing into a field.
// Keys and placeholders: ../messages.ts.
import type { Messages } from '../messages';

/**
 * The Brazilian Portuguese messages of `pwflow/ui`.
 *
 * @example
 * ```ts
 * import ptBR from 'pwflow/ui/locales/pt-BR';
 *
 * console.log(ptBR['forgot.title']); // "Esqueceu sua senha?"
 * ```
 */
const ptBR: Messages = {
  'common.email': 'E-mail',
  'common.busy': 'Aguarde…',
  'common.intro': 'Enviaremos por e-mail um link para você criar uma nova senha.',
  'common.inbox': 'Confira sua caixa de entrada',
  'common.spam': 'Não encontrou? Verifique a pasta de spam.',

  'forgot.title': 'Esqueceu sua senha?',
  'forgot.submit': 'Enviar link',
  'forgot.sent': 'Se {email} tiver uma conta, enviamos um link para esse endereço.',
  'forgot.sentEarlier': 'Enviamos um link para {email} há pouco.',
  'forgot.wait': 'Você poderá pedir outro e-mail em {time}.',
  'forgot.ready': 'Você já pode pedir outro e-mail.',
  'forgot.resend': 'Enviar outro e-mail',
  'forgot.resent': 'Enviamos outro e-mail para {email}.',
  'forgot.otherEmail': 'Usar outro e-mail',

  'reset.title': 'Crie uma nova senha',
  'reset.password': 'Nova senha',
  'reset.confirm': 'Confirme a nova senha',
  'reset.rulesTitle': 'Sua senha precisa ter:',
  'reset.ruleMet': 'requisito atendido',
  'reset.ruleUnmet': 'pendente',
  'reset.stillNeeded': 'Requisitos pendentes: {rules}.',
  'reset.allMet': 'Sua senha atende a todos os requisitos.',
  'reset.submit': 'Alterar senha',
  'reset.doneTitle': 'Sua senha foi alterada',
  'reset.done': 'Você já pode entrar com sua nova senha.',
  'reset.sessions': 'Não foi possível encerrar sua sessão nos outros dispositivos. Saia da conta neles manualmente.',

  'change.title': 'Alterar senha',
  'change.submit': 'Receber link por e-mail',
  'change.sent': 'Enviamos um link para {email}.',

  'link.reopen': 'Abra de novo o link do e-mail ou peça um novo.',
  'link.missingTitle': 'Para abrir esta página, use o link do e-mail',
  'link.malformedTitle': 'Este link está incompleto',
  'link.expiredTitle': 'Este link expirou',
  'link.expired': 'Por segurança, os links valem por pouco tempo.',
  'link.usedTitle': 'Este link já foi usado',
  'link.used': 'Se você acabou de alterar sua senha, entre com ela.',
  'link.invalidTitle': 'Este link não funciona',
  'link.invalid': 'Sua senha não foi alterada.',
  'link.newLink': 'Pedir um novo link',

  'rule.minLength': { one: 'Pelo menos {count}\u00a0caractere', other: 'Pelo menos {count}\u00a0caracteres' },
  'rule.uppercase': 'Uma letra maiúscula (A–Z)',
  'rule.lowercase': 'Uma letra minúscula (a–z)',
  'rule.digit': 'Um número (0–9)',
  'rule.special': 'Um caractere especial, como ! ? # ou -',
  'rule.breached': {
    one: 'Esta senha apareceu em um vazamento de dados. Escolha outra.',
    other: 'Esta senha apareceu em {count}\u00a0vazamentos de dados. Escolha outra.',
  },

  'field.emailMissing': 'Digite seu e-mail.',
  'field.emailInvalid': 'Digite um e-mail como nome@example.com.',
  'field.passwordMissing': 'Digite uma nova senha.',
  'field.passwordRules': 'Sua senha não atende a todos os requisitos.',
  'field.passwordRefused': 'Esta senha foi recusada. Escolha outra.',
  'field.confirmMissing': 'Digite a nova senha mais uma vez.',
  'field.mismatch': 'As senhas não são iguais.',

  'password.show': 'Mostrar',
  'password.hide': 'Ocultar',
  'password.showField': 'Mostrar “{field}”',
  'password.hideField': 'Ocultar “{field}”',
  'password.shown': 'Sua senha está visível.',
  'password.hidden': 'Sua senha está oculta.',

  'time.seconds': { one: '{count}\u00a0segundo', other: '{count}\u00a0segundos' },
  'time.minutes': { one: '{count}\u00a0minuto', other: '{count}\u00a0minutos' },
  'time.moment': 'um instante',

  'error.cooldown': 'Enviamos um e-mail há pouco. Aguarde {time}.',
  'error.tooMany': 'Muitas tentativas. Aguarde {time} e tente de novo.',
  'error.server': 'Ocorreu um erro do nosso lado. Tente de novo mais tarde.',
  'error.support': 'Este recurso não está disponível no momento. Entre em contato com o suporte.',
  'error.network': 'Não foi possível conectar ao servidor. Verifique sua conexão com a internet e tente de novo.',
  'error.unknown': 'Algo deu errado. Tente de novo.',
};

export default ptBR;
