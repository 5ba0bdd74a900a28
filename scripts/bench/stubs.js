// Instant stand-ins for the network, so the bench measures the client and nothing else.

export const ORIGIN = 'https://tenant.example.com';
export const SENTENCE = "We've just sent you an email to reset your password.";

/** The origin whose answers come without `Content-Length`, as a chunked or compressed-on-the-fly answer does. */
export const CHUNKED_ORIGIN = 'https://chunked.tenant.example.com';

const json = (body) => [JSON.stringify(body), 'application/json'];

/** What each path answers, as `[body, type]`: `{cooldown: 60}` by default, as PROTOCOL.md §B's reset-request does. */
function answer(url) {
  if (url.includes('/api/auth/password/reset?')) return json({ success: true });
  if (url.includes('/api/auth/password/reset/cooldown?')) return json({ remaining: 0 });
  if (url.includes('/dbconnections/change_password')) return [SENTENCE, 'text/plain'];
  return json({ cooldown: 60 });
}

/**
 * A `fetch` that answers at once, without looking at the body. It does build the Request, as every
 * `fetch(input, init)` does before anything goes out (the Fetch standard's first step: `new
 * Request(input, init)`, in browsers and in Node): that work is the fetch API's, not the network's,
 * and a stub that skipped it would spare the floor, which passes a URL and options, what a real
 * fetch makes it pay, while ky, which passes a Request, pays for its own. The answer carries the
 * headers a server sends for a short body: its type and its `Content-Length`, as the reference
 * server, Express (`res.json`) and Tomcat (a body that fits its buffer) set it; no length from
 * CHUNKED_ORIGIN.
 */
export const stubFetch = (input, init) => {
  const { url } = new Request(input, init);
  const [text, type] = answer(url);
  const headers = { 'content-type': type };
  if (!url.startsWith(CHUNKED_ORIGIN)) headers['content-length'] = String(new TextEncoder().encode(text).length);
  return Promise.resolve(new Response(text, { status: 200, headers }));
};

/**
 * The least XMLHttpRequest superagent (inside auth0-js) needs: open, headers, send, and a
 * `readystatechange` listener called with readyState 4 in a microtask, as soon as it can be.
 */
export class StubXMLHttpRequest {
  readyState = 0;
  status = 0;
  statusText = '';
  responseText = '';
  response = '';
  responseType = '';
  upload = { addEventListener() {} };
  #listeners = new Map();
  open(method, url) {
    this.method = method;
    this.url = url;
    this.readyState = 1;
  }
  setRequestHeader() {}
  getAllResponseHeaders() {
    return 'content-type: text/plain\r\n';
  }
  getResponseHeader(name) {
    return name.toLowerCase() === 'content-type' ? 'text/plain' : null;
  }
  addEventListener(type, listener) {
    this.#listeners.set(type, listener);
  }
  removeEventListener(type) {
    this.#listeners.delete(type);
  }
  abort() {}
  send() {
    queueMicrotask(() => {
      this.readyState = 4;
      this.status = 200;
      this.statusText = 'OK';
      this.responseText = this.response = SENTENCE;
      this.#listeners.get('readystatechange')?.();
      this.#listeners.get('load')?.();
    });
  }
}
