/**
 * The English catalogue: every word the site writes for readers (page furniture, not the
 * editors' content). Every other language's catalogue has exactly these keys; `{name}` is filled
 * in, and a message with plural forms is chosen by Intl.PluralRules on `{count}`.
 */
import { enDataPage } from './en-data-page.ts';

export const en = {
  // Site shell
  'nav.label': 'Site',
  'nav.timeline': 'Timeline',
  'nav.people': 'People',
  'nav.organisations': 'Organisations',
  'nav.places': 'Places',
  'nav.topics': 'Topics',
  'nav.sources': 'Sources',
  'nav.about': 'About',
  'skip.toContent': 'Skip to content',
  'search.label': 'Search events',
  'search.button': 'Search',
  'footer.everyFact': 'Every fact on this site is quoted from the articles it comes from.',
  'footer.howMade': 'How this timeline is made',
  'footer.openData': 'Open data',
  'footer.rss': 'RSS',
  'footer.changes': 'Corrections',
  'footer.builtWith': 'Built with Chronicle.',
  'redirect.title': 'Moved: {title}',
  'redirect.text': 'This event has a new address:',
  'changes.title': 'Corrections and changes',
  'changes.description':
    'Every correction, update and clarification made to an event’s page since it was published, and every event taken off the site, newest first.',
  'changes.none': 'No event’s page has been changed since it was published.',
  'changes.moved': 'Earlier addresses',
  'changes.movedText':
    'An event that was renamed, or merged into another, keeps its old address: it leads to the event’s page now.',
  'changes.movedLine': '{old} now leads to {page}',
  'changes.feedTitle': '{site}: corrections and changes',
  'changes.feedItem': '{kind}: {title}',
  'retired.title': 'Taken off the site: {title}',
  'retired.text':
    'This event was published on this site and taken off it on {date}, for this reason:',
  'retired.more':
    'Every change to the timeline is listed in {log}; the {timeline} has every event that remains.',

  // The kinds of entity and the statuses of an event
  'entity.people': 'People',
  'entity.organisations': 'Organisations',
  'entity.places': 'Places',
  'entity.topics': 'Topics',
  'status.badge.scheduled': 'Scheduled',
  'status.badge.cancelled': 'Cancelled',
  'status.badge.unconfirmed': 'Unconfirmed',
  'status.meaning.happened': 'Happened',
  'status.meaning.scheduled': 'Scheduled or announced: still to come when reported',
  'status.meaning.cancelled': 'Cancelled',
  'status.meaning.unconfirmed': 'Reported, but not confirmed',
  'place.kind.city': 'City',
  'place.kind.country': 'Country',
  'place.kind.region': 'Region',
  'place.kind.border': 'Border',
  'place.kind.other': 'Other',
  // The default kinds of event (a site's own kinds are named in its site.yaml)
  'event.kind.meeting': 'Meeting',
  'event.kind.talks': 'Talks',
  'event.kind.summit': 'Summit',
  'event.kind.visit': 'Visit',
  'event.kind.press-conference': 'Press conference',
  'event.kind.statement': 'Statement',
  'event.kind.warning': 'Warning',
  'event.kind.demand': 'Demand',
  'event.kind.call': 'Call',
  'event.kind.announcement': 'Announcement',
  'event.kind.report': 'Report',
  'event.kind.military-movement': 'Military movement',
  'event.kind.military-exercise': 'Military exercise',
  'event.kind.military-action': 'Military action',
  'event.kind.diplomatic-step': 'Diplomatic step',
  'event.kind.expulsion': 'Expulsion',
  'event.kind.sanction': 'Sanction',
  'event.kind.other': 'Other',

  // Quotation marks around words quoted or titled
  'quote.marks': '“{words}”',
  'quote.translated': 'Translated from {language} by the editors. Show the original',

  // Timeline
  'count.events': { one: '{count} event', other: '{count} events' },
  'count.sources': { one: '{count} source', other: '{count} sources' },
  'timeline.dayUnknown': 'Day not known',
  'timeline.corrected': 'Corrected',
  'timeline.draft': 'Draft',
  'timeline.monthAndDayUnknown': 'Month and day not known',
  'filters.summary': 'Filter the timeline by topic, person, organisation or place',
  'filters.showAll': 'Show all events',
  'filters.showing': {
    one: 'Showing {count} event: {name}.',
    other: 'Showing {count} events: {name}.',
  },

  // Event page
  'event.kind': 'Kind',
  'event.status': 'Status',
  'event.date': 'Date',
  'event.stated': 'Stated in the sources',
  'event.statedAs': 'as “{words}”',
  'event.inferred': 'Inferred from the words “{words}” in',
  'event.sources': 'Sources',
  'event.credits': 'credits {agencies}',
  'event.published': 'published',
  'event.aboutSource': {
    one: 'About this source: {count} note',
    other: 'About this source: {count} notes',
  },
  'event.disagreements': 'Where the sources disagree',
  'event.versionSource': 'Source',
  'event.versionSays': 'Its version',
  'event.versionWords': 'Its words',
  'event.notes': 'Editor’s notes',
  'event.correction': 'Correction',
  'event.clarification': 'Clarification',
  'event.noteAbout': 'about',
  'event.correctedOn': 'Corrected on {date}:',
  'event.draftBanner':
    'Draft: this event is not published. Only npm run dev shows it; remove draft: true from its file to publish it.',
  'event.history': 'History of this page',
  'event.firstReported': 'First reported',
  'event.firstReportedBy': '{date}, by {publisher}: {source}',
  'event.lag.sameDay': 'the day it happened',
  'event.lag.after': {
    one: '{count} day after it happened',
    other: '{count} days after it happened',
  },
  'event.lag.before': {
    one: '{count} day before it happened',
    other: '{count} days before it happened',
  },
  'event.lag.afterRange': '{min} to {max} days after it happened',
  'event.lag.beforeRange': '{min} to {max} days before it happened',
  'known.title': 'What was known on {date}',
  'known.description':
    'The events that the sources published by {date} report, each with only those sources.',
  'known.lede': {
    one: '{count} event of {total} had been reported by {date}; each is shown with only the sources published by then.',
    other:
      '{count} events of {total} had been reported by {date}; each is shown with only the sources published by then.',
  },
  'known.reportedBy': 'Reported by',
  'known.otherDays': 'Other days',
  'known.fromSource': 'What was known when this was published',
  'known.aboutHeading': 'What was known when',
  'known.aboutText':
    'For each day a source was published, a page lists only what the sources published by then reported:',
  'event.change.correction': 'Correction',
  'event.change.update': 'Update',
  'event.change.clarification': 'Clarification',
  'event.change.retired': 'Taken off the site',
  'event.neighbours': 'Previous and next event',
  'event.earlier': '← Earlier',
  'event.later': 'Later →',
  'event.related': 'Related events',
  'event.cite': 'Cite this event',
  'event.accessed': 'Accessed',
  'event.accessDate': '[the date you read it]',

  // Entity pages
  'entity.followTopic': 'Follow this topic (RSS)',
  'entity.topicFeed': '{name}: new events',
  'entity.mapOf': 'Map showing {name}',
  'entity.mapOfAll': 'Map of the {count} places',
  'entity.spellings': 'How the sources write it',
  'entity.spelledIn': 'in',
  'entity.onTimeline': {
    one: '{count} event on the timeline.',
    other: '{count} events on the timeline.',
  },
  'entity.pageOf': '{name} (page {number} of {pages})',
  'entity.eventsOnPage': '{count} events; page {number} of {pages}',
  'entity.pagesOf': 'Pages of {name}',
  'entity.earlierEvents': '← Earlier events',
  'entity.laterEvents': 'Later events →',
  'entity.none': 'None yet: each appears here once an event names it.',
  'entity.indexDescription': '{count} {kind} in the timeline, each with its events.',

  // Overview
  'overview.bar.1': '{date}: {events}',
  'overview.bar.7': 'Week of {date}: {events}',
  'overview.bar.30': '30 days from {date}: {events}',
  'overview.bar.365': 'Year from {date}: {events}',
  'overview.unit.1': 'day',
  'overview.unit.7': 'week',
  'overview.unit.30': '30 days',
  'overview.unit.365': 'year',
  'overview.caption': {
    one: '{count} event dated to the day, {from} – {to}, per {unit}. Each bar links to its day.',
    other: '{count} events dated to the day, {from} – {to}, per {unit}. Each bar links to its day.',
  },
  'overview.shaded': 'Shaded:',

  // Search
  'search.filter.topics': 'topic',
  'search.filter.people': 'person',
  'search.filter.organisations': 'organisation',
  'search.filter.places': 'place',

  // Home, month and 404 pages
  'home.byMonth': 'The timeline, month by month',
  'month.description': {
    one: '{count} event of {month}, each quoted from its sources.',
    other: '{count} events of {month}, each quoted from its sources.',
  },
  'month.others': 'Other months',
  'map.credit': 'Map data: Natural Earth (public domain), country outlines as of its release.',
  'notFound.title': 'Page not found',
  'notFound.description': 'There is no page at this address.',
  'notFound.lede':
    'There is no page at this address. If you followed a link to an event, its address may be mistyped: event addresses start with the event’s date.',
  'notFound.timeline': 'The whole timeline',
  'notFound.sources': 'The sources',
  'notFound.people': 'people',
  'notFound.places': 'places',
  'notFound.topics': 'topics',
  'list.and': 'and',
  // The mark between the items of a list, a space after it: ',' (Arabic '،')
  'list.comma': ',',

  // Search page
  'search.title': 'Search',
  'search.description':
    'Search the events of the timeline by words, and filter by topic, person, organisation or place.',
  'search.placeholder': 'Words to find in the events',
  'search.noScript.start': 'Searching needs JavaScript. Without it, every event is on the',
  'search.noScript.timeline': 'timeline',
  'search.noScript.each': ', and each',
  'search.noScript.topic': 'topic',
  'search.noScript.person': 'person',
  'search.noScript.organisation': 'organisation',
  'search.noScript.place': 'place',
  'search.noScript.end': 'has a page listing its events.',

  // Source pages
  'sources.description': {
    one: 'The {count} article every fact on this site is quoted from.',
    other: 'The {count} articles every fact on this site is quoted from.',
  },
  'sources.lede': {
    one: 'Every fact on this site is quoted from this article. Its full text is kept with the site’s content, so every quote can be checked.',
    other:
      'Every fact on this site is quoted from one of these {count} articles. Their full texts are kept with the site’s content, so every quote can be checked.',
  },
  'sources.none':
    'No sources yet. Every article the events are quoted from will be listed here, its full text kept so that every quote can be checked.',
  'sources.quotedIn': { one: 'quoted in {count} event', other: 'quoted in {count} events' },
  'sources.reliabilityNotes': {
    one: '{count} reliability note',
    other: '{count} reliability notes',
  },
  'source.description': '{site}: how the timeline uses this source, and what to know about it.',
  'source.publishedBy': 'Published by',
  'source.byAuthor': 'by {author}',
  'source.credits': 'Credits',
  'source.published': 'Published',
  'source.language': 'Language',
  'source.original': 'Original',
  'source.accessed': 'read on {date}',
  'source.archive': 'Archived copy',
  'source.archivedCopy': 'archived copy ({date})',
  'source.coverage': 'Coverage',
  'source.coverageText':
    '{covered} of {total} sentences ({percent}%) are quoted by {events}; {excluded} are left out on purpose (credits, links, opinion).',
  'source.whatToKnow': 'What to know about this source',
  'source.itReads': 'It reads:',
  'source.quotedIn': { one: 'Quoted in {count} event', other: 'Quoted in {count} events' },
  'reliability.factual-error': 'Factual error',
  'reliability.misspelling': 'Misspelling',
  'reliability.mistranslation': 'Mistranslation',
  'reliability.spin': 'Spin',
  'reliability.rewritten': 'Rewritten copy',
  'reliability.boilerplate': 'Boilerplate',
  'reliability.attribution': 'Attribution',
  'reliability.other': 'Note',

  // About page
  'about.title': 'How this timeline is made',
  'about.description':
    'Sources, dates and their precision, inferred dates, disagreements between sources, corrections, and how to contribute.',
  'about.lede':
    'This timeline has {events} drawn from {sources}. Every fact on it is quoted, word for word, from the articles it comes from; nothing is added from elsewhere.',
  'about.none':
    'This timeline has no events yet. Every fact it will show is quoted, word for word, from the articles it comes from; nothing is added from elsewhere.',
  'about.sourcesLink': { one: '{count} source', other: '{count} sources' },
  'about.sources.heading': 'Sources',
  'about.sources.text':
    'Each source is an article whose full text is kept with the site’s content, so that every quote can be checked against it; the build refuses a quote that is not in its article. A source’s page gives who published it, when (and how we know), what a careful reader should know about it — rewritten copy, misspelt or mistranslated names, plain errors — and how much of it the timeline uses.',
  'about.dates.heading': 'Dates and their precision',
  'about.dates.text':
    'An event is dated only as precisely as its sources allow: a day (“{day}”), a month (“{month}”), a year, or a span with words such as “in the spring” or “by {day}”. No day is invented.',
  'about.dates.count': '{imprecise} of the {events} are dated less precisely than to a day.',
  'about.dates.example': 'On this timeline, for instance, {event} is dated {label}.',
  'about.inferred.heading': 'Stated and inferred dates',
  'about.inferred.text':
    'A date is {stated} when an article gives it, and {inferred} when it is worked out from the article’s words and its publication date: “on Tuesday” in an article published on a Sunday means the Tuesday two days later. Every event page says which, and quotes the words. The build checks that a weekday named in the words (in the language of the article they come from) falls on the date given.',
  'about.inferred.count': '{count} of the {events} have inferred dates.',
  'about.inferred.example':
    'For instance, {event} is dated {date} from the words {words} in an article published on {published}.',
  'about.stated': 'stated',
  'about.inferredWord': 'inferred',
  'about.status.heading': 'Events still to come',
  'about.status.text':
    'Some events were announced but had not yet happened when reported; they are marked {scheduled} ({events}). The timeline does not say whether they then took place unless a source does.',
  'about.scheduledWord': 'scheduled',
  'about.disagreements.heading': 'When sources disagree',
  'about.disagreements.text':
    'Where the articles give different figures, dates or accounts, each version is shown side by side with its source and its own words ({events}). The timeline does not pick one silently.',
  'about.corrections.heading': 'Corrections',
  'about.corrections.text': {
    one: 'When an article is plainly wrong — a wrong title, a misspelt name — the error is not repeated as fact. The event carries a labelled {correction} saying what the article says and why it is wrong ({count} correction).',
    other:
      'When an article is plainly wrong — a wrong title, a misspelt name — the error is not repeated as fact. The event carries a labelled {correction} saying what the article says and why it is wrong ({count} corrections).',
  },
  'about.correctionWord': 'correction',
  'about.ownCorrections':
    'The timeline corrects itself in the open too. When an event’s page changes after it is published, the change is recorded with its day and its reason: a correction is shown at the top of the page, and every change in the page’s history and in {log}, which has a feed of its own. An event taken off the site keeps its address, which says when and why.',
  'about.links.heading': 'Links that last',
  'about.links.text':
    'Every event has a permanent address. If an event is ever renamed, its old address redirects to the new one; published addresses are never removed. Each event page has a citation ready to copy. The data behind the site is {open}.',
  'about.openWord': 'open',
  'about.contribute.heading': 'How to contribute',
  'about.contribute.text':
    'Events are plain text files, one per event, added through pull requests; every change is checked automatically before it is published.',
  'about.contribute.repository': 'See the {repository} and its contributing guide.',
  'about.repositoryWord': 'repository',
  'about.contribute.noRepository': 'See the contributing guide that comes with the site’s source.',

  // Share image
  'share.siteCardAlt': '{site}, {period}',
  'share.sourcesQuoted': { one: '{count} source quoted', other: '{count} sources quoted' },

  // Open data
  'feed.topicTitle': '{site}: {topic}',
  'feed.topicDescription': 'Events about {topic}, newest first.',
  'calendar.sources': 'Sources:',
  'timelinejs.sourcesLink': 'Sources and quotes',

  // Empty site: a new story's home page before its first event (npm run new-story)
  'home.empty':
    'No events yet. The timeline of {from} – {to} fills in as its events are added, each one quoted from its sources.',

  // Embeds: a page of the site inside another site's article, and the code to put it there
  'embed.documentTitle': '{title} – {site}',
  'embed.from': 'From {site}',
  'embed.fullEvent': 'The full event, with its sources',
  'embed.noEvents': 'No events yet.',
  'embed.summary': 'Embed',
  'embed.lede':
    'To show this in your own page, copy the code below into it. The frame works on its own, at a fixed height; the script after it makes the frame as tall as what it shows.',
  'embed.codeLabel': 'Code to embed {name}',
  'embed.themes':
    'It follows the reader’s light or dark setting; to choose one, add `?theme=light` or `?theme=dark` to its address.',
  'embed.oembed': 'A site that reads oEmbed makes the same frame from a link to this page.',

  ...enDataPage,
} as const;

export type MessageKey = keyof typeof en;
