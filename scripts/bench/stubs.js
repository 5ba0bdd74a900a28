// Instant stand-ins for the network, so the bench measures the client and nothing else.

export const ORIGIN = 'https://tenant.example.com';
export const SENTENCE = "We've just sent you an email to reset your password.";

/**
 * An answer with the headers a server sends for a short body: its type and its `Content-Length`, as
 * the reference server, Express (`res.json`) and Tomcat (a body that fits its buffer) set it.
 */
let sized = true;
const reply = (text, type) =>
  new Response(text, {
    status: 200,
    headers: sized ? { 'content-type': type, 'content-length': String(new TextEncoder().encode(text).length) } : { 'content-type': type },
  });
const json = (body) => reply(JSON.stringify(body), 'application/json');

/** The origin whose answers come without `Content-Length`, as a chunked or compressed-on-the-fly answer does. */
export const CHUNKED_ORIGIN = 'https://chunked.tenant.example.com';

/** What each path answers: `{cooldown: 60}` by default, as PROTOCOL.md §B's reset-request does. */
function answer(url) {
  if (url.includes('/api/auth/password/reset?')) return json({ success: true });
  if (url.includes('/api/auth/password/reset/cooldown?')) return json({ remaining: 0 });
  if (url.includes('/dbconnections/change_password')) {
    return reply(SENTENCE, 'text/plain');
  }
  return json({ cooldown: 60 });
}

/**
 * A `fetch` that answers at once, without looking at the body. It does build the Request, as every
 * `fetch(input, init)` does before anything goes out (the Fetch standard's first step: `new
 * Request(input, init)`, in browsers and in Node): that work is the fetch API's, not the network's,
 * and a stub that skipped it would spare the floor, which passes a URL and options, what a real
 * fetch makes it pay, while ky, which passes a Request, pays for its own.
 */
export const stubFetch = (input, init) => {
  const { url } = new Request(input, init);
  sized = !url.startsWith(CHUNKED_ORIGIN);
  return Promise.resolve(answer(url));
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
