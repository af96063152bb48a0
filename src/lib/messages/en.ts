/**
 * The English catalogue: every word the site writes for readers (page furniture, not the
 * editors' content). Every other language's catalogue has exactly these keys; `{name}` is filled
 * in, and a message with plural forms is chosen by Intl.PluralRules on `{count}`.
 */
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
  'footer.builtWith': 'Built with Chronicle.',
  'redirect.title': 'Moved: {title}',
  'redirect.text': 'This event has a new address:',

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

  // Timeline
  'count.events': { one: '{count} event', other: '{count} events' },
  'count.sources': { one: '{count} source', other: '{count} sources' },
  'timeline.dayUnknown': 'Day not known',
  'timeline.monthAndDayUnknown': 'Month and day not known',
  'filters.summary': 'Filter the timeline by topic, person, organisation or place',
  'filters.showAll': 'Show all events',
  'filters.showing': {
    one: 'Showing {count} event: {name}.',
    other: 'Showing {count} events: {name}.',
  },

  // Event page
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

  // Share image
  'share.sourcesQuoted': { one: '{count} source quoted', other: '{count} sources quoted' },

  // Open data
  'feed.topicTitle': '{site}: {topic}',
  'feed.topicDescription': 'Events about {topic}, newest first.',
  'calendar.sources': 'Sources:',
  'timelinejs.sourcesLink': 'Sources and quotes',
} as const;

export type MessageKey = keyof typeof en;
