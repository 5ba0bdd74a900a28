// Japanese (ja). Polite です/ます with the honorifics Japanese sign-in screens use (お送りします,
// ご確認ください, お試しください); short noun phrases for labels and buttons (パスワードを変更);
// full-width punctuation （）：、。？, 〜 for ranges, no spaces between words, counters after the
// number (42秒, 8文字以上). Keys and placeholders: ../messages.ts.
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
  'common.busy': '処理中…',
  'common.intro': '新しいパスワードを設定するためのリンクをメールでお送りします。',
  'common.inbox': 'メールをご確認ください',
  'common.spam': '見つからない場合は、迷惑メールフォルダをご確認ください。',

  'forgot.title': 'パスワードをお忘れですか？',
  'forgot.submit': 'リンクを送信',
  'forgot.sent': '{email}のアカウントが存在する場合は、リンクをお送りしました。',
  'forgot.sentEarlier': '少し前に{email}宛てにリンクをお送りしました。',
  'forgot.wait': '{time}後にメールを再送信できます。',
  'forgot.ready': 'メールを再送信できるようになりました。',
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
  'reset.doneTitle': 'パスワードを変更しました',
  'reset.done': '新しいパスワードでログインできます。',
  'reset.sessions': 'ほかのデバイスからログアウトできませんでした。お手数ですが、各デバイスでログアウトしてください。',

  'change.title': 'パスワードの変更',
  'change.submit': 'リンクをメールで受け取る',
  'change.sent': '{email}宛てにリンクをお送りしました。',

  'link.reopen': 'メールに記載のリンクをもう一度開くか、新しいリンクをリクエストしてください。',
  'link.missingTitle': 'このページを開くには、メールに記載のリンクが必要です',
  'link.malformedTitle': 'このリンクは不完全です',
  'link.expiredTitle': 'このリンクは有効期限が切れています',
  'link.expired': 'セキュリティ保護のため、リンクの有効期間は短く設定されています。',
  'link.usedTitle': 'このリンクは使用済みです',
  'link.used': 'パスワードを変更したばかりの場合は、そのパスワードでログインしてください。',
  'link.invalidTitle': 'このリンクは無効です',
  'link.invalid': 'パスワードは変更されていません。',
  'link.newLink': '新しいリンクをリクエスト',

  'rule.minLength': { other: '{count}文字以上' },
  'rule.uppercase': '英大文字（A〜Z）',
  'rule.lowercase': '英小文字（a〜z）',
  'rule.digit': '数字（0〜9）',
  'rule.special': '記号（! ? # - など）',
  'rule.breached': { other: 'このパスワードは{count}件のデータ漏えいで流出しています。別のパスワードを選んでください。' },

  'field.emailMissing': 'メールアドレスを入力してください。',
  'field.emailInvalid': 'メールアドレスを正しい形式で入力してください（例：name@example.com）。',
  'field.passwordMissing': '新しいパスワードを入力してください。',
  'field.passwordRules': 'パスワードが条件を満たしていません。',
  'field.passwordRefused': 'このパスワードは使用できません。別のパスワードを選んでください。',
  'field.confirmMissing': '確認のため、新しいパスワードをもう一度入力してください。',
  'field.mismatch': 'パスワードが一致しません。',

  'password.show': '表示',
  'password.hide': '非表示',
  'password.showField': '{field}を表示',
  'password.hideField': '{field}を非表示',
  'password.shown': 'パスワードが表示されています。',
  'password.hidden': 'パスワードが非表示になっています。',

  'time.seconds': { other: '{count}秒' },
  'time.minutes': { other: '{count}分' },
  'time.moment': 'しばらく',

  'error.cooldown': '少し前にメールをお送りしました。{time}お待ちください。',
  'error.tooMany': '試行回数が多すぎます。{time}待ってから、もう一度お試しください。',
  'error.server': 'サーバーで問題が発生しました。しばらくしてから、もう一度お試しください。',
  'error.support': '現在この機能はご利用いただけません。サポートにお問い合わせください。',
  'error.network': 'サーバーに接続できません。インターネット接続を確認して、もう一度お試しください。',
  'error.unknown': '問題が発生しました。もう一度お試しください。',
};

export default ja;
