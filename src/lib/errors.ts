/**
 * The one catalog of wording for every problem an editor can meet. The build
 * and `npm run validate` both print from here, and each message is pinned by a
 * test. A message names what was found, what is accepted and how to fix it.
 */

type Params = Record<string, string | number | undefined>;

/** "an event", "a person" */
const a = (noun: unknown) => `${/^[aeiou]/i.test(String(noun)) ? 'an' : 'a'} ${String(noun)}`;

const catalog = {
  // Files
  'file.utf8': (p: Params) =>
    `the file is not valid UTF-8 text (first bad byte on line ${p.line}). Save it again with UTF-8 encoding.`,
  'file.notARecord': (p: Params) =>
    `this file is not read: only files whose names end in .md are records. If it is one, rename it to "${p.suggestion}"; if not, move it out of ${p.folder}/.`,
  'file.unknownFolder': (p: Params) =>
    `this folder is not read: the content folder's records are in ${p.known}.${p.suggestion ? ` Did you mean "${p.suggestion}"? Rename it.` : ' Move its files into the folder they belong in, or out of the content folder.'}`,
  'file.unknownFile': (p: Params) =>
    `this file is not read: beside its folders, the content folder holds only ${p.known}.${p.suggestion ? ` Did you mean "${p.suggestion}"? Rename it.` : " A record goes in its collection's folder (an event in events/); anything else, move out of the content folder."}`,
  'file.brokenLink': () =>
    `this link cannot be followed (it points to itself, in a loop, or to nothing). Remove it, or point it at a file or folder that exists.`,
  'file.empty': () =>
    `the file is empty. A record starts with front matter: a line "---", its fields, and another line "---". Copy an existing record to start.`,
  'file.tooLarge': (p: Params) =>
    `the file is ${p.size} KB; ${a(p.singular)} file may be ${p.limit} KB at most. Keep the record short and put long text elsewhere.`,
  'file.noFrontMatter': () =>
    `the file has no front matter. Start it with a line "---", then the fields (name: value), then another line "---".`,
  'file.yaml': (p: Params) =>
    `the front matter is not valid YAML: ${p.reason}. Check this line and the one above it: indentation, quotes, and brackets left open; text containing ": " must be in quotes.`,
  'file.notFields': (p: Params) =>
    `the front matter must be fields written as name: value, but it is ${p.found}.`,
  'file.name': (p: Params) =>
    `the file name "${p.name}" does not follow the convention: ${p.convention}. Rename it, for example to "${p.example}".`,
  'file.nameTooLong': (p: Params) =>
    `the file name has ${p.length} characters before .md; an id may have ${p.max} at most, so that every address and file made from it works on any file system. Shorten it, for example to "${p.example}".`,
  'file.datePrefix': (p: Params) =>
    `the file name starts with "${p.prefix}" but start is "${p.start}". Rename the file to "${p.suggestion}" or correct the date.`,

  'messages.unknownKey': (p: Params) =>
    `"${p.key}" is not a message of the catalogue.${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''} Use a key of src/lib/messages/en.ts, or remove it.`,
  'messages.noCatalogue': (p: Params) =>
    `no catalogue of the site's words is shipped for "${p.language}", and ${p.file} does not give them all: ${p.first}${Number(p.count) > 3 ? ' and others' : ''} ${Number(p.count) === 1 ? 'is' : 'are'} missing. Give every message of src/lib/messages/en.ts there in your language, or use a language with a catalogue (${p.shipped}).`,
  'site.periodReversed': (p: Params) =>
    `the period ends (${p.end}) before it starts (${p.start}). Swap the two dates, or correct the one that is wrong.`,
  'site.noEventKinds': () =>
    `keepDefaults is false but kinds lists none: the events would have no kind to take. List the site's kinds under kinds, or set keepDefaults: true.`,
  'site.kindLabelMissing': (p: Params) =>
    `the kind "${p.kind}" has names in ${p.given} but none in the site's language (${p.language}). Add ${p.language}: with its name, or write the name alone.`,
  'site.missing': () =>
    `the site configuration file is missing. Create it with title, description, period (start, end), url and base; see the README.`,

  // Fields
  'field.missing': (p: Params) => `this required field is missing. Add it: ${p.expected}`,
  'field.type': (p: Params) => `found ${p.found}; expected ${p.type}. ${p.expected}`,
  'field.enum': (p: Params) =>
    `found ${p.found}; accepted values are ${p.values}.${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''}`,
  'field.unknown': (p: Params) =>
    `"${p.key}" is not a field of ${p.where}.${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''} Remove it or correct its name.`,
  'field.empty': (p: Params) => `this field is empty. ${p.expected}`,
  'field.tooLong': (p: Params) =>
    `this text has ${p.length} characters; at most ${p.max} are accepted. Shorten it.`,
  'field.tooFew': (p: Params) =>
    `this list needs at least ${p.min} ${Number(p.min) === 1 ? 'entry' : 'entries'}. ${p.expected}`,
  'field.outOfRange': (p: Params) =>
    `found ${p.found}; the ${p.side} value accepted is ${p.limit}.`,
  'field.id': (p: Params) =>
    `found ${p.found}; an id is lower-case letters, digits and single hyphens, such as "ada-quill".`,
  'field.url': (p: Params) =>
    `found ${p.found}; only web addresses starting with http:// or https:// are accepted.`,
  'field.format': (p: Params) =>
    `found ${p.found}, which is not in the expected form. ${p.expected}`,
  'field.invisible': (p: Params) =>
    `character ${p.position} of this text is an invisible control character (${p.code}): it can make the text read otherwise than it is stored. Delete it (retype the text around it if your editor does not show it).`,
  'field.html': (p: Params) =>
    `found HTML ("${p.tag}") in a plain-text field. Write plain text: no tags, no entities.`,

  // Dates and times
  'date.format': (p: Params) =>
    `found ${p.found}; write a date as YYYY-MM-DD, YYYY-MM or YYYY (for example 2021-11-30), or an approximate span as { from: 2021-03, to: 2021-05, label: spring 2021 }.`,
  'date.yearAsNumber': (p: Params) =>
    `found ${p.found}: YAML drops a year's leading zeros. Write a year before 1000 with four digits, in quotes: "${p.padded}".`,
  'date.yearZero': (p: Params) =>
    `found ${p.found}: there is no year 0000 (1 BC is followed by AD 1). Correct the year.`,
  'date.month': (p: Params) =>
    `found ${p.found}: there is no month ${p.month}. Months run from 01 to 12.`,
  'date.day': (p: Params) =>
    `found ${p.found}, which is not a real calendar date: ${p.monthName} has ${p.days} days.`,
  'date.dayNeeded': (p: Params) =>
    `found ${p.found}: this date must be a day, written YYYY-MM-DD (for example 2022-01-05).`,
  'date.precision': (p: Params) =>
    `precision says ${p.found} but start "${p.written}" is written to the ${p.actual}. Remove precision, or write the date to match it.`,
  'date.endOverlapsStart': (p: Params) =>
    `found ${p.found}, which may fall before the start (${p.start}): an end must come wholly after its start. Give the end as precisely as the start, or leave it out.`,
  'date.endBeforeStart': (p: Params) =>
    `found ${p.found}, which is before the start (${p.start}). Something cannot end before it begins: correct one of the dates.`,
  'span.order': (p: Params) =>
    `the span ends (${p.to}) before it begins (${p.from}). Swap from and to.`,
  'time.format': (p: Params) =>
    `found ${p.found}; write the time as HH:MM on a 24-hour clock, in quotes, for example "18:30".`,
  'time.zone': (p: Params) =>
    `found ${p.found}, which is not a known time zone. Use an IANA name such as "Europe/Paris", "America/New_York" or "UTC".`,
  'time.zoneMissing': () =>
    `a time needs its time zone. Add a field timezone with an IANA name such as "Europe/Paris".`,
  'citation.translationWithoutQuote': () =>
    `translation: translates the quote: beside it, and this citation has none. For quotes: written as a list, give each its translation there: - { quote: "…", translation: "…" }.`,
  'dating.wordsRequired': () =>
    `an inferred date needs the source's own words it was inferred from, for example words: "on Tuesday".`,
  'dating.sourceRequired': () =>
    `an inferred date needs the id of the source whose words it was inferred from.`,
  'quote.noWords': (p: Params) =>
    `found ${p.found}, which has no word in it: a quote must be words of the article, copied exactly, for example "The harbour council will meet on Tuesday".`,
  'citation.noQuote': () =>
    `each source needs at least one verbatim quote: add quote: "…" with words copied from the article.`,

  // Across files
  'ref.unknown': (p: Params) =>
    `no ${p.singular} has the id "${p.id}".${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''} Correct the id, or create ${p.file}.`,
  'id.duplicate': (p: Params) =>
    `the id "${p.id}" is already used by ${p.other}. Ids must be unique: rename one of the files.`,
  'alias.taken': (p: Params) =>
    `the alias "${p.id}" is already ${p.by}. An old id can point to one event only.`,
  'date.afterPublication': (p: Params) =>
    `the event is dated ${p.start}, after every source reporting it was published (the latest, "${p.source}", on ${p.published}). If it had not happened yet when reported, set status: scheduled; otherwise correct the date.`,
  'quote.notFound': (p: Params) =>
    `this quote is not in the article "${p.headline}". ${p.hint} Copy the words exactly as the article has them (straight or curly quotes and dash variants are both fine).`,
  'quote.notInSource': (p: Params) =>
    `these words are not in the article "${p.headline}". ${p.hint} Copy them exactly as the article has them.`,
  'dating.sourceNotCited': (p: Params) =>
    `the date is inferred from "${p.id}", which this event does not list under sources. Cite that source with a quote.`,
  'weekday.mismatch': (p: Params) =>
    `"${p.words}" names a ${p.named}, but ${p.date} was a ${p.actual}. Correct the date or the words.`,
  'event.probableDuplicate': (p: Params) =>
    `this looks like the same event as ${p.other} (same date, near-identical title "${p.title}"). Merge the two files, or, if they are different events, add distinctFrom: [${p.otherId}] to one of them.`,
  'permalink.vanished': (p: Params) =>
    `the event "${p.id}" was published, but no event has this id any more. If you renamed it, add aliases: [${p.id}] to the renamed event. If it is to be taken off the site, say so in retired.yaml (- id: ${p.id}, date: the day, why: the reason readers are told); a published event is never just deleted.`,
  'draft.published': (p: Params) =>
    `this event is published (${p.file} lists it), so it cannot be a draft again: its page would vanish from under every link to it. Remove draft: true; to take it off the site, retire it in retired.yaml instead.`,
  'link.toDraft': (p: Params) =>
    `the link "${p.url}" points to a draft, which is not published: the link would lead nowhere. Link to it once it is published (remove its draft: true first), or remove the link.`,
  'retired.stillLive': (p: Params) =>
    `"${p.id}" is retired here, but it is still ${p.owner}: a page cannot be both an event and the notice that it was taken off. Remove this entry, or take the id off the event.`,
  'retired.notPublished': (p: Params) =>
    `"${p.id}" was never published (${p.file} does not list it), so no link to it needs an explanation. Remove this entry; an unpublished event is simply deleted.`,
  'published.changed': (p: Params) =>
    `${p.fact} changed since the event was published (as recorded on ${p.recorded}): before, ${p.was}; now, ${p.now}. Tell readers: add to changes: an entry (kind: correction or update, date: the day of the change, what: what changed, why: why), then run npm run permalinks to record the new state.`,
  'published.sourcesChanged': (p: Params) =>
    `the sources have changed since the event was published (as recorded on ${p.recorded}): ${p.what}. Tell readers: add to changes: an entry (kind: correction or update, date: the day of the change, what: what changed, why: why), then run npm run permalinks to record the new state.`,
  'publishedFacts.unreadable': (p: Params) =>
    `this file cannot be read (${p.reason}). It is written by npm run permalinks, never by hand: restore it from the repository's history.`,
  'link.unknown': (p: Params) =>
    `the link "${p.url}" points to no ${p.singular}: there is no "${p.id}".${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''} Use the id of a file in ${p.folder}/.`,
  'link.scheme': (p: Params) =>
    `the link "${p.url}" would be removed from the page: only http:// and https:// links, and links within the site (${p.kinds}:), are allowed.`,
  'embed.foreign': (p: Params) =>
    `the embedded file "${p.url}" would be removed from the page: a page loads files only from this site (an address starting with /), never from another site or through a scheme such as data:. Link to it instead: [what it shows](address).`,
  'source.archiveDateMissing': () =>
    `archiveUrl is given but not archiveDate: add the day the archived copy was made, archiveDate: YYYY-MM-DD (the archive shows it; in a web.archive.org address it is the first eight digits).`,
  'source.archiveUrlMissing': () =>
    `archiveDate is given but not archiveUrl: add the address of the archived copy, or remove archiveDate.`,
  'source.urlMissing': (p: Params) =>
    `${p.field} is about the article's address, but the source has no url: add url (where the article was published), or remove ${p.field}.`,
  'source.beforePublished': (p: Params) =>
    `found ${p.found}, which is before the article was published (${p.published} at the earliest): it cannot have been ${p.field === 'accessDate' ? 'read' : 'archived'} then. Correct the day, or published.`,
  'source.checksum': () =>
    `the article text (below the front matter) has changed: its SHA-256 no longer matches sha256. Restore the article exactly as received; correct errors in a reliability note instead.`,
} as const;

