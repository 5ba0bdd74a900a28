// `npm start`'s flags and environment variables, read into startReferenceServer's and
// createReferenceServer's options. A bad value is an Error whose message says which and why.
import { parseArgs } from 'node:util';

export const HELP = `Usage: npm start -- [options]

Starts the pwflow reference server with the examples (/), the mailbox (/mailbox) and the built
SDK (/dist/). Each option can also be set by the environment variable after it; a flag wins.

  --port <n>             port to listen on (0 picks a free one)        PORT            default 3000
  --host <name>          interface to listen on                        HOST            default 127.0.0.1
  --app-url <url>        where the emailed reset links point           PWFLOW_APP_URL
                         default: this server's /reset-password (or /spa/#/reset-password
                         for links asked for from the single-page app example), with
                         ?lang= set to the locale the link was asked for in
  --token-ttl <s>        lifetime of a reset link, in seconds          PWFLOW_TOKEN_TTL     default 900
  --cooldown <s>         seconds between two reset emails to one address
                                                                       PWFLOW_COOLDOWN      default 60
  --rate-limit <n>       requests per minute per client or address     PWFLOW_RATE_LIMIT    default 30
  --allow-origin <o>     an origin allowed by CORS; repeat for more    PWFLOW_ALLOW_ORIGINS (comma-separated)
                         default: any origin
  --allowed-host <h>     a host name the Host header may carry, besides localhost, IP addresses
                         and --host; repeat for more                   PWFLOW_ALLOWED_HOSTS (comma-separated)
  -h, --help             show this help

Examples:
  npm start -- --app-url http://localhost:5173/reset-password --allow-origin http://localhost:5173
  npm start -- --token-ttl 30        (an emailed link expires after 30 seconds)
  PORT=4000 npm start
`;

const FLAGS = {
  port: { type: 'string', env: 'PORT' },
  host: { type: 'string', env: 'HOST' },
  'app-url': { type: 'string', env: 'PWFLOW_APP_URL' },
  'token-ttl': { type: 'string', env: 'PWFLOW_TOKEN_TTL' },
  cooldown: { type: 'string', env: 'PWFLOW_COOLDOWN' },
  'rate-limit': { type: 'string', env: 'PWFLOW_RATE_LIMIT' },
  'allow-origin': { type: 'string', multiple: true, env: 'PWFLOW_ALLOW_ORIGINS' },
  'allowed-host': { type: 'string', multiple: true, env: 'PWFLOW_ALLOWED_HOSTS' },
  help: { type: 'boolean', short: 'h' },
};

/** A whole number within [min, max], or an Error naming the flag and its variable. */
function integer(name, text, min, max) {
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max)) {
    throw new Error(`--${name} (${FLAGS[name].env}) must be a whole number from ${min} to ${max}, not ${JSON.stringify(text)}`);
  }
  return value;
}

function httpUrl(name, text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`--${name} (${FLAGS[name].env}) must be an absolute URL such as http://localhost:5173/reset-password, not ${JSON.stringify(text)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`--${name} (${FLAGS[name].env}) must be an http: or https: URL, not ${JSON.stringify(text)}`);
  }
  return text;
}

function origin(text) {
  if (text === '*') return text;
  let url;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || url.origin !== text) {
    throw new Error(`--allow-origin (PWFLOW_ALLOW_ORIGINS) takes origins such as http://localhost:5173 (scheme, host and port, no path) or *, not ${JSON.stringify(text)}`);
  }
  return text;
}

function hostName(text) {
  if (!/^[A-Za-z0-9.-]+$/.test(text)) {
    throw new Error(`--allowed-host (PWFLOW_ALLOWED_HOSTS) takes host names such as dev.example.test (no scheme, port or path), not ${JSON.stringify(text)}`);
  }
  return text;
}

/**
 * Reads `argv` (without node and the script) and `env`. Returns `{ help: true }`, or the options:
 * `{ port, host, server: { appUrl?, tokenTtl?, cooldown?, rateLimit?, allowOrigins? }, allowedHosts? }`.
 * @throws Error for an unknown flag or a bad value.
 */
export function parseStartArgs(argv, env = {}) {
  // parseArgs refuses keys it does not know (env) and undefined values: hand it only its own.
  const parseOptions = Object.fromEntries(
    Object.entries(FLAGS).map(([name, { env: _env, ...flag }]) => [name, flag]),
  );
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: parseOptions, allowPositionals: false, strict: true }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : error}. See npm start -- --help`);
  }
  if (values.help) return { help: true };
  const read = (name) => {
    if (values[name] !== undefined) return values[name];
    const text = env[FLAGS[name].env];
    if (text === undefined || text === '') return undefined;
    return FLAGS[name].multiple ? text.split(',').map((item) => item.trim()).filter(Boolean) : text;
  };
  const server = {};
  const appUrl = read('app-url');
  if (appUrl !== undefined) server.appUrl = httpUrl('app-url', appUrl);
  const tokenTtl = read('token-ttl');
  if (tokenTtl !== undefined) server.tokenTtl = integer('token-ttl', tokenTtl, 1, 31_536_000);
  const cooldown = read('cooldown');
  if (cooldown !== undefined) server.cooldown = integer('cooldown', cooldown, 0, 86_400);
  const rateLimit = read('rate-limit');
  if (rateLimit !== undefined) server.rateLimit = integer('rate-limit', rateLimit, 1, 1_000_000);
  const allowOrigins = read('allow-origin');
  if (allowOrigins !== undefined) server.allowOrigins = allowOrigins.map(origin);
  const allowedHosts = read('allowed-host')?.map(hostName);
  const port = read('port');
  const host = read('host') ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:-]+$/.test(host)) throw new Error(`--host (HOST) must be a host name or IP address, not ${JSON.stringify(host)}`);
  return { port: port === undefined ? 3000 : integer('port', port, 0, 65_535), host, server, ...(allowedHosts ? { allowedHosts } : {}) };
}
