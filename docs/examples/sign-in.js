// The demo's sign-in page: posts to the reference server's own POST /api/auth/login (not part of
// pwflow's protocol: a real app signs in through its identity server). No SDK needed here.
const form = document.getElementById('sign-in');
const status = document.getElementById('status');
const button = form.querySelector('button[type="submit"]');

function showProblem(text) {
  status.textContent = text;
  status.hidden = false;
  status.focus();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const email = form.elements.email.value.trim();
  const password = form.elements.password.value;
  if (!email || !password) {
    showProblem('Enter your email address and your password.');
    return;
  }
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (response.ok) {
      const { email: who } = await response.json();
      form.hidden = true;
      status.hidden = true;
      document.getElementById('title').hidden = true;
      document.getElementById('who').textContent = `Signed in as ${who}.`;
      document.getElementById('signed-in').hidden = false;
      document.getElementById('welcome').focus();
      return;
    }
    showProblem(
      response.status === 401
        ? 'That email and password do not match. If you just reset your password, use the new one.'
        : response.status === 429
          ? 'Too many attempts. Wait a minute, then try again.'
          : `The server answered ${response.status}. Try again.`,
    );
    form.elements.password.value = '';
  } catch {
    showProblem('The server could not be reached. Check that npm start is running, then try again.');
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
});
