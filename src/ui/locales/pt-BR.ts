// Brazilian Portuguese (pt-BR). "Você" with the possessive without article ("sua senha"), as
// Brazilian apps write it; "e-mail", "senha", "entrar", "link", "lixo eletrônico"; "Digite" for
// typing into a field. Keys and placeholders: ../messages.ts.
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
  'common.sending': 'Enviando…',
  'common.problem': 'Ocorreu um problema',
  'common.spam': 'Não encontrou? Verifique a pasta de spam ou lixo eletrônico.',

  'forgot.title': 'Esqueceu sua senha?',
  'forgot.intro': 'Digite o e-mail da sua conta. Vamos enviar um link para você criar uma nova senha.',
  'forgot.submit': 'Enviar link',
  'forgot.sentTitle': 'Confira sua caixa de entrada',
  'forgot.sent': 'Se existir uma conta com o e-mail {email}, enviamos para esse endereço uma mensagem com um link para criar uma nova senha. O link vale por pouco tempo.',
  'forgot.sentEarlier': 'Enviamos um e-mail para {email} há pouco. Procure o link nessa mensagem.',
  'forgot.wait': 'Você poderá pedir outro e-mail em {time}.',
  'forgot.ready': 'Não recebeu? Você já pode pedir outro e-mail.',
  'forgot.resend': 'Enviar outro e-mail',
  'forgot.resent': 'Enviamos outro e-mail para {email}.',
  'forgot.otherEmail': 'Usar outro e-mail',

  'reset.title': 'Crie uma nova senha',
  'reset.password': 'Nova senha',
  'reset.confirm': 'Confirme a nova senha',
  'reset.rulesTitle': 'Sua nova senha precisa ter:',
  'reset.ruleMet': 'requisito atendido',
  'reset.ruleUnmet': 'pendente',
  'reset.stillNeeded': 'Requisitos pendentes: {rules}.',
  'reset.allMet': 'Sua senha atende a todos os requisitos.',
  'reset.submit': 'Alterar senha',
  'reset.saving': 'Salvando…',
  'reset.doneTitle': 'Sua senha foi alterada',
  'reset.done': 'Você já pode entrar com sua nova senha.',

  'change.title': 'Alterar senha',
  'change.intro': 'Vamos enviar um link para seu e-mail. Abra o link para definir uma nova senha.',
  'change.submit': 'Receber link por e-mail',
  'change.sentTitle': 'Confira sua caixa de entrada',
  'change.sent': 'Enviamos para {email} uma mensagem com um link para alterar sua senha.',

  'link.missingTitle': 'Para abrir esta página, use o link do e-mail',
  'link.missing': 'Abra de novo o link do e-mail de redefinição de senha ou peça um novo.',
  'link.malformedTitle': 'Este link está incompleto',
  'link.malformed': 'O link pode ter sido cortado ou alterado ao ser copiado. Abra de novo o link no e-mail ou peça um novo.',
  'link.expiredTitle': 'Este link expirou',
  'link.expired': 'Por segurança, os links de redefinição de senha valem por pouco tempo. Podemos enviar um novo para você.',
  'link.usedTitle': 'Este link já foi usado',
  'link.used': 'Cada link só funciona uma vez. Se você acabou de alterar sua senha, já pode entrar com ela. Se não, peça um novo link.',
  'link.invalidTitle': 'Este link não funciona',
  'link.invalid': 'Não foi possível ler este link, por isso sua senha não foi alterada. Peça um novo link.',
  'link.newLink': 'Pedir um novo link',

  'rule.minLength': { one: 'Pelo menos {count}\u00a0caractere', other: 'Pelo menos {count}\u00a0caracteres' },
  'rule.uppercase': 'Uma letra maiúscula (A–Z)',
  'rule.lowercase': 'Uma letra minúscula (a–z)',
  'rule.digit': 'Um número (0–9)',
  'rule.special': 'Um caractere especial, como ! ? # ou -',
  'rule.breached': {
    one: 'Esta senha apareceu em um vazamento de dados, então pode ser testada por invasores. Escolha outra.',
    other: 'Esta senha apareceu em {count}\u00a0vazamentos de dados, então pode ser testada por invasores. Escolha outra.',
  },

  'field.emailMissing': 'Digite seu e-mail.',
  'field.emailInvalid': 'Digite um e-mail válido, como nome@example.com.',
  'field.passwordMissing': 'Digite uma nova senha.',
  'field.passwordRules': 'Sua nova senha não atende a todos os requisitos abaixo.',
  'field.passwordRefused': 'O servidor não aceitou esta senha. Escolha outra.',
  'field.confirmMissing': 'Digite a nova senha mais uma vez.',
  'field.mismatch': 'As senhas não são iguais.',

  'password.show': 'Mostrar',
  'password.hide': 'Ocultar',
  'password.showPassword': 'Mostrar senha',
  'password.hidePassword': 'Ocultar senha',
  'password.showConfirm': 'Mostrar confirmação de senha',
  'password.hideConfirm': 'Ocultar confirmação de senha',
  'password.shown': 'Sua senha está visível.',
  'password.hidden': 'Sua senha está oculta.',

  'time.seconds': { one: '{count}\u00a0segundo', other: '{count}\u00a0segundos' },
  'time.minutes': { one: '{count}\u00a0minuto', other: '{count}\u00a0minutos' },
  'time.minutesSeconds': '{minutes} e {seconds}',
  'time.moment': 'um instante',

  'error.INVALID_REQUEST': 'O servidor não aceitou os dados. Confira o que você digitou e tente de novo.',
  'error.PASSWORD_RESET_TOKEN_EXPIRED': 'Este link expirou. Peça um novo.',
  'error.PASSWORD_RESET_TOKEN_INVALID': 'Este link já foi usado ou é inválido. Peça um novo.',
  'error.PASSWORD_RESET_TOKEN_MISSING': 'Para abrir esta página, use o link do e-mail de redefinição de senha.',
  'error.USER_NOT_FOUND': 'Não encontramos a conta deste link. Talvez ela tenha sido excluída depois do envio do e-mail.',
  'error.EMAIL_COOLDOWN_ACTIVE': 'Enviamos um e-mail para este endereço há pouco. Aguarde {time} antes de pedir outro.',
  'error.IP_RATE_LIMIT_EXCEEDED': 'Muitas tentativas a partir da sua rede. Aguarde {time} e tente de novo.',
  'error.PASSWORD_RESET_TOKEN_SECRET_FAILURE': 'Não foi possível ler este link. Sua senha não foi alterada. Peça um novo link.',
  'error.DATABASE_FAILURE': 'Ocorreu um erro do nosso lado. Nada foi alterado. Tente de novo daqui a alguns minutos.',
  'error.HASH_FAILURE': 'Ocorreu um erro do nosso lado. Sua senha não foi alterada. Tente de novo daqui a alguns minutos.',
  'error.POST_COMMIT_SIDE_EFFECT_FAILURE': 'Não foi possível encerrar sua sessão nos outros dispositivos. Se você acha que alguém sabe sua senha antiga, saia da conta neles também.',
  'error.EMAIL_SEND_FAILURE': 'Não foi possível enviar o e-mail agora. Tente de novo daqui a alguns minutos.',
  'error.EMAIL_TEMPLATE_FAILURE': 'Não foi possível preparar o e-mail agora. Tente de novo daqui a alguns minutos.',
  'error.EMAIL_AUTHENTICATION_FAILURE': 'Não foi possível enviar o e-mail agora. Tente de novo daqui a alguns minutos.',
  'error.EMAIL_COOLDOWN_CACHE_FAILURE': 'Não foi possível enviar o e-mail agora. Tente de novo daqui a alguns minutos.',
  'error.PASSWORD_RESET_TOKEN_CREATION_FAILURE': 'Não foi possível criar o link de redefinição agora. Tente de novo daqui a alguns minutos.',
  'error.EMAIL_DISABLED': 'A redefinição de senha por e-mail está desativada no momento. Entre em contato com o suporte.',
  'error.invalid_parameter': 'O servidor não aceitou esta solicitação. Confira o e-mail e tente de novo.',
  'error.bad.connection': 'Este método de login não está configurado no servidor. Nenhum e-mail foi enviado.',
  'error.unauthorized_client': 'Este app não tem permissão para alterar senhas. Nenhum e-mail foi enviado.',
  'error.password is not allowed': 'Este servidor não aceita uma nova senha aqui; em vez disso, ele envia um link por e-mail.',
  'error.too_many_requests': 'Muitas tentativas. Aguarde {time} e tente de novo.',
  'error.invalid_configuration': 'Esta página não está configurada corretamente. Entre em contato com o suporte.',
  'error.invalid_request': 'Confira o que você digitou e tente de novo.',
  'error.network_error': 'Não foi possível conectar ao servidor. Verifique sua conexão com a internet e tente de novo.',
  'error.timeout': 'O servidor demorou demais para responder. Tente de novo.',
  'error.aborted': 'A solicitação foi cancelada. Tente de novo.',
  'error.invalid_response': 'O servidor enviou uma resposta que esta página não entende. Tente de novo daqui a pouco.',
  'error.server_error': 'Ocorreu um erro do nosso lado. Tente de novo daqui a alguns minutos.',
  'error.request_failed': 'O servidor recusou a solicitação. Tente de novo ou, se o problema continuar, entre em contato com o suporte.',
  'error.unknown': 'Algo deu errado. Tente de novo.',
};

export default ptBR;
