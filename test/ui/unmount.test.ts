// unmount() leaves nothing behind: no node in the target, no listener on any node or on
// window/document, no timer, no request that could answer into a removed screen.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { english, mountChangePassword, mountForgotPassword, mountResetPassword } from '../../src/ui/index';
import { CONNECTION, DEMO, STRONG, enter, host, input, type, until, useServer } from './helpers';

const { reference, sent, webAuth } = useServer();

/** Every listener added to a DOM node, window or document and not removed since. */
const listening = new Set<string>();
const ids = new WeakMap<object, number>();
let next = 0;
const key = (target: object, type: string, listener: unknown) => {
  const id = (o: object) => ids.get(o) ?? (ids.set(o, ++next), next);
  return `${id(target)} ${type} ${typeof listener === 'object' || typeof listener === 'function' ? id(listener as object) : listener}`;
};
/** The prototypes that hold add/removeEventListener for elements, document and window (happy-dom has its own EventTarget). */
const owners = [document.createElement('div'), document, window].map((target) => {
  let owner: object = target;
  while (!Object.prototype.hasOwnProperty.call(owner, 'addEventListener')) owner = Object.getPrototypeOf(owner);
  return owner as EventTarget;
});

beforeEach(() => {
  listening.clear();
  for (const owner of new Set(owners)) {
    const { addEventListener, removeEventListener } = owner;
    vi.spyOn(owner, 'addEventListener').mockImplementation(function (this: EventTarget, type, listener, options) {
      if (this instanceof Node || this === window) listening.add(key(this, type, listener));
      return addEventListener.call(this, type, listener, options);
    });
    vi.spyOn(owner, 'removeEventListener').mockImplementation(function (this: EventTarget, type, listener, options) {
      listening.delete(key(this, type, listener));
      return removeEventListener.call(this, type, listener, options);
    });
  }
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => vi.restoreAllMocks());

/** After `unmount()`: the target as it was, no listener, no timer. */
function expectNothingLeft(target: HTMLElement) {
  expect(target.childNodes).toHaveLength(0);
  expect([...listening]).toEqual([]);
  expect(vi.getTimerCount()).toBe(0);
}

describe('unmount()', () => {
  it('forgot password, with the countdown running', async () => {
    const target = host();
    const screen = mountForgotPassword(target, { webAuth });
    type(input(target, english['common.email']), DEMO.email);
    enter(input(target, english['common.email']));
    await until(() => expect(target.querySelector('[role="timer"]')?.textContent).toMatch(/1 minute/));
    expect(listening.size).toBeGreaterThan(0);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    screen.unmount();
    expectNothingLeft(target);
    vi.advanceTimersByTime(120_000);
    expect(target.childNodes).toHaveLength(0);
  });

  it('forgot password, with a request under way: it is cancelled and shows nothing afterwards', async () => {
    const target = host();
    const onSent = vi.fn();
    const screen = mountForgotPassword(target, { webAuth, onSent });
    type(input(target, english['common.email']), DEMO.email);
    enter(input(target, english['common.email']));
    screen.unmount();
    // The request's own deadline timer goes once the cancelled call has ended.
    await vi.waitFor(() => expect(vi.getTimerCount()).toBe(0));
    expectNothingLeft(target);
    expect(onSent).not.toHaveBeenCalled();
  });

  it('reset password, with the rules summary pending', async () => {
    await webAuth.requestReset({ email: DEMO.email });
    history.replaceState(null, '', new URL(reference.outbox.at(-1)!.link!).search);
    const target = host();
    const screen = mountResetPassword(target, { webAuth });
    type(input(target, english['reset.password']), STRONG);
    input(target, english['reset.password']).parentElement!.querySelector('button')!.click();
    expect(vi.getTimerCount()).toBe(1);
    screen.unmount();
    expectNothingLeft(target);
  });

  it('change password, after its result', async () => {
    const target = host();
    const screen = mountChangePassword(target, { webAuth, connection: CONNECTION, email: DEMO.email });
    enter(input(target, english['common.email']));
    await until(() => expect(target.querySelector('h1')?.textContent).toBe(english['common.inbox']));
    screen.unmount();
    expectNothingLeft(target);
  });

  it('a screen mounted into a selector leaves the element as it was', () => {
    const target = host();
    target.id = 'app';
    const screen = mountChangePassword('#app', { webAuth, connection: CONNECTION });
    expect(target.querySelector('form')).not.toBeNull();
    screen.unmount();
    expectNothingLeft(target);
  });
});
