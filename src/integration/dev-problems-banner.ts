/**
 * The banner of `npm run dev`: an Astro middleware, added only to the dev server, that puts the
 * content's problems (kept by dev-problems.ts) at the top of every page it sends, as the terminal
 * lists them. Plain HTML with its own inline style, so it shows on any page, with or without
 * JavaScript; never part of a build.
 */
import type { MiddlewareHandler } from 'astro';
import { escapeMarkup } from '../model/exports/display.ts';

const DEV_PROBLEMS = Symbol.for('chronicle.devProblems');

function banner(lines: string[]): string {
  const items = lines
    .map((line) => {
      const [where, what] = line.split(' → ');
      return `<li><code>${escapeMarkup(where ?? '')}</code> ${escapeMarkup(what ?? '')}</li>`;
    })
    .join('');
  const title = `${lines.length} ${lines.length === 1 ? 'problem' : 'problems'} in the content`;
  return (
    `<aside id="chronicle-dev-problems" role="alert" lang="en" dir="ltr" style="margin:0;padding:0.75rem 1rem;background:#7a1010;color:#fff;font:0.95rem/1.45 system-ui,sans-serif;border-block-end:4px solid #f5b800">` +
    `<p style="margin:0 0 0.35rem"><strong>${title}</strong>: a build would stop on ${lines.length === 1 ? 'it' : 'them'}. Save the fix, and the page reloads without this.</p>` +
    `<ul style="margin:0;padding-inline-start:1.25rem">${items}</ul></aside>`
  );
}

export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  const problems = (globalThis as Record<symbol, { lines: string[] } | undefined>)[DEV_PROBLEMS];
  if (!problems?.lines.length) return response;
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const body = /<body[^>]*>/i.exec(html);
  if (!body) return new Response(html, response);
  const at = body.index + body[0].length;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html.slice(0, at) + banner(problems.lines) + html.slice(at), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
};
