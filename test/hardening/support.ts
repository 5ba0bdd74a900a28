/** Shared pieces of the hardening tests: hostile values, a deep search for secrets, settling. */
import fc from 'fast-check';

/** Waits `ms` of wall time (lets stray callbacks, microtasks and timers run). */
export const settle = (ms = 10) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const boom = () => {
  throw new Error('hostile');
};

/** Gives a hostile object a name fast-check can print in a counterexample without touching it. */
const named = <T extends object>(value: T, name: string): T =>
  Object.defineProperty(value, fc.toStringMethod, { value: () => name, enumerable: false });

/**
 * An object whose every trap throws: reading it in any way fails. (`has` answers for symbols only,
 * so that fast-check can look for its clone method; everything a validator would do throws.)
 */
export const trapProxy = () =>
  new Proxy(
    {},
    {
      get: (_, key) => (key === fc.toStringMethod ? () => 'trapProxy()' : boom()),
      has: (_, key) => (typeof key === 'symbol' ? key === fc.toStringMethod : boom()),
      ownKeys: boom,
      getOwnPropertyDescriptor: boom,
      getPrototypeOf: boom,
      set: boom,
      defineProperty: boom,
    },
  );

/** A proxy that has been revoked: every operation on it throws TypeError. */
export const revokedProxy = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

/** An object with an own, enumerable getter `key` that throws. */
export const throwingGetter = (key: string, base: object = {}) =>
  named(Object.defineProperty({ ...base }, key, { get: boom, enumerable: true, configurable: true }), `throwingGetter(${key})`);

/** Own keys `__proto__`, `constructor`, `prototype` (JSON.parse makes `__proto__` an own key). */
export const prototypeKeys = (value: unknown = { polluted: true }) =>
  JSON.parse(`{"__proto__": ${JSON.stringify(value)}, "constructor": ${JSON.stringify(value)}, "prototype": ${JSON.stringify(value)}}`) as Record<
    string,
    unknown
  >;

const HUGE = 'x'.repeat(1_000_000);

/** Values that stress a validator: wrong types, huge and odd strings, hostile objects. */
export const hostileConstants: readonly unknown[] = [
  undefined,
  null,
  0,
  -0,
  NaN,
  Infinity,
  -1,
  1e308,
  10n,
  true,
  false,
  '',
  ' ',
  '\u0000',
  '\ud800',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'ａ@ｅｘａｍｐｌｅ.ｃｏｍ',
  'a@b.co\r\nX-Injected: 1',
  HUGE,
  `${HUGE}@example.com`,
  `ada@${HUGE}.com`,
  Symbol('s'),
  new String('ada@example.com'),
  new Number(1),
  [],
  ['ada@example.com'],
  {},
  Object.create(null),
  new Date(NaN),
  /ada@example\.com/,
  Promise.resolve('ada@example.com'),
  { then: (resolve: (v: unknown) => void) => resolve({ email: 'ada@example.com' }) },
  named({ toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom }, '{ toString, valueOf, toPrimitive: throw }'),
  prototypeKeys(),
  prototypeKeys({ email: 'ada@example.com', password: 'S3cure!pass', connection: 'c' }),
  throwingGetter('email'),
  trapProxy(),
  // (A revoked proxy cannot go through fast-check, which probes every value: it has tests of its own.)
  new Map([['email', 'ada@example.com']]),
  new Set(['ada@example.com']),
  new Uint8Array(4),
];

/** Any JS value, weighted towards the hostile ones above. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileConstants) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
      withObjectString: true,
      key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'then', 'toString', 'email')),
    }),
  },
);

/**
 * Every string reachable from `value` (own properties, enumerable or not, the prototype's `message`
 * and `stack` of errors, `cause` chains, Maps, Sets), for a deep "does the secret appear?" search.
 */
