// @vitest-environment node
// `npm start`'s flags and environment variables: parsed into the reference server's options,
// bad values refused with a message that names the flag, and all of it listed by --help.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseStartArgs } from '../../scripts/start-options.js';

const START = join(resolve(__dirname, '../..'), 'scripts', 'start.js');
const run = promisify(execFile);

describe('npm start options', () => {
  it('reads every flag, repeatable ones included', () => {
    expect(parseStartArgs([
      '--port', '4000', '--host', '0.0.0.0', '--app-url', 'http://localhost:5173/reset-password',
      '--token-ttl', '30', '--cooldown', '0', '--rate-limit', '100',
      '--allow-origin', 'http://localhost:5173', '--allow-origin', 'https://app.example.com',
      '--allowed-host', 'dev.example.test', '--allowed-host', 'other.test',
    ])).toEqual({
      port: 4000,
      host: '0.0.0.0',
      server: {
        appUrl: 'http://localhost:5173/reset-password',
        tokenTtl: 30,
        cooldown: 0,
        rateLimit: 100,
        allowOrigins: ['http://localhost:5173', 'https://app.example.com'],
      },
      allowedHosts: ['dev.example.test', 'other.test'],
    });
  });

  it('defaults to 127.0.0.1:3000 and the server defaults; reads the environment, and a flag wins over it', () => {
    expect(parseStartArgs([], {})).toEqual({ port: 3000, host: '127.0.0.1', server: {} });
    const env = {
      PORT: '4001', HOST: 'localhost', PWFLOW_APP_URL: 'https://app.example.com/#/reset', PWFLOW_TOKEN_TTL: '5',
      PWFLOW_COOLDOWN: '1', PWFLOW_RATE_LIMIT: '7', PWFLOW_ALLOW_ORIGINS: 'http://a.test, http://b.test', PWFLOW_ALLOWED_HOSTS: 'dev.test',
    };
    expect(parseStartArgs([], env)).toEqual({
      port: 4001,
      host: 'localhost',
      server: { appUrl: 'https://app.example.com/#/reset', tokenTtl: 5, cooldown: 1, rateLimit: 7, allowOrigins: ['http://a.test', 'http://b.test'] },
      allowedHosts: ['dev.test'],
    });
    expect(parseStartArgs(['--token-ttl', '60', '--port', '0'], env)).toMatchObject({ port: 0, server: { tokenTtl: 60 } });
    expect(parseStartArgs(['-h'])).toEqual({ help: true });
  });

  it.each([
    [['--token-ttl', 'abc'], '--token-ttl (PWFLOW_TOKEN_TTL) must be a whole number from 1 to 31536000, not "abc"'],
    [['--token-ttl', '0'], '--token-ttl (PWFLOW_TOKEN_TTL) must be a whole number from 1 to 31536000, not "0"'],
    [['--cooldown=-1'], '--cooldown (PWFLOW_COOLDOWN) must be a whole number from 0 to 86400, not "-1"'],
    [['--rate-limit', '1.5'], '--rate-limit (PWFLOW_RATE_LIMIT) must be a whole number from 1 to 1000000, not "1.5"'],
    [['--port', '70000'], '--port (PORT) must be a whole number from 0 to 65535, not "70000"'],
    [['--app-url', 'localhost:5173/reset'], '--app-url (PWFLOW_APP_URL) must be an http: or https: URL, not "localhost:5173/reset"'],
    [['--app-url', '/reset-password'], '--app-url (PWFLOW_APP_URL) must be an absolute URL such as http://localhost:5173/reset-password, not "/reset-password"'],
    [['--allow-origin', 'http://localhost:5173/'], '--allow-origin (PWFLOW_ALLOW_ORIGINS) takes origins such as http://localhost:5173 (scheme, host and port, no path) or *, not "http://localhost:5173/"'],
    [['--allowed-host', 'http://dev.test'], '--allowed-host (PWFLOW_ALLOWED_HOSTS) takes host names such as dev.example.test (no scheme, port or path), not "http://dev.test"'],
    [['--tokenttl', '5'], "Unknown option '--tokenttl'. See npm start -- --help"],
    [['--cooldown'], "Option '--cooldown <value>' argument missing. See npm start -- --help"],
    [['stray'], "Unexpected argument 'stray'. This command does not take positional arguments. See npm start -- --help"],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parseStartArgs(argv, {})).toThrow(message);
  });

  it('refuses a bad environment variable by name', () => {
    expect(() => parseStartArgs([], { PWFLOW_TOKEN_TTL: '15m' })).toThrow('--token-ttl (PWFLOW_TOKEN_TTL) must be a whole number');
  });

  it('prints --help with every flag and variable, and exits 2 with the message for a bad value', async () => {
    const { stdout } = await run(process.execPath, [START, '--help']);
    for (const word of ['--port', 'PORT', '--host', 'HOST', '--app-url', 'PWFLOW_APP_URL', '--token-ttl', 'PWFLOW_TOKEN_TTL', '--cooldown',
      'PWFLOW_COOLDOWN', '--rate-limit', 'PWFLOW_RATE_LIMIT', '--allow-origin', 'PWFLOW_ALLOW_ORIGINS', '--allowed-host', 'PWFLOW_ALLOWED_HOSTS']) {
      expect(stdout).toContain(word);
    }
    const failed = await run(process.execPath, [START, '--cooldown', 'soon']).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 2, stderr: 'pwflow: --cooldown (PWFLOW_COOLDOWN) must be a whole number from 0 to 86400, not "soon"\n' });
  });
});
