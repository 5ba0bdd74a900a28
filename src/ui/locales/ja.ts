// Japanese (ja). Polite です/ます with the honorifics Japanese sign-in screens use (お送りします,
// ご確認ください, お試しください); short noun phrases for labels and buttons (パスワードを変更);
// full-width punctuation （）：「」、。？, 〜 for ranges, no spaces between words, counters
// after the number (42秒, 8文字以上). Keys and placeholders: ../messages.ts.
import type { Messages } from '../messages';

/**
 * The Japanese messages of `pwflow/ui`.
 *
 * @example
 * ```ts
 * import ja from 'pwflow/ui/locales/ja';
 *
 * console.log(ja['forgot.title']); // "パスワードをお忘れですか？"
 * ```
 */
const ja: Messages = {
  'common.email': 'メールアドレス',
  'common.sending': '送信中…',
  'common.problem': '問題が発生しました',
  'common.spam': 'メールが見つからない場合は、迷惑メールフォルダもご確認ください。',

  'forgot.title': 'パスワードをお忘れですか？',
  'forgot.intro': 'アカウントに登録したメールアドレスを入力してください。新しいパスワードを設定するためのリンクをお送りします。',
  'forgot.submit': 'リンクを送信',
  'forgot.sentTitle': 'メールをご確認ください',
  'forgot.sent': '{email}のアカウントが存在する場合は、新しいパスワードを設定するためのリンクをメールでお送りしました。リンクの有効期間は短いため、お早めにご利用ください。',
  'forgot.sentEarlier': '少し前に{email}宛てにメールをお送りしました。メールに記載のリンクを開いてください。',
  'forgot.wait': '{time}後にメールを再送信できます。',
  'forgot.ready': 'メールが届いていない場合は、再送信できます。',
  'forgot.resend': 'メールを再送信',
  'forgot.resent': '{email}宛てにメールを再送信しました。',
  'forgot.otherEmail': '別のメールアドレスを使用',

  'reset.title': '新しいパスワードの設定',
  'reset.password': '新しいパスワード',
  'reset.confirm': '新しいパスワード（確認）',
  'reset.rulesTitle': 'パスワードの条件：',
  'reset.ruleMet': '満たしています',
  'reset.ruleUnmet': 'まだ満たしていません',
  'reset.stillNeeded': '満たしていない条件：{rules}',
  'reset.allMet': 'パスワードはすべての条件を満たしています。',
  'reset.submit': 'パスワードを変更',
  'reset.saving': '保存中…',
  'reset.doneTitle': 'パスワードを変更しました',
  'reset.done': '新しいパスワードでログインできるようになりました。',

  'change.title': 'パスワードの変更',
  'change.intro': 'パスワード変更用のリンクをメールでお送りします。リンクを開いて、新しいパスワードを設定してください。',
  'change.submit': 'リンクをメールで受け取る',
  'change.sentTitle': 'メールをご確認ください',
  'change.sent': 'パスワードを変更するためのリンクを{email}宛てにお送りしました。',

  'link.missingTitle': 'このページを開くには、メールに記載のリンクが必要です',
  'link.missing': 'パスワード再設定のメールに記載のリンクをもう一度開くか、新しいリンクをリクエストしてください。',
  'link.malformedTitle': 'このリンクは不完全です',
  'link.malformed': 'コピーした際にリンクの一部が欠けたか、変わってしまった可能性があります。メールからもう一度開くか、新しいリンクをリクエストしてください。',
  'link.expiredTitle': 'このリンクは有効期限が切れています',
  'link.expired': 'セキュリティ保護のため、パスワード再設定用のリンクは短時間しか使えません。新しいリンクをお送りすることができます。',
  'link.usedTitle': 'このリンクは使用済みです',
  'link.used': 'リンクは1回しか使えません。パスワードを変更したばかりの場合は、そのパスワードでログインできます。そうでない場合は、新しいリンクをリクエストしてください。',
  'link.invalidTitle': 'このリンクは無効です',
  'link.invalid': 'このリンクを読み取れなかったため、パスワードは変更されていません。新しいリンクをリクエストしてください。',
  'link.newLink': '新しいリンクをリクエスト',

  'rule.minLength': { other: '{count}文字以上' },
  'rule.uppercase': '英大文字（A〜Z）',
  'rule.lowercase': '英小文字（a〜z）',
  'rule.digit': '数字（0〜9）',
  'rule.special': '記号（! ? # - など）',
  'rule.breached': {
    other: 'このパスワードは{count}件のデータ漏えいで流出が確認されているため、攻撃者に悪用されるおそれがあります。別のパスワードを選んでください。',
  },

  'field.emailMissing': 'メールアドレスを入力してください。',
  'field.emailInvalid': 'メールアドレスを正しい形式で入力してください（例：name@example.com）。',
  'field.passwordMissing': '新しいパスワードを入力してください。',
  'field.passwordRules': '新しいパスワードが下記の条件を満たしていません。',
  'field.passwordRefused': 'このパスワードはサーバーで受け付けられませんでした。別のパスワードを選んでください。',
  'field.confirmMissing': '確認のため、新しいパスワードをもう一度入力してください。',
  'field.mismatch': 'パスワードが一致しません。',

  'password.show': '表示',
  'password.hide': '非表示',
  'password.showPassword': 'パスワードを表示',
  'password.hidePassword': 'パスワードを非表示',
  'password.showConfirm': '確認用パスワードを表示',
  'password.hideConfirm': '確認用パスワードを非表示',
  'password.shown': 'パスワードが表示されています。',
  'password.hidden': 'パスワードが非表示になっています。',

  'time.seconds': { other: '{count}秒' },
  'time.minutes': { other: '{count}分' },
  'time.minutesSeconds': '{minutes}{seconds}',
  'time.moment': 'しばらく',

  'error.INVALID_REQUEST': '入力内容がサーバーで受け付けられませんでした。入力内容を確認して、もう一度お試しください。',
  'error.PASSWORD_RESET_TOKEN_EXPIRED': 'このリンクは有効期限が切れています。新しいリンクをリクエストしてください。',
  'error.PASSWORD_RESET_TOKEN_INVALID': 'このリンクは使用済みか、無効です。新しいリンクをリクエストしてください。',
  'error.PASSWORD_RESET_TOKEN_MISSING': 'このページを開くには、パスワード再設定のメールに記載のリンクが必要です。',
  'error.USER_NOT_FOUND': 'このリンクに対応するアカウントが見つかりません。メールの送信後にアカウントが削除された可能性があります。',
  'error.EMAIL_COOLDOWN_ACTIVE': '少し前にこのアドレスにメールをお送りしました。再送信するには{time}お待ちください。',
  'error.IP_RATE_LIMIT_EXCEEDED': 'お使いのネットワークからの試行回数が多すぎます。{time}待ってから、もう一度お試しください。',
  'error.PASSWORD_RESET_TOKEN_SECRET_FAILURE': 'このリンクを読み取れませんでした。パスワードは変更されていません。新しいリンクをリクエストしてください。',
  'error.DATABASE_FAILURE': 'サーバーで問題が発生しました。変更は行われていません。数分後にもう一度お試しください。',
  'error.HASH_FAILURE': 'サーバーで問題が発生しました。パスワードは変更されていません。数分後にもう一度お試しください。',
  'error.POST_COMMIT_SIDE_EFFECT_FAILURE': 'ほかのデバイスからログアウトできませんでした。古いパスワードをほかの人に知られている可能性がある場合は、それらのデバイスでもログアウトしてください。',
  'error.EMAIL_SEND_FAILURE': '現在メールを送信できません。数分後にもう一度お試しください。',
  'error.EMAIL_TEMPLATE_FAILURE': '現在メールを作成できません。数分後にもう一度お試しください。',
  'error.EMAIL_AUTHENTICATION_FAILURE': '現在メールを送信できません。数分後にもう一度お試しください。',
  'error.EMAIL_COOLDOWN_CACHE_FAILURE': '現在メールを送信できません。数分後にもう一度お試しください。',
  'error.PASSWORD_RESET_TOKEN_CREATION_FAILURE': '現在パスワード再設定用のリンクを作成できません。数分後にもう一度お試しください。',
  'error.EMAIL_DISABLED': 'メールによるパスワードの再設定は、現在ご利用いただけません。サポートにお問い合わせください。',
  'error.invalid_parameter': 'リクエストがサーバーで受け付けられませんでした。メールアドレスを確認して、もう一度お試しください。',
  'error.bad.connection': 'このログイン方法はサーバーで設定されていません。メールは送信されていません。',
  'error.unauthorized_client': 'このアプリにはパスワードを変更する権限がありません。メールは送信されていません。',
  'error.password is not allowed': 'このサーバーでは、ここで新しいパスワードを設定できません。代わりにリンクをメールでお送りします。',
  'error.too_many_requests': '試行回数が多すぎます。{time}待ってから、もう一度お試しください。',
  'error.invalid_configuration': 'このページは正しく設定されていません。サポートにお問い合わせください。',
  'error.invalid_request': '入力内容を確認して、もう一度お試しください。',
  'error.network_error': 'サーバーに接続できません。インターネット接続を確認して、もう一度お試しください。',
  'error.timeout': 'サーバーの応答に時間がかかりすぎています。もう一度お試しください。',
  'error.aborted': 'リクエストはキャンセルされました。もう一度お試しください。',
  'error.invalid_response': 'サーバーから予期しない応答がありました。しばらくしてから、もう一度お試しください。',
  'error.server_error': 'サーバーで問題が発生しました。数分後にもう一度お試しください。',
  'error.request_failed': 'サーバーがリクエストを拒否しました。もう一度お試しください。問題が続く場合は、サポートにお問い合わせください。',
  'error.unknown': '問題が発生しました。もう一度お試しください。',
};

export default ja;
