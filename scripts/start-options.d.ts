// Types for start-options.js (plain Node ESM, used by scripts/start.js and its test).
import type { ReferenceServerOptions } from '../mock-server/index';

export const HELP: string;
export function parseStartArgs(
  argv: string[],
  env?: Record<string, string | undefined>,
):
  | { help: true }
  | {
      port: number;
      host: string;
      server: Pick<ReferenceServerOptions, 'appUrl' | 'tokenTtl' | 'cooldown' | 'rateLimit' | 'allowOrigins'>;
      allowedHosts?: string[];
    };
