/**
 * Which addresses a page may link to or load: the one rule both the
 * validator (for editors' Markdown, before the build) and the build's
 * rehype-link-policy apply. Only http(s) leaves the site; every other scheme
 * (javascript:, data:, vbscript: …) is unsafe.
 */

/** The scheme of an address in lower case, as a browser reads it, or undefined for a path or fragment. */
export function schemeOf(href: string): string | undefined {
  // Browsers ignore tabs, newlines and other control characters in a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const compact = href.replace(/[\u0000-\u0020\u007f]+/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
}

/** internal: within this site; external: an http(s) address of another site; unsafe: any other scheme. */
export function classifyHref(href: string): 'internal' | 'external' | 'unsafe' {
  const scheme = schemeOf(href);
  // eslint-disable-next-line no-control-regex -- as in schemeOf
  if (!scheme) return href.replace(/[\u0000-\u0020\u007f]+/g, '').startsWith('//') ? 'external' : 'internal';
  return scheme === 'http' || scheme === 'https' ? 'external' : 'unsafe';
}