export type RuleId = keyof typeof catalog;

/** Every rule id, for the docs and for the test that pins each message. */
export const RULE_IDS = Object.keys(catalog) as RuleId[];

/** The sentence for a rule. */
export function explain(rule: RuleId, params: Params = {}): string {
  return catalog[rule](params);
}

/**
 * What the build's Markdown plugins say about a body, with its line and column. The validator
 * reports the same problems first, in the catalog's words above (link.scheme, link.unknown);
 * these are the build's own last line of defence, for Markdown the validator's quick scan missed.
 */
const buildNotices = {
  'embed.removed': (p: Params) =>
    `Embedded file removed: pages load nothing from other sites (found "${p.found}")`,
  'link.removed': (p: Params) =>
    `Link removed: only http and https links are allowed (found "${p.found}")`,
  'crossLink.broken': (p: Params) =>
    `Broken cross-link "${p.url}": no record in ${p.collection} has the id "${p.id}"`,
} as const;

/** The sentence of a notice from the build's Markdown plugins. */
export function buildNotice(notice: keyof typeof buildNotices, params: Params): string {
  return buildNotices[notice](params);
}

/** Renders a found value for a message: short, quoted, and never a wall of text. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `"${value.length > 80 ? `${value.slice(0, 77)}…` : value}"`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value))
    return `a list (${value.length} ${value.length === 1 ? 'entry' : 'entries'})`;
  if (typeof value === 'object') return 'a group of fields';
  // What is left is a number or true/false: YAML gives nothing else.
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${value as number | boolean}`;
}
