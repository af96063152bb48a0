/**
 * The short syntax editors use in Markdown bodies to link within the site:
 * `[the council meeting](event:2021-11-30-harbour-council-meets)`,
 * `[Ada Quill](person:ada-quill)`, and likewise organisation:,
 * place:, topic: and source:.
 */
import { schemeOf } from './link-policy.ts';

/**
 * Each kind of cross-link and the collection it points into (src/schema/index.ts checks that these
 * are collections).
 */
export const CROSS_LINK_KINDS = {
  event: 'events',
  person: 'people',
  organisation: 'organisations',
  place: 'places',
  topic: 'topics',
  source: 'sources',
} as const;

export type CrossLinkKind = keyof typeof CROSS_LINK_KINDS;
export type LinkedCollection = (typeof CROSS_LINK_KINDS)[CrossLinkKind];

export function parseCrossLink(
  url: string,
): { kind: CrossLinkKind; collection: LinkedCollection; id: string } | undefined {
  const match = /^([a-z]+):([a-z0-9-]+)$/.exec(url.trim());
  if (!match || !(match[1]! in CROSS_LINK_KINDS)) return undefined;
  const kind = match[1] as CrossLinkKind;
  return { kind, collection: CROSS_LINK_KINDS[kind], id: match[2]! };
}

export interface FoundLink {
  url: string;
  /** 0-based offset in the Markdown text. */
  offset: number;
}

// Inline links `](url)`, autolinks `<scheme:…>` and reference definitions `[x]: url`.
const LINK_PATTERNS = [
  /\]\(\s*<?([^()\s>]*(?:\([^()\s]*\)[^()\s>]*)*)/g,
  /<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi,
  /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm,
];

/**
 * Link targets in Markdown, found without parsing it (the validator must stay
 * fast at 10,000 events); the build's remark plugin is the authority.
 */
export function findLinks(markdown: string): FoundLink[] {
  return LINK_PATTERNS.flatMap((pattern) =>
    [...markdown.matchAll(pattern)].map((m) => ({
      url: m[1]!,
      offset: m.index + m[0].indexOf(m[1]!),
    })),
  ).sort((a, b) => a.offset - b.offset);
}

/** A scheme other than http(s) and our own kinds: the link would be dropped from the page. */
export function hasForeignScheme(url: string): boolean {
  const scheme = schemeOf(url);
  return (
    scheme !== undefined && scheme !== 'http' && scheme !== 'https' && !(scheme in CROSS_LINK_KINDS)
  );
}
