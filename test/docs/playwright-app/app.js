// The app the testing guide's Playwright specs drive: the ready-made screens on the routes a
// Vite app would have, calling an API origin that only the specs' routeReferenceServer answers.
const { WebAuth, ui } = window.pwflow;
const webAuth = new WebAuth({ domain: 'https://auth.example.com' });
const root = document.getElementById('app');
const screens = {
  '/forgot-password': () => ui.mountForgotPassword(root, { webAuth }),
  '/reset-password': () => ui.mountResetPassword(root, { webAuth, forgotPasswordUrl: '/forgot-password' }),
};
screens[location.pathname]?.();