export function reachableStrings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' && typeof value !== 'function') return [String(value)];
  if (value === null || seen.has(value)) return [];
  seen.add(value);
  const out: string[] = [];
  const names = new Set<PropertyKey>(Reflect.ownKeys(value));
  if (value instanceof Error) for (const name of ['message', 'stack', 'cause', 'name']) names.add(name);
  for (const name of names) {
    let child: unknown;
    try {
      child = (value as Record<PropertyKey, unknown>)[name];
    } catch {
      continue;
    }
    out.push(String(name), ...reachableStrings(child, seen));
  }
  if (value instanceof Map) for (const entry of value) out.push(...reachableStrings(entry, seen));
  if (value instanceof Set) for (const entry of value) out.push(...reachableStrings(entry, seen));
  if (value instanceof URL || value instanceof Request || value instanceof Response) out.push(String((value as { url?: string; href?: string }).url ?? value));
  return out;
}

/** Every way an error may be shown or logged, and its `original`, as one string list. */
export function errorSurfaces(error: unknown): string[] {
  const e = error as { description?: unknown; message?: unknown; toJSON?: () => unknown; original?: unknown; stack?: unknown };
  return [
    String(error),
    String(e.description),
    String(e.message),
    String(e.stack),
    JSON.stringify(error),
    JSON.stringify(e.toJSON?.()),
    ...reachableStrings(error),
    ...reachableStrings(e.original),
  ];
}

/** The secret, also in the forms a URL or a log may carry it. */
export function secretForms(secret: string): string[] {
  return [...new Set([secret, encodeURIComponent(secret), new URLSearchParams({ t: secret }).toString().slice(2)])];
}

/** The strings among `surfaces` that contain the secret in any of its forms. */
export function leaks(surfaces: string[], secret: string): string[] {
  const forms = secretForms(secret);
  return surfaces.filter((text) => forms.some((form) => text.includes(form)));
}

/**
 * Control and invisible characters an email address must not hold (the SDK refuses it before
 * sending, the reference server on arrival): C0, DEL, C1, format characters (soft hyphen,
 * zero-width, bidi, BOM, tags), fillers that render as nothing, and a lone surrogate.
 */
export const INVISIBLE: Readonly<Record<string, string>> = {
  NUL: '\u0000',
  BEL: '\u0007',
  BS: '\u0008',
  ESC: '\u001b',
  US: '\u001f',
  DEL: '\u007f',
  PAD: '\u0080',
  NEL: '\u0085',
  APC: '\u009f',
  'soft hyphen': '\u00ad',
  'combining grapheme joiner': '\u034f',
  'Arabic letter mark': '\u061c',
  'Hangul filler': '\u3164',
  'Mongolian vowel separator': '\u180e',
  'zero-width space': '\u200b',
  'zero-width non-joiner': '\u200c',
  'zero-width joiner': '\u200d',
  'left-to-right mark': '\u200e',
  'right-to-left mark': '\u200f',
  'left-to-right embedding': '\u202a',
  'right-to-left override': '\u202e',
  'word joiner': '\u2060',
  'invisible times': '\u2062',
  'first strong isolate': '\u2068',
  'pop directional isolate': '\u2069',
  'variation selector 16': '\ufe0f',
  'byte order mark': '\ufeff',
  'interlinear annotation anchor': '\ufff9',
  'tag letter A': '\u{e0041}',
  'lone surrogate': '\ud800',
};

/** Each INVISIBLE character in the local part, the domain and the top-level domain of an address. */
export const invisibleEmails = (): [string, string][] =>
  Object.entries(INVISIBLE).flatMap(([name, c]) => [
    [`${name} in the local part`, `ad${c}a@example.com`],
    [`${name} in the domain`, `ada@exa${c}mple.com`],
    [`${name} at the end`, `ada@example.com${c}`],
  ]);

/** Addresses beyond ASCII that are no trick and must stay accepted. */
export const INTERNATIONAL_EMAILS = ['jörg@müller.de', 'δοκιμή@παράδειγμα.δοκιμή', '用户@例子.广告', 'अजय@डाटा.भारत', "o'hara+tag@example.co.uk"];
