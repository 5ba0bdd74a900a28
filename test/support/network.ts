import { type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type ReferenceServerOptions, createReferenceServer } from '../../mock-server/index';
import { mswHandlers } from '../../mock-server/msw';

export const ORIGIN = 'https://auth.example.com';

/** MSW on the network level for one test file; `sent` records every request that left the SDK. */
export function useNetwork(...handlers: RequestHandler[]) {
  const server = setupServer(...handlers);
  const sent: Request[] = [];
  server.events.on('request:start', ({ request }) => {
    sent.push(request.clone());
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    sent.length = 0;
  });
  afterAll(() => server.close());
  return { server, sent };
}

/** The parts of a request PROTOCOL.md fixes, for exact assertions. */
export async function wire(request: Request | undefined) {
  if (!request) throw new Error('no request was sent');
  const url = new URL(request.url);
  return {
    method: request.method,
    url: `${url.origin}${url.pathname}`,
    query: [...url.searchParams],
    contentType: request.headers.get('content-type'),
    body: await request.text(),
  };
}

/** The rejection of a promise, which must reject. */
export async function failure<T = unknown>(promise: Promise<unknown>): Promise<T> {
  try {
    await promise;
  } catch (error) {
    return error as T;
  }
  throw new Error('expected the promise to reject');
}

/** The reference server behind MSW at ORIGIN, reset after each test, with the request log. */
export function useReferenceServer(options?: ReferenceServerOptions) {
  const reference = createReferenceServer(options);
  const network = useNetwork(...mswHandlers(reference, ORIGIN));
  afterEach(() => reference.reset());
  return { reference, sent: network.sent };
}
