/** Issuing a reset token and its email for a user. */
import { randomId } from './base64url';
import type { RouteContext } from './context';
import { renderEmail, resetLink } from './emails';
import { signToken } from './jwt';
import type { User } from './state';
import type { SentEmail } from './types';

/**
 * Signs a token for `user` and puts a `reset` or `change-password` email in the outbox. Without a
 * user it signs a token for nobody and mails nothing: an unknown address costs the same signing
 * work as a known one, so the answer's timing does not tell who has an account.
 */
export async function mailResetLink(
  context: RouteContext,
  user: User | undefined,
  kind: 'reset' | 'change-password',
  lang: 'en' | 'de',
): Promise<SentEmail | undefined> {
  const { config } = context.state;
  const iat = Math.floor(context.nowMs / 1000);
  const token = await signToken(await context.signingKey(), {
    sub: user?.id ?? 'nobody',
    iat,
    exp: iat + config.tokenTtl,
    ver: user?.ver ?? randomId(),
  });
  if (!user) return undefined;
  const email = renderEmail(kind, lang, {
    to: user.email,
    link: resetLink(typeof config.appUrl === 'function' ? config.appUrl(context.request) : config.appUrl, token),
    token,
    tokenTtl: config.tokenTtl,
    nowMs: context.nowMs,
  });
  context.state.outbox.push(email);
  return email;
}
