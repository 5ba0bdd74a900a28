// The test page of readResetLink: reads the link once, clears the token from the address bar, and
// shows the state (never the token).
const link = window.pwflow.readResetLink({ clear: true });
document.getElementById('state').textContent = link.state;
