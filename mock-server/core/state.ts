/** The server's configuration (options with defaults) and its mutable in-memory state. */
import { randomId } from './base64url';
import { DEFAULT_BREACHED_PASSWORDS } from './range';
import { RateLimiter } from './rate-limiter';
import type { FailNextOptions, ReferenceServerOptions, SentEmail } from './types';

export interface Config {
  clients: ReadonlySet<string>;
  connections: readonly string[];
  users: readonly { email: string; password: string; connection: string }[];
  appUrl: string | ((request: Request) => string);
  tokenTtl: number;
  cooldown: number;
  rateLimit: number;
  allowOrigins: readonly string[] | null;
  refusePassword: boolean;
  breachedPasswords: readonly string[];
}

export interface User {
  id: string;
  email: string;
  password: string;
  connection: string;
  /** Secret version carried by reset tokens; rotated when the password changes. */
  ver: string;
}

export interface Failure {
  code: string;
  /** Queued for the range API (`failNext(code, { range: true })`), not for the next API call. */
  range: boolean;
  options: FailNextOptions;
}

/** Turns options into a full configuration, refusing values that cannot work. */
export function resolveConfig(options: ReferenceServerOptions = {}): Config {
  const connections = options.connections ?? ['Username-Password-Authentication'];
  const firstConnection = connections[0] ?? 'Username-Password-Authentication';
  const users = (options.users ?? [{ email: 'demo@example.com', password: 'Demo-Passw0rd!' }]).map(
    (user) => ({ ...user, connection: user.connection ?? firstConnection }),
  );
  const config: Config = {
    clients: new Set(options.clients ?? ['demo-client']),
    connections,
    users,
    appUrl: options.appUrl ?? 'http://127.0.0.1:3000/reset-password',
    tokenTtl: options.tokenTtl ?? 900,
    cooldown: options.cooldown ?? 60,
    rateLimit: options.rateLimit ?? 30,
    allowOrigins: options.allowOrigins ?? null,
    refusePassword: options.refusePassword ?? false,
    breachedPasswords: options.breachedPasswords ?? DEFAULT_BREACHED_PASSWORDS,
  };
  if (!Array.isArray(config.breachedPasswords) || !config.breachedPasswords.every((password) => typeof password === 'string')) {
    throw new TypeError('pwflow mock-server: breachedPasswords must be an array of strings');
  }
  for (const name of ['tokenTtl', 'cooldown'] as const) {
    if (!(config[name] >= 0)) throw new TypeError(`pwflow mock-server: ${name} must be a number ≥ 0`);
  }
  if (!(config.rateLimit > 0)) throw new TypeError('pwflow mock-server: rateLimit must be a number > 0');
  // A bad URL throws a TypeError at creation rather than at the first email.
  if (typeof config.appUrl !== 'function') new URL(config.appUrl);
  return config;
}

/** 9999-12-31T23:59:59Z, the last moment the server's clock may show. */
const LATEST_CLOCK = Date.UTC(9999, 11, 31, 23, 59, 59);

/** Everything that changes while the server runs; `reset()` rebuilds it from the config. */
export class ServerState {
  readonly outbox: SentEmail[] = [];
  readonly failures: Failure[] = [];
  readonly users = new Map<string, User>();
  /** Lower-cased email → epoch ms when the next reset email may go out. */
  readonly cooldowns = new Map<string, number>();
  readonly limiter: RateLimiter;
  private offset = 0;

  constructor(readonly config: Config) {
    this.limiter = new RateLimiter(config.rateLimit);
    this.reset();
  }

  /** The server's clock, epoch ms. */
  now(): number {
    return Date.now() + this.offset;
  }

  /** Refuses a move that leaves 1970…9999 (a date every timestamp and token can still carry). */
  advance(ms: number): void {
    if (!Number.isFinite(ms)) throw new TypeError('pwflow mock-server: advanceTime(ms) needs a finite number');
    const next = this.now() + ms;
    if (!(next >= 0 && next <= LATEST_CLOCK)) {
      throw new TypeError(`pwflow mock-server: advanceTime(${ms}) would move the clock outside the years 1970 to 9999`);
    }
    this.offset += ms;
  }

  /** The first user with this email (API B has no connections), any connection. */
  findByEmail(email: string, connection?: string): User | undefined {
    const wanted = email.toLowerCase();
    for (const user of this.users.values()) {
      if (user.email.toLowerCase() === wanted && (connection === undefined || user.connection === connection)) {
        return user;
      }
    }
    return undefined;
  }

  reset(): void {
    this.offset = 0;
    this.outbox.length = 0;
    this.failures.length = 0;
    this.cooldowns.clear();
    this.limiter.clear();
    this.users.clear();
    for (const user of this.config.users) {
      const id = `user-${this.users.size + 1}`;
      this.users.set(id, { ...user, id, ver: randomId() });
    }
  }
}
