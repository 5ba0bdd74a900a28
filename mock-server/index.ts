/**
 * pwflow/mock-server — the reference server of PROTOCOL.md, as one fetch-style function.
 * No dependency on msw or Node built-ins: it runs in a browser too. Adapters live in
 * `pwflow/mock-server/msw` and `pwflow/mock-server/node`.
 */
export { createReferenceServer } from './core/server';
export type {
  FailNextOptions,
  ReferenceServer,
  ReferenceServerOptions,
  SentEmail,
  SentEmailKind,
} from './core/types';
