/** What a route handler gets. */
import type { BodyResult } from './body';
import type { ServerState } from './state';

export interface RouteContext {
  request: Request;
  url: URL;
  state: ServerState;
  /** The server's signing key (created on first use; Web Crypto is asynchronous). */
  signingKey: () => Promise<CryptoKey>;
  /** The server clock when the request arrived, epoch ms. */
  nowMs: number;
  /** The parsed body of a POST, `null` for other methods. */
  body: BodyResult | null;
}

export type RouteHandler = (context: RouteContext) => Promise<Response>;
