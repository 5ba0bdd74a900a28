/**
 * The Node server's own pages: the mailbox, a fallback index, the 404 page, and their stylesheet.
 * No inline script or style anywhere (the CSP forbids both).
 */
import type { SentEmail } from '../core/types';
import { hostName } from './hosts';

export const PAGES_CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
header p,.meta{color:#555}
article{border:1px solid #ddd;border-radius:8px;padding:1rem 1.25rem;margin:1rem 0}
article h2{margin:0 0 .5rem;font-size:1.15rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:0 0 .75rem}
dt{font-weight:600}dd{margin:0}
pre,.link{overflow-wrap:anywhere}
pre{white-space:pre-wrap;background:#f6f6f7;padding:.75rem;border-radius:6px}
.kind{display:inline-block;padding:0 .5rem;border-radius:99px;background:#eef;font-size:.85rem}
a{color:#0645ad}
`;

/** HTML-escapes text for element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/mailbox.css">
</head>
<body>
${body}
</body>
</html>
`;
}

function emailHtml(email: SentEmail): string {
  const link = email.link && /^https?:\/\//i.test(email.link)
    ? `<p><a class="link" href="${escapeHtml(email.link)}">${escapeHtml(email.link)}</a></p>\n`
    : '';
  return `<article class="email">
<h2>${escapeHtml(email.subject)} <span class="kind">${escapeHtml(email.kind)}</span></h2>
<dl>
<dt>To</dt><dd>${escapeHtml(email.to)}</dd>
<dt>Kind</dt><dd>${escapeHtml(email.kind)}</dd>
<dt>Locale</dt><dd>${escapeHtml(email.locale)}</dd>
<dt>Sent</dt><dd><time datetime="${escapeHtml(email.sentAt)}">${escapeHtml(email.sentAt)}</time></dd>
</dl>
${link}<pre>${escapeHtml(email.text)}</pre>
</article>`;
}

/** The mailbox: every sent email, newest first. */
export function mailboxPage(outbox: readonly SentEmail[]): string {
  const emails = [...outbox].reverse().map(emailHtml).join('\n');
  const count = outbox.length === 1 ? '1 email' : `${outbox.length} emails`;
  return page(
    'Mailbox — pwflow reference server',
    `<header>
<h1>Mailbox</h1>
<p>${count}, newest first. <a href="/mailbox">Refresh</a> · <a href="/mailbox.json">JSON</a> · <a href="/">App</a></p>
</header>
<main>
${emails || '<p class="empty">No emails yet. Ask for a password reset, then refresh this page.</p>'}
</main>`,
  );
}

/** Shown at `/` when the static folder has no `index.html`. */
export function fallbackIndexPage(): string {
  return page(
    'pwflow reference server',
    `<h1>pwflow reference server</h1>
<p>The API of PROTOCOL.md is served here. No example app was found (looked for <code>index.html</code> in the static folder).</p>
<ul>
<li><a href="/mailbox">Mailbox</a>: the emails the server sent, with their reset links</li>
<li><a href="/mailbox.json">Mailbox as JSON</a></li>
<li>API A: <code>POST /dbconnections/change_password</code></li>
<li>API B: <code>POST /api/auth/password/reset-request</code>, <code>GET /api/auth/password/reset/cooldown</code>, <code>POST /api/auth/password/reset</code></li>
</ul>`,
  );
}

/** The 404 page. */
export function notFoundPage(path: string): string {
  return page(
    'Not found — pwflow reference server',
    `<h1>Not found</h1>
<p>Nothing is served at <code>${escapeHtml(path)}</code>.</p>
<p><a href="/">Home</a> · <a href="/mailbox">Mailbox</a></p>`,
  );
}

/** The 501 page, for a method the server takes nowhere (TRACE, TRACK, CONNECT, unknown verbs). */
export function notImplementedPage(method: string): string {
  return page(
    'Not implemented — pwflow reference server',
    `<h1>Not implemented</h1>
<p>This server does not take <code>${escapeHtml(method)}</code> requests.</p>`,
  );
}

/** The 403 page for a `Host` the server does not answer to (DNS rebinding). */
export function blockedHostPage(host: string): string {
  return page(
    'Blocked host — pwflow reference server',
    `<h1>Blocked request</h1>
<p>This server does not answer to the host <code>${escapeHtml(host)}</code>. To allow it, start the server with
<code>allowedHosts: ['${escapeHtml(hostName(host))}']</code> (<code>npm start -- --allowed-host ${escapeHtml(hostName(host))}</code>).</p>`,
  );
}
