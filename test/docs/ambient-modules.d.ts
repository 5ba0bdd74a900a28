// Minimal typings for packages the guides show but pwflow does not install (servers, other test
// runners). Only what the guides use, with the real packages' names and shapes, so that
// test/docs/code-blocks.test.ts can still check pwflow's side of those snippets.

declare module 'express' {
  interface Response {
    set(headers: Record<string, string>): Response;
  }
  type Handler = (req: unknown, res: Response, next: () => void) => void;
  interface Express {
    use(handler: Handler): Express;
    listen(port: number): unknown;
  }
  function express(): Express;
  export default express;
}

declare module 'cors' {
  function cors(options?: { origin?: string | string[]; exposedHeaders?: string[]; maxAge?: number }): (req: unknown, res: unknown, next: () => void) => void;
  export default cors;
}

declare module 'fastify' {
  interface FastifyInstance {
    register<O>(plugin: (app: FastifyInstance, options: O) => unknown, options: O): Promise<void>;
    listen(options: { port: number }): Promise<string>;
  }
  function Fastify(options?: { logger?: boolean }): FastifyInstance;
  export default Fastify;
}

declare module '@fastify/cors' {
  import type { FastifyInstance } from 'fastify';
  function cors(app: FastifyInstance, options: { origin?: string | string[] | boolean; exposedHeaders?: string[] }): Promise<void>;
  export default cors;
}

declare module '@jest/globals' {
  export { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, test } from 'vitest';
}

declare module 'cypress' {
  interface PluginEvents {
    (event: 'task', tasks: Record<string, (argument: never) => unknown>): void;
    (event: 'after:run', handler: () => unknown): void;
  }
  interface ConfigOptions {
    e2e?: {
      baseUrl?: string;
      setupNodeEvents?: (on: PluginEvents, config: unknown) => unknown;
    };
  }
  export function defineConfig(config: ConfigOptions): ConfigOptions;
}
