// The reset form of test/browser/breach.test.ts: pwflow from the <script src> build, the breach
// check pointed at the reference server's own /range/ (connect-src 'self' allows it).
const token = pwflow.parseResetToken({ clear: true });
const webAuth = new pwflow.WebAuth({ domain: location.origin, breachCheck: { endpoint: `${location.origin}/range/` } });
const form = document.getElementById('reset');
const input = document.getElementById('password');
const error = document.getElementById('password-error');
const status = document.getElementById('status');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.textContent = '';
  status.textContent = '';
  try {
    const result = await webAuth.resetPassword({ password: input.value, token: token ?? undefined });
    status.textContent = `Your password has been changed (breach check: ${result.breachCheck}).`;
  } catch (failure) {
    const breached = failure.fields?.find((field) => field.rule === 'breached');
    error.textContent = breached
      ? `This password has appeared in a data breach. ${breached.message}.`
      : failure.description;
    input.setAttribute('aria-invalid', 'true');
  }
});
