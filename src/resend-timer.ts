// When "send again" may be used: one end time per address, taken from every answer that carries
// a wait, kept in sessionStorage so that a reload does not re-enable the button too early.
// WebAuth is only a type here: the timer takes an instance, so importing it alone stays small.
import type { WebAuth } from './web-auth';

/**
 * Options of {@link createResendTimer}.
 *
 * @example
 * ```ts
 * createResendTimer({ email: 'ada@example.com', storage: false, onChange: (seconds) => render(seconds) });
 * ```
 */
export interface ResendTimerOptions {
  /** The address the emails go to: one end time per address (case and surrounding spaces do not count). */
  email: string;
  /**
   * Where the end time survives a reload: default `sessionStorage` (this tab only); `false` for
   * memory only. Without `window` (SSR, Node), or when the storage throws (Safari's private mode,
   * a sandboxed iframe), memory only.
   */
  storage?: Storage | false;
  /** The clock in milliseconds, like `Date.now` (the default); for tests. */
  now?: () => number;
  /**
   * Called with `secondsLeft` once a second while time is left (the last call says 0), and when an
   * answer moves the end time. Not called for the value the timer starts with: read `secondsLeft`.
   */
  onChange?: (secondsLeft: number) => void;
}

/**
 * The countdown {@link createResendTimer} returns.
 *
 * @example
 * ```ts
 * const timer = createResendTimer({ email, onChange: render });
 * resendButton.disabled = timer.secondsLeft > 0;
 * ```
 */
export interface ResendTimer {
  /** Whole seconds until another email may be sent (rounded up); 0 when it may be sent now. */
  readonly secondsLeft: number;
  /**
   * Takes the wait from an answer: a `requestReset` result (`cooldown`), a `getResetCooldown`
   * result (`remaining`), or a `WebAuthError` with code `EMAIL_COOLDOWN_ACTIVE`,
   * `too_many_requests` or another 429, such as `IP_RATE_LIMIT_EXCEEDED` (`retryAfter`: the
   * server's `Retry-After`, else the reset of its spent rate limit). Anything else is ignored. Only moves the end time later, never earlier.
   */
  update(answer: unknown): void;
  /**
   * Asks the server (`getResetCooldown`) and takes its answer, earlier or later than the one kept,
   * unless `update` took a newer answer meanwhile. Rejects with the `WebAuthError` when the server
   * could not answer; the timer keeps what it had.
   */
  sync(webAuth: WebAuth): Promise<void>;
  /** Stops the ticking; `onChange` is not called again. */
  dispose(): void;
}

/**
 * The one place that knows when "send again" may be used for an address. Feed it every answer
 * (`update`), read `secondsLeft`, or listen with `onChange`, which ticks once a second while
 * time is left. The end time is kept in `sessionStorage` under a hash of the address, so a reload
 * (a new timer for the same address) continues the countdown; `sync` asks the server instead.
 * Headless: use it from every framework, and `dispose()` it when the screen goes.
 *
 * @example
 * ```ts
 * const timer = createResendTimer({
 *   email,
 *   onChange: (seconds) => {
 *     resendButton.disabled = seconds > 0;
 *     resendButton.textContent = seconds > 0 ? `Send again in ${seconds} s` : 'Send again';
 *   },
 * });
 * resendButton.disabled = timer.secondsLeft > 0; // the first render, e.g. after a reload
 * timer.sync(webAuth).catch(() => {}); // the server's word, when it answers
 *
 * resendButton.onclick = async () => {
 *   try {
 *     timer.update(await webAuth.requestReset({ email })); // { cooldown: 60 }
 *   } catch (error) {
 *     timer.update(error); // EMAIL_COOLDOWN_ACTIVE: its retryAfter
 *   }
 * };
 * ```
 */
export function createResendTimer({ email, storage, now = Date.now, onChange }: ResendTimerOptions): ResendTimer {
  // A 32-bit hash of the address (djb2 with xor), base 36: a storage key that does not show it. Not
  // secret-grade: anyone who can read the storage can test a guessed address against it.
  const key = `pwflow.resend.${[...email.trim().toLowerCase()].reduce((h, c) => (h * 33) ^ c.charCodeAt(0), 5381).toString(36)}`;
  let store: Storage | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let end = 0;
  // Counts update() calls, so that a sync overtaken by a newer answer does not undo it.
  let updates = 0;

  const left = () => Math.max(0, Math.ceil((end - now()) / 1000));

  /** Schedules the next tick at the next whole second while a listener exists; tells it when `notify`. */
  const tick = (notify?: unknown) => {
    clearTimeout(timer);
    if (onChange) {
      if (left()) timer = setTimeout(tick, (end - now()) % 1000 || 1000, 1);
      if (notify) onChange(left());
    }
  };

  /** Moves the end time (later only, unless `force`; NaN never), keeps it, and ticks. */
  const move = (next: number, force?: boolean) => {
    if (force || next > end) {
      end = next;
      try {
        store?.setItem(key, `${end}`);
      } catch {
        // A full or refused storage: the countdown still runs in memory.
      }
      tick(1);
    }
  };

  try {
    // parseInt: a kept value that is no time ('Infinity', junk) is NaN, so 0.
    if (storage !== false) end = parseInt((store = storage ?? sessionStorage).getItem(key)!) || 0;
  } catch {
    // No window (SSR, Node), or a storage that throws on access: memory only.
  }
  tick();

  const update = (answer: unknown) => {
    updates++;
    const { cooldown, remaining, code, statusCode, retryAfter } = (answer ?? {}) as Record<string, unknown>;
    // The first finite number (not NaN, Infinity, a string or `false`); none moves to NaN: no move.
    const seconds = [cooldown, remaining, (code === 'EMAIL_COOLDOWN_ACTIVE' || code === 'too_many_requests' || statusCode === 429) && retryAfter].find(
      Number.isFinite,
    ) as number;
    move(now() + seconds * 1000);
  };

  return {
    get secondsLeft() {
      return left();
    },
    update,
    async sync(webAuth) {
      const before = updates;
      move(now() + (await webAuth.getResetCooldown({ email })).remaining * 1000, before === updates);
    },
    dispose() {
      onChange = undefined;
      tick();
    },
  };
}
