/**
 * The stylesheet and script every embed document carries inline, so that it makes no request at
 * all: neutral colours that follow the reader's light or dark setting unless the embed's address
 * asks for one (`?theme=light`, `?theme=dark`), and a script that reports the document's height to
 * the host page each time it changes (once shown after starting hidden, too).
 */
import { createHash } from 'node:crypto';
import { HEIGHT_MESSAGE } from './embed-frame.ts';

const LIGHT =
  '--bg:#fff;--fg:#1a1a1a;--muted:#595959;--link:#0b57d0;--rule:#d0d0d0;--badge:#ececec';
const DARK =
  '--bg:#16181c;--fg:#ececec;--muted:#b4b4b4;--link:#8ab4f8;--rule:#3a3d42;--badge:#2c2f34';

export const EMBED_CSS = [
  `:root{color-scheme:light dark;${LIGHT}}`,
  `@media (prefers-color-scheme:dark){:root:not([data-theme=light]){${DARK}}}`,
  `:root[data-theme=dark]{color-scheme:dark;${DARK}}`,
  ':root[data-theme=light]{color-scheme:light}',
  'html{background:var(--bg);color:var(--fg);font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow-wrap:break-word}',
  'body{margin:0;padding:.75rem 1rem}',
  'a{color:var(--link)}',
  'a:focus-visible{outline:2px solid var(--link);outline-offset:2px}',
  'h1{font-size:1.15rem;line-height:1.3;margin:0 0 .25rem}',
  '.date,.meta,.lede,footer{color:var(--muted);font-size:.875rem;margin:0}',
  '.summary{margin:.5rem 0}',
  'ol{list-style:none;margin:.5rem 0 0;padding:0}',
  'li{border-top:1px solid var(--rule);padding:.45rem 0}',
  'li a{display:block;text-decoration:none}',
  'li .title{text-decoration:underline}',
  'li .date{display:block}',
  '.status{background:var(--badge);color:var(--fg);border-radius:3px;padding:0 .3em;font-size:.8rem}',
  '.pager{display:flex;justify-content:space-between;gap:1rem;margin:.5rem 0 0}',
  'footer{border-top:1px solid var(--rule);margin-top:.75rem;padding-top:.5rem}',
].join('');

export const EMBED_SCRIPT = `(function(){var m=/[?&]theme=(light|dark)(?:&|$)/.exec(location.search);if(m)document.documentElement.setAttribute("data-theme",m[1]);if(window.parent===window)return;var last=-1;function send(){var h=Math.ceil(document.documentElement.getBoundingClientRect().height);if(h!==last){last=h;window.parent.postMessage({type:"${HEIGHT_MESSAGE}",height:h},"*")}}if(window.ResizeObserver)new ResizeObserver(send).observe(document.documentElement);addEventListener("load",send)})();`;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The embed's own policy: nothing may load but its inline style and script (by their hashes) and
 * the site's own images; forms go nowhere.
 */
export const EMBED_POLICY = `default-src 'none'; style-src ${hash(EMBED_CSS)}; script-src ${hash(EMBED_SCRIPT)}; img-src 'self'; base-uri 'self'; form-action 'none'`;
