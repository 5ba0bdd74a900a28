import { describe, expect, it, vi } from 'vitest';
import { english, mountChangePassword } from '../../src/ui/index';
import { wire } from '../support/network';
import { CONNECTION, DEMO, ORIGIN, button, enter, host, input, text, until, useServer } from './helpers';

const { reference, sent, webAuth } = useServer();

describe('mountChangePassword', () => {
  it('asks the server to email a link to the address filled in, then says "Check your inbox"', async () => {
    const target = host();
    const onSent = vi.fn();
    mountChangePassword(target, { webAuth, connection: CONNECTION, email: DEMO.email, onSent });
    const email = input(target, english['common.email']);
    expect(email.value).toBe(DEMO.email);
    expect(email.getAttribute('autocomplete')).toBe('email');
    button(target, english['change.submit']).click();

    await until(() => expect(text(target.querySelector('h1'))).toBe(english['common.inbox']));
    expect(await wire(sent[0])).toEqual({
      method: 'POST',
      url: `${ORIGIN}/dbconnections/change_password`,
      query: [],
      contentType: 'application/json',
      body: JSON.stringify({ client_id: 'demo-client', email: DEMO.email, connection: CONNECTION }),
    });
    expect(reference.outbox.at(-1)).toMatchObject({ to: DEMO.email, kind: 'change-password' });
    expect(document.activeElement).toBe(target.querySelector('h1'));
    expect(text(target.querySelector('strong'))).toBe(DEMO.email);
    expect(onSent).toHaveBeenCalledWith(expect.objectContaining({ message: expect.any(String) }));
  });

  it('an empty address is an error next to the field, read out and focused, and nothing is sent', async () => {
    const target = host();
    mountChangePassword(target, { webAuth, connection: CONNECTION });
    const email = input(target, english['common.email']);
    enter(email);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(`${email.id}-error`)!;
    expect(text(error)).toBe(english['field.emailMissing']);
    expect(email.getAttribute('aria-describedby')).toContain(error.id);
    expect(text(target.querySelector('[role="alert"]'))).toBe(english['field.emailMissing']);
    expect(document.activeElement).toBe(email);
    expect(sent).toHaveLength(0);
  });

  it('a connection the server does not know is an alert, focused; the form stays', async () => {
    const target = host();
    mountChangePassword(target, { webAuth, connection: 'No-Such-Connection', email: DEMO.email });
    button(target, english['change.submit']).click();
    const alert = target.querySelector<HTMLElement>('[role="alert"]')!;
    await until(() => expect(text(alert)).toBe(english['error.support']));
    expect(document.activeElement).toBe(alert);
    expect(button(target, english['change.submit']).hasAttribute('aria-disabled')).toBe(false);
  });
});
