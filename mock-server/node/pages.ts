/**
 * The Node server's own pages: the mailbox, a fallback index, the 404 page, and their stylesheet.
 * No inline script or style anywhere (the CSP forbids both).
 */
import type { SentEmail } from '../core/types';
import { hostName } from './hosts';

/** The pages' stylesheet (`/mailbox.css`): the examples' look (docs/examples/styles.css), so it works without them. */
export const PAGES_CSS = `:root{--text:#1b1d21;--muted:#5a5f69;--line:#e1e4e9;--accent:#1f5fbf;--radius:8px;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--text);background:#f4f5f7}
a{color:var(--accent)}
code{font-size:.92em;background:#eceef2;padding:0 .25em;border-radius:4px}
.site nav{display:flex;gap:1.25rem;max-width:52rem;margin:0 auto;padding:.75rem 1rem}
.site a{color:var(--muted);text-decoration:none}
.site a:hover,.site a:focus-visible{color:var(--text);text-decoration:underline}
.card{max-width:52rem;margin:0 auto 2rem;padding:1.5rem 1.25rem 2rem;background:#fff;border:1px solid var(--line);border-radius:12px}
@media (max-width:54rem){.card{border-radius:0;border-left:0;border-right:0}}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 .75rem}
.meta{color:var(--muted)}
article{border:1px solid var(--line);border-radius:var(--radius);padding:1rem 1.25rem;margin:1rem 0}
article h2{margin:0 0 .5rem;font-size:1.15rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:0 0 .75rem}
dt{font-weight:600}dd{margin:0}
pre,.link{overflow-wrap:anywhere}
pre{white-space:pre-wrap;background:#f6f7f9;padding:.75rem;border-radius:6px;font-size:.9rem}
.kind{display:inline-block;padding:0 .5rem;border-radius:99px;background:#eef4fc;color:var(--accent);font-size:.85rem;font-weight:600}
`;

/** `/mailbox.js`: shows each `<time>` in the reader's own time zone (the server knows only UTC). */
export const PAGES_JS = `for (const time of document.querySelectorAll('time[datetime]')) {
  const date = new Date(time.dateTime);
  if (Number.isNaN(date.getTime())) continue;
  time.title = time.dateTime;
  time.textContent = date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}
`;

/** `/favicon.ico` (an SVG: every browser that runs the demo reads it): a key on the accent blue. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1f5fbf"/><circle cx="12" cy="16" r="5" fill="none" stroke="#fff" stroke-width="3"/><path d="M17 16h10m-3 0v4" stroke="#fff" stroke-width="3" fill="none"/></svg>
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
<link rel="icon" href="/favicon.ico" type="image/svg+xml">
<link rel="stylesheet" href="/mailbox.css">
<script type="module" src="/mailbox.js"></script>
</head>
<body>
<header class="site">
<nav aria-label="Site"><a href="/">pwflow examples</a> <a href="/mailbox">Mailbox</a></nav>
</header>
<main class="card">
${body}
</main>
</body>
</html>
`;
}

/** `2026-12-02T10:00:00Z` → `2026-12-02 10:00:00 UTC`, until the page's script shows local time. */
function readableUtc(iso: string): string {
  return iso.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC');
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
<dt>Sent</dt><dd><time datetime="${escapeHtml(email.sentAt)}">${escapeHtml(readableUtc(email.sentAt))}</time></dd>
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
    `<h1>Mailbox</h1>
<p class="meta">${count}, newest first. <a href="/mailbox">Refresh</a> · <a href="/mailbox.json">JSON</a> (oldest first, as sent)</p>
${emails || '<p class="empty">No emails yet. Ask for a password reset, then refresh this page.</p>'}`,
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
