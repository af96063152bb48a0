/**
 * Which addresses a page may link to or load: the one rule both the validator (for editors'
 * Markdown, before the build) and the build's rehype-link-policy apply. Only http(s) leaves the
 * site; every other scheme (javascript:, data:, vbscript: …) is unsafe.
 */

// Browsers ignore tabs, newlines and other control characters in a scheme ("java\tscript:").
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const IGNORED = /[\u0000-\u0020\u007f]+/g;

/** The scheme of an address in lower case, as a browser reads it; undefined for a path. */
export function schemeOf(href: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(href.replace(IGNORED, ''))?.[1]?.toLowerCase();
}

/** internal: within this site; external: http(s) on another site; unsafe: any other scheme. */
export function classifyHref(href: string): 'internal' | 'external' | 'unsafe' {
  const scheme = schemeOf(href);
  // A browser reads a backslash as a slash: `/\host`, `\\host` and `\/host` name another host
  // as `//host` does.
  if (!scheme)
    return href.replace(IGNORED, '').replace(/\\/g, '/').startsWith('//') ? 'external' : 'internal';
  return scheme === 'http' || scheme === 'https' ? 'external' : 'unsafe';
}
