/**
 * `POST /api/auth/login` `{"email","password"}`: the demo's own sign-in, not part of PROTOCOL.md's
 * two APIs. It lets a person see the old password refused and the new one accepted after a reset.
 * No session is made: the answer only says whether the pair is right.
 */
import { isEmail } from './body';
import type { RouteContext } from './context';
import { json, timestamp } from './responses';

export const SIGN_IN_PATH = '/api/auth/login';

/** 200 `{"signedIn": true, "email"}`, or 401 in API B's error shape (the same for an unknown address and a wrong password). */
export async function signIn(context: RouteContext): Promise<Response> {
  const { body, state } = context;
  const email = body?.ok ? body.value.email : undefined;
  const password = body?.ok ? body.value.password : undefined;
  const where = { timestamp: timestamp(context.nowMs), path: context.url.pathname };
  if (!isEmail(email) || typeof password !== 'string' || password === '') {
    return json(400, { ...where, status: 400, code: 'INVALID_REQUEST', error: 'Bad Request', message: 'An email and a password are required' });
  }
  const user = state.findByEmail(email);
  // Compared whether or not the address has an account, so the answer takes as long either way.
  const matches = equalText(user?.password ?? '', password) && user !== undefined;
  if (!matches) {
    return json(401, { ...where, status: 401, code: 'INVALID_CREDENTIALS', error: 'Unauthorized', message: 'The email or password is wrong' });
  }
  return json(200, { signedIn: true, email: user.email });
}

/** String equality that looks at every character of the longer string. */
function equalText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}
