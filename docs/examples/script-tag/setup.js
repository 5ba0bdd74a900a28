// What the three script-tag pages share: the SDK from the global `pwflow` (defined by
// <script src="/dist/pwflow.min.js">, loaded just before this module), one WebAuth, and the links
// between the pages. The reference server serves the API on this page's own origin.
const { pwflow } = window;
if (!pwflow) throw new Error('pwflow is not loaded: add <script src="/dist/pwflow.min.js"> before the page script');

export { pwflow };
export const webAuth = new pwflow.WebAuth({ domain: location.origin, clientID: 'demo-client' });
export const links = { home: '/', forgot: '/forgot-password.html', change: '/change-password.html' };
export const root = document.getElementById('app');
