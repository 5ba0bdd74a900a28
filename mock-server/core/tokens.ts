/** Issuing a reset token and its email for a user. */
import type { RouteContext } from './context';
import { renderEmail, resetLink } from './emails';
import { signToken } from './jwt';
import type { User } from './state';
import type { SentEmail } from './types';

/** Signs a token for `user` and puts a `reset` or `change-password` email in the outbox. */
export async function mailResetLink(
  context: RouteContext,
  user: User,
  kind: 'reset' | 'change-password',
  lang: 'en' | 'de',
): Promise<SentEmail> {
  const { config } = context.state;
  const iat = Math.floor(context.nowMs / 1000);
  const token = await signToken(await context.signingKey(), {
    sub: user.id,
    iat,
    exp: iat + config.tokenTtl,
    ver: user.ver,
  });
  const email = renderEmail(kind, lang, {
    to: user.email,
    link: resetLink(config.appUrl, token),
    token,
    tokenTtl: config.tokenTtl,
    nowMs: context.nowMs,
  });
  context.state.outbox.push(email);
  return email;
}
