// The floor: what a careful developer would write by hand with nothing but `fetch`, for the calls
// pwflow makes. The bench measures pwflow against it in bytes (requestReset, bundled on its own)
// and in time per call. No retry, no timeout, no rate-limit headers, no error normalising:
// everything pwflow adds is what it costs above this line.

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

async function post(url, json, fetchFn) {
  const response = await fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(json),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response;
}

/** `POST {origin}/api/auth/password/reset-request` → `{ cooldown }` (PROTOCOL.md §B). */
export async function requestReset(origin, { email, locale }, fetchFn = fetch) {
  if (typeof email !== 'string' || !EMAIL.test(email)) throw new TypeError('Invalid email');
  const query = locale ? `?locale=${encodeURIComponent(locale)}` : '';
  const response = await post(`${origin}/api/auth/password/reset-request${query}`, { email }, fetchFn);
  const { cooldown } = await response.json();
  if (typeof cooldown !== 'number') throw new Error('Invalid response');
  return { cooldown };
}

/** `POST {origin}/api/auth/password/reset?token=` → `{ success: true }`, after the same password rule as pwflow's. */
export async function resetPassword(origin, { password, token, locale }, fetchFn = fetch) {
  if (typeof token !== 'string' || !token) throw new TypeError('Missing token');
  if (typeof password !== 'string' || password.length < 8 || !/[A-Z]/.test(password) || !/[a-z]/.test(password) ||
      !/\d/.test(password) || !/[!@#$%^&*()_+\-={}[\]|\\:;'"<>,.?/]/.test(password)) {
    throw new TypeError('Weak password');
  }
  const query = `?token=${encodeURIComponent(token)}${locale ? `&locale=${encodeURIComponent(locale)}` : ''}`;
  const response = await post(`${origin}/api/auth/password/reset${query}`, { newPassword: password }, fetchFn);
  const { success } = await response.json();
  if (success !== true) throw new Error('Invalid response');
  return { success };
}

/** `GET {origin}/api/auth/password/reset/cooldown?email=` → `{ remaining }` (PROTOCOL.md §B). */
export async function getResetCooldown(origin, { email }, fetchFn = fetch) {
  if (typeof email !== 'string' || !EMAIL.test(email)) throw new TypeError('Invalid email');
  const response = await fetchFn(`${origin}/api/auth/password/reset/cooldown?email=${encodeURIComponent(email)}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const { remaining } = await response.json();
  if (typeof remaining !== 'number') throw new Error('Invalid response');
  return { remaining };
}

/** `POST {origin}/dbconnections/change_password` → the server's sentence (PROTOCOL.md §A). */
export async function changePassword(origin, clientID, { connection, email }, fetchFn = fetch) {
  if (typeof email !== 'string' || !EMAIL.test(email) || typeof connection !== 'string' || !connection) {
    throw new TypeError('Invalid arguments');
  }
  const response = await post(`${origin}/dbconnections/change_password`, { client_id: clientID, email, connection }, fetchFn);
  return { message: (await response.text()).trim() };
}

/**
 * The same change-password request with XMLHttpRequest and a callback, the way auth0-js (superagent)
 * sends it: auth0-js's own floor, over the same XMLHttpRequest.
 */
export function changePasswordXhr(origin, clientID, { connection, email }, callback) {
  if (typeof email !== 'string' || !EMAIL.test(email) || typeof connection !== 'string' || !connection) {
    return queueMicrotask(() => callback(new TypeError('Invalid arguments')));
  }
  const xhr = new XMLHttpRequest();
  xhr.open('POST', `${origin}/dbconnections/change_password`, true);
  xhr.setRequestHeader('Content-Type', 'application/json');
  xhr.addEventListener('readystatechange', () => {
    if (xhr.readyState !== 4) return;
    if (xhr.status >= 200 && xhr.status < 300) callback(null, xhr.responseText.trim());
    else callback(new Error(`HTTP ${xhr.status}`));
  });
  xhr.send(JSON.stringify({ client_id: clientID, email, connection }));
}
