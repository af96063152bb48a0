/**
 * Every address in a Markdown body obeys the link policy the build applies (lib/link-policy.ts):
 * no link with a scheme the page would drop (javascript:, data:, a mistyped kind such as evnt:),
 * and no image or other embedded file from another site, in Markdown or raw HTML. The page would
 * silently lose them; the editor is told first, with the line.
 */
import { bodyElements, mayEmbed } from '../lib/body-elements.ts';
import {
  CROSS_LINK_KINDS,
  findLinks,
  hasForeignScheme,
  parseCrossLink,
} from '../lib/cross-links.ts';
import { addressFindings } from '../lib/link-policy.ts';
import { problem, type Problem } from '../lib/problems.ts';
import { bodyLine, type Check, type ContentRecord } from './record-set.ts';

const KINDS = Object.keys(CROSS_LINK_KINDS).join(':, ');

/**
 * An address as the editor can find it again: a control character the HTML spelled as an entity
 * (`&#x09;`) is shown as one.
 */
// eslint-disable-next-line no-control-regex -- showing control characters is the point here
const CONTROL = /[\u0000-\u001f\u007f]/g;
const visible = (address: string) =>
  address.replace(CONTROL, (c) => `&#x${c.charCodeAt(0).toString(16).padStart(2, '0')};`);

/** The quick way, for the usual body: its links found by pattern, without parsing. */
function linkProblems(record: ContentRecord): Problem[] {
  if (!record.body.includes(':')) return [];
  return findLinks(record.body)
    .filter((link) => hasForeignScheme(link.url))
    .map((link) =>
      problem(record.file, bodyLine(record, link.offset), 'body', 'link.scheme', {
        url: link.url.slice(0, 60),
        kinds: KINDS,
      }),
    );
}

/** A body with raw HTML or an image, parsed as the page's pipeline parses it. */
function elementProblems(record: ContentRecord): Problem[] {
  return bodyElements(record.body).flatMap((element) =>
    addressFindings(element.properties)
      // A cross-link is an address of this site; whether its record exists is checked apart.
      .filter((finding) => !(finding.property === 'href' && parseCrossLink(finding.address)))
      .map((finding) =>
        problem(
          record.file,
          bodyLine(record, element.offset ?? 0),
          'body',
          finding.problem === 'embed' ? 'embed.foreign' : 'link.scheme',
          { url: visible(finding.address).slice(0, 60), kinds: KINDS },
        ),
      ),
  );
}

/**
 * Both looks for a body that needs parsing (the pattern still finds a reference definition no
 * link uses), each problem once.
 */
function bodyProblems(record: ContentRecord): Problem[] {
  if (!mayEmbed(record.body)) return linkProblems(record);
  const seen = new Set<string>();
  return [...elementProblems(record), ...linkProblems(record)]
    .filter((found) => {
      const key = `${found.line}|${found.message}`;
      return !seen.has(key) && Boolean(seen.add(key));
    })
    .sort((a, b) => a.line - b.line);
}

export const checkBodyAddresses: Check = ({ records }) =>
  Object.entries(records).flatMap(([name, list]) =>
    // A source's body is the article, not the editor's Markdown.
    name === 'sources' ? [] : list.flatMap(bodyProblems),
  );
