/**
 * The English words of the open-data page, part of the English catalogue (en.ts): what each file
 * holds, and each field and column. `code` in backticks is shown as code. A field's message is
 * found by its path, else by its path's last parts (`data.field.text` serves every date's
 * `text`), so that one shape is described once.
 */
export const enDataPage = {
  'data.title': 'Open data',
  'data.description':
    'Every event of this timeline, with its sources and quotes, as JSON, CSV, a calendar, a TimelineJS file and an RSS feed.',
  'data.lede':
    'Every event on this site, with its sources and the words quoted from them, can be downloaded and reused. The files are made from the same records as the pages, with every build. None of them carries the time it was built: as long as the content does not change, each file stays the same byte for byte.',
  'data.list.json': '{file}: every event with every field ({events}), and its {schema}.',
  'data.list.schemaWord': 'JSON Schema',
  'data.list.csv': '{file}: one row per event, for spreadsheets.',
  'data.list.calendar': '{file}: the {events} dated to the day, for calendar programs.',
  'data.list.timeline': '{file}: every event for TimelineJS.',
  'data.list.feed': '{file}: an RSS feed, one item per event.',
  'data.list.changes':
    '{file}: an RSS feed of the corrections log, one item per change to an event’s page and per event taken off the site.',
  'data.json.shape':
    'One JSON object: `version` (of this format, now {version}; the major number changes only when a field is removed or changes meaning), `generator`, `site`, `generated` and `events`. `generated` is not the time of the build but the last day any event or source date in the file reaches, so it moves only when the data does.',
  'data.json.order':
    'Events come in timeline order: earliest first; on the same first day the less precise date first, then by title. Every person, organisation, place, topic and source an event refers to is given with its name (a place also with its coordinates, a source with its headline, site, date and the quotes relied on). The `source` of `dating`, of a disagreement’s version or of a note is the id of one of the event’s `sources`. A field that does not apply (an event without an end or a time, an article without a known address) is left out, never `null`; lists are always present, empty when there is nothing.',
  'data.json.dates':
    'Dates have one shape: `text` as written, `precision` (`day`, `month`, `year` or `span`), and the `earliest` and `latest` day the date can mean; a span also has its `label`, and one the sources date only “by” a day has `openStart: true`.',
  'data.json.spanEnd':
    'One rule gives an event’s end in every file and on every page: it is the last day the event can have lasted to, the `latest` day of its `end` (or, with no `end`, of its start). The CSV’s `end` column, the TimelineJS `end_date`, the JSON-LD `endDate` of an event page and the calendar (whose `DTEND` is, as iCalendar has it, the day after) all give that day; an event with neither an end nor a span for a start has no end in the TimelineJS file or the JSON-LD.',
  'data.json.schema':
    '{schema} describes the file in JSON Schema (draft 2020-12). It is generated from the same definitions that the site checks the file against, and lists these fields:',
  'data.table.field': 'Field',
  'data.table.required': 'Always present',
  'data.table.yes': 'yes',
  'data.table.meaning': 'What it is',
  'data.table.column': 'Column',
  'data.table.holds': 'What it holds',
  'data.csv.text':
    'Comma-separated values as RFC 4180 describes them: a header row, then one row per event in timeline order; lines end in CR LF; a field is quoted when it holds a comma, a quotation mark or a line break. The text is UTF-8 without a byte-order mark (in a spreadsheet, import it as UTF-8). A cell with several values separates them with “{separator}” and a space. Quotes, disagreements and notes are only in events.json.',
  'data.ics.text': {
    one: 'An iCalendar file (RFC 5545) with {events}: those dated to a single day, with an end (if any) also dated to the day. Each is an all-day event from its first day to its last; the {count} event dated only to a month, a year or an approximate span is left out, since a calendar cannot show a date less precise than a day. A clock time, where the sources give one, is in events.json only.',
    other:
      'An iCalendar file (RFC 5545) with {events}: those dated to a single day, with an end (if any) also dated to the day. Each is an all-day event from its first day to its last; the {count} events dated only to a month, a year or an approximate span are left out, since a calendar cannot show a date less precise than a day. A clock time, where the sources give one, is in events.json only.',
  },
  'data.ics.fields':
    'Each event keeps the same `UID` (its id and the site’s host name) from build to build, so a subscribed calendar updates it instead of adding it twice. Its `URL` is the event’s page; its description is the summary and the sources. `STATUS` is `CONFIRMED` for an event that happened, `CANCELLED` for a cancelled one and `TENTATIVE` for one that was only scheduled or is unconfirmed. `DTSTAMP` is the same day as `generated` in events.json.',
  'data.timelinejs.text':
    'Every event in the {format}, Knight Lab’s timeline viewer: a title slide, then one slide per event with its `unique_id` (the event’s id), headline, summary and a link to its page. A date gives only what is known (a month has no day, a year neither month nor day); an approximate span runs from its first to its last possible day, with its words as `display_date`. Slides have no `group`: an event belongs to several topics, and TimelineJS allows one group per slide. To show it, pass its address, {address}, to `new TL.Timeline(…)`.',
  'data.timelinejs.formatWord': 'JSON format of TimelineJS 3',
  'data.rss.text':
    'An RSS 2.0 feed with one item per event, ordered by the date of the event, newest first: by the first day each event can have happened, and events on the same day in timeline order. An item’s date is that day, not the day the event was added to the site: the content does not record when an event was added, and a date taken from the build’s clock would change the feed on every build. A feed reader may therefore list items under past dates. Each item links to the event’s page and names its topics as categories.',
  'data.changesFeed.text':
    'An RSS 2.0 feed of the corrections log: one item per change recorded on an event’s page (a correction, an update or a clarification) and per event taken off the site, newest first. An item’s date is the day of the change, as its editor recorded it. It links to the change in the history of the event’s page, or, for an event taken off the site, to the page at its old address that says why.',

  // The fields of events.json
  'data.field.version': 'Version of this format (semantic versioning).',
  'data.field.generator': 'The software that wrote the file.',
  'data.field.site': 'The site the data comes from.',
  'data.field.site.title': 'Title of the site.',
  'data.field.site.url': 'Absolute address of the site’s home page.',
  'data.field.generated':
    'The last day any event or source date reaches: it changes only when the data does, never with the clock.',
  'data.field.events': 'Every event, in timeline order: earliest first.',
  'data.field.events[].id': 'Permanent id of the event (its file name).',
  'data.field.events[].url': 'Absolute address of the event’s page.',
  'data.field.title': 'Short headline of the event.',
  'data.field.kind': 'What sort of happening this is: one of the site’s kinds of event.',
  'data.field.status':
    'happened; scheduled (announced, still to come when reported); cancelled; unconfirmed.',
  'data.field.summary': 'One sentence for the timeline.',
  'data.field.start': 'When it began.',
  'data.field.end': 'When it ended, for events over several days; left out otherwise.',
  'data.field.text': 'The date as written: YYYY-MM-DD, YYYY-MM, YYYY, or the label of a span.',
  'data.field.precision': 'How precise the date is: day, month, year or span.',
  'data.field.earliest':
    'First day the date can mean (for a span known only to end “by” a day: where the timeline places it).',
  'data.field.latest': 'Last day the date can mean.',
  'data.field.label': 'Only for spans: the words readers see.',
  'data.field.openStart': 'Only for spans the sources date “by” a day: no first day is known.',
  'data.field.time': 'Local clock time HH:MM, when the sources give one.',
  'data.field.timezone': 'IANA time zone of time.',
  'data.field.dating': 'How the date is known.',
  'data.field.dating.basis':
    'stated: a source gives the date; inferred: worked out from its words.',
  'data.field.dating.words': 'The source’s own words the date comes from.',
  'data.field.dating.source': 'Id of the source (one of sources[]) those words are in.',
  'data.field.dating.reasoning': 'How the date follows from the words.',
  'data.field.people': 'People involved, in the order the editor listed them.',
  'data.field.organisations': 'Organisations involved.',
  'data.field.places': 'Places involved, with a point for maps.',
  'data.field.topics': 'Topics the event belongs to.',
  'data.field.id': 'Id of the record (its file name), stable across releases.',
  'data.field.name': 'Canonical name, as the site shows it.',
  'data.field.coordinates': 'A representative point of the place.',
  'data.field.lat': 'Latitude in degrees.',
  'data.field.lon': 'Longitude in degrees.',
  'data.field.sources': 'Every article reporting the event, with the quotes relied on.',
  'data.field.sources[].id': 'Id of the source (its file name).',
  'data.field.headline': 'The article’s headline.',
  'data.field.sources[].site': 'The website or outlet that published it.',
  'data.field.published': 'Publication date, as precise as the evidence allows.',
  'data.field.sources[].url': 'Where the article was published, when known.',
  'data.field.sources[].accessDate': 'The day the article was last read at its url, YYYY-MM-DD.',
  'data.field.sources[].archiveUrl': 'A copy of the article in a web archive.',
  'data.field.sources[].archiveDate': 'The day the archived copy was made, YYYY-MM-DD.',
  'data.field.quotes': 'The article’s words this event rests on, verbatim.',
  'data.field.translations':
    'The editors’ translations of the quotes into the site’s language, in the same order (null where a quote has none); only when any quote has one.',
  'data.field.disagreements': 'Where sources give different versions.',
  'data.field.about': 'What the sources disagree on.',
  'data.field.versions': 'Each source’s version, side by side.',
  'data.field.versions[].source': 'Id of the source (one of sources[]) giving this version.',
  'data.field.says': 'This source’s version, in brief.',
  'data.field.versions[].quote': 'The source’s words for this version, verbatim.',
  'data.field.notes': 'Editor’s notes: labelled corrections and clarifications.',
  'data.field.notes[].kind': 'correction: a source is plainly wrong; clarification: context.',
  'data.field.notes[].text': 'The note, as readers see it.',
  'data.field.notes[].source': 'Id of the source the note is about.',
  'data.field.changes':
    'What was changed on the event’s page after it was published, newest first; the same id, changed in place.',
  'data.field.changes[].kind':
    'correction: the page said something wrong; update: something new is known; clarification: it was unclear.',
  'data.field.changes[].date': 'The day the page was changed, YYYY-MM-DD.',
  'data.field.changes[].what': 'What changed: what the page said, and what it says now.',
  'data.field.changes[].why': 'Why it changed.',
  'data.field.aliases': 'Earlier ids of the event; their old addresses redirect to url.',

  // The columns of events.csv
  'data.column.id': 'Permanent id of the event.',
  'data.column.url': 'Address of the event’s page.',
  'data.column.start': 'First day it can have begun, YYYY-MM-DD.',
  'data.column.end':
    'Last day it can have ended (of its end date, or else of its start), YYYY-MM-DD.',
  'data.column.precision': 'How precise the start is: day, month, year or span.',
  'data.column.date': 'The date in words, as the site shows it.',
  'data.column.status': 'happened, scheduled, cancelled or unconfirmed.',
  'data.column.kind': 'What sort of happening, by the id of its kind: meeting, statement …',
  'data.column.title': 'Short headline.',
  'data.column.summary': 'One sentence.',
  'data.column.people': 'Names of the people involved.',
  'data.column.organisations': 'Names of the organisations involved.',
  'data.column.places': 'Names of the places involved.',
  'data.column.topics': 'Names of the topics.',
  'data.column.source_count': 'How many articles report the event.',
  'data.column.source_ids': 'Ids of those articles.',
  // The embeds, on the data page
  'data.embeds.title': 'Embeds',
  'data.embeds.lede':
    'Every event, and every list of events, can be shown inside another site’s page: the “Embed” disclosure at the foot of its page gives the code to copy. Each address is under {root}:',
  'data.embeds.event':
    '`embed/events/[id]/`: one event’s card; its oEmbed size is {width} × {height}.',
  'data.embeds.list':
    '`embed/`, `embed/timeline/[month]/`, `embed/periods/[id]/`, `embed/people/[id]/` (and the same for organisations, places and topics): the whole timeline, a month, a period, the events of a person, in pages of {pageSize} as the site’s own lists are; its oEmbed size is {width} × {height}.',
  'data.embeds.oembed':
    '`oembed/events/[id].json`, and the same for each embed (`oembed/index.json` for the whole timeline): its oEmbed document, of type rich, named by a link in the head of the full page. A static file gives one size: it does not answer maxwidth or maxheight.',
  'data.embeds.height':
    'An embed sends its height to the page around it in a message, `{ type: "chronicle:embed-height", height }`; the script of the embed code takes it only from {origin}. Adding `?theme=light` or `?theme=dark` to an embed’s address fixes its colours.',
} as const;
