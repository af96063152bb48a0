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

/**
 * Every attribute (by its hast property name) the sanitiser lets through that holds an address,
 * and what a browser does with it: `load` fetches it as the page opens (an image, a <picture>'s
 * <source>), `navigate` goes there when the reader follows it (a link; a quotation's cite, a long
 * description, which some browsers and readers offer as links).
 */
export const ADDRESS_PROPERTIES = {
  href: 'navigate',
  cite: 'navigate',
  longDesc: 'navigate',
  src: 'load',
  srcSet: 'load',
} as const;

export type AddressProperty = keyof typeof ADDRESS_PROPERTIES;

/**
 * The addresses an attribute's value holds: one, or for srcset the address of each candidate
 * ("/a.png 2x, /b.png 3x"), whether the value is still text or already split into a list.
 */
export function addressesOf(property: AddressProperty, value: unknown): string[] {
  const values = Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? [value]
      : [];
  if (property !== 'srcSet') return values;
  return values
    .flatMap((candidate) => candidate.split(','))
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/**
 * What the rule says of one address on an element, if it is not left alone: `embed`, a file
 * loaded from another site or through a scheme (the element goes); `unsafe`, a link with a
 * scheme other than http(s) (the attribute goes).
 */
export interface AddressFinding {
  property: AddressProperty;
  address: string;
  problem: 'embed' | 'unsafe';
}

/** The findings of every address attribute of an element's properties. */
export function addressFindings(properties: Record<string, unknown>): AddressFinding[] {
  const findings: AddressFinding[] = [];
  for (const [property, role] of Object.entries(ADDRESS_PROPERTIES) as [
    AddressProperty,
    'load' | 'navigate',
  ][]) {
    for (const address of addressesOf(property, properties[property])) {
      const kind = classifyHref(address);
      if (role === 'load' && kind !== 'internal')
        findings.push({ property, address, problem: 'embed' });
      else if (kind === 'unsafe') findings.push({ property, address, problem: 'unsafe' });
    }
  }
  return findings;
}
