// The test page of createResendTimer: one timer per typed address, fed by every answer; nothing else
// keeps time. test/browser/link-helpers.test.ts sends, reloads, and reads #seconds.
const { WebAuth, createResendTimer } = window.pwflow;
const webAuth = new WebAuth({ domain: location.origin });
const form = document.querySelector('form');
const email = document.getElementById('email');
const send = document.getElementById('send');
const seconds = document.getElementById('seconds');
const status = document.getElementById('status');
let timer;

function render(left) {
  seconds.textContent = String(left);
  send.disabled = left > 0;
  send.textContent = left > 0 ? `Send again in ${left} s` : 'Send reset link';
}

function watch() {
  timer?.dispose();
  timer = createResendTimer({ email: email.value, onChange: render });
  render(timer.secondsLeft);
}

email.addEventListener('input', watch);
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    timer.update(await webAuth.requestReset({ email: email.value }));
    status.textContent = 'sent';
  } catch (error) {
    timer.update(error);
    status.textContent = error.code;
  }
});
watch();
