/**
 * The embed documents: one event's card, and a list of events (the whole timeline, a period, a
 * month, a person's, organisation's, place's or topic's), each a page of its own to put in another
 * site's iframe. No site header or footer, a small link back to the site, links that open the full
 * page in the top window, nothing loaded from anywhere, `noindex` and canonical to the full page.
 * Written as hast trees (hastscript), so every text and attribute is escaped by hast-util-to-html.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, Text } from 'hast';
import type { Raw } from 'mdast-util-to-hast';
import { machineDate, type CalendarDate } from '../../lib/calendar.ts';
import type { DateWords } from '../../lib/date-words.ts';
import type { Translate } from '../../lib/messages/catalogue.ts';
import { siteDirection } from '../../lib/text-direction.ts';
import { absoluteUrl, eventPath, withBase } from '../../lib/urls.ts';
import type { EventData, SiteConfig } from '../../schema/index.ts';
import { EMBED_CSS, EMBED_POLICY, EMBED_SCRIPT } from './embed-assets.ts';

export interface EmbedContext {
  site: SiteConfig;
  t: Translate;
  dates: DateWords;
}

interface EmbedEvent {
  id: string;
  data: EventData;
}

function dateOf(dates: DateWords, start: CalendarDate, end?: CalendarDate): (Element | string)[] {
  const time = (date: CalendarDate) => h('time', { datetime: machineDate(date) }, dates.date(date));
  return end ? [time(start), ' – ', time(end)] : [time(start)];
}

function status(t: Translate, data: EventData): (Element | string)[] {
  return data.status === 'happened'
    ? []
    : [' ', h('span', { className: ['status'] }, t(`status.badge.${data.status}`))];
}

/** Stands in the shell for what each document has of its own (a private-use character). */
const SLOT = '\u{E000}';

/**
 * What every document of a site has in common, serialised once (it holds the style and script,
 * most of each document's bytes): the text between the places where each document's title,
 * description, canonical link and content go.
 */
function shellOf(context: EmbedContext): string[] {
  // Longer, in the unlikely case that the site's own words hold it.
  for (let slot = SLOT; ; slot += SLOT) {
    const parts = serialisedShell(context, slot).split(slot);
    if (parts.length === 3) return parts;
  }
}

function serialisedShell(context: EmbedContext, value: string): string {
  const { site, t } = context;
  const slot: Text = { type: 'text', value };
  const tree = h(null, [
    { type: 'doctype' },
    h(
      'html',
      { lang: site.language, dir: siteDirection(site) === 'rtl' ? 'rtl' : undefined },
      h('head', [
        h('meta', { charset: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('meta', { httpEquiv: 'Content-Security-Policy', content: EMBED_POLICY }),
        h('meta', { name: 'robots', content: 'noindex' }),
        slot,
        // Every link opens the full page in the reader's window, not inside the frame.
        h('base', { target: '_top' }),
        h('style', EMBED_CSS),
        h('script', EMBED_SCRIPT),
      ]),
      h('body', [
        h('main', [slot]),
        h(
          'footer',
          h('a', { href: withBase(site.base, '') }, t('embed.from', { site: site.title })),
        ),
      ]),
    ),
  ]);
  return toHtml(tree, { upperDoctype: true });
}

const shells = new WeakMap<EmbedContext, string[]>();

/** The whole document around an embed's content. */
function embedDocument(
  context: EmbedContext,
  head: { title: string; description: string; page: string },
  content: (Element | string)[],
): string {
  const { site, t } = context;
  let shell = shells.get(context);
  if (!shell) shells.set(context, (shell = shellOf(context)));
  const own = toHtml([
    h('title', t('embed.documentTitle', { title: head.title, site: site.title })),
    h('meta', { name: 'description', content: head.description }),
    h('link', { rel: 'canonical', href: absoluteUrl(site, head.page) }),
  ]);
  // Raw nodes are list items toHtml has already written (listItem).
  return `${shell[0]!}${own}${shell[1]!}${toHtml(h(null, content), { allowDangerousHtml: true })}${shell[2]!}`;
}

/** One event: its date as written, title, summary, how many sources, and its page. */
export function eventEmbed(context: EmbedContext, event: EmbedEvent): string {
  const { site, t, dates } = context;
  const { data } = event;
  const page = eventPath(event.id);
  const link = withBase(site.base, page);
  const sources = new Set(data.sources.map((c) => c.source)).size;
  return embedDocument(context, { title: data.title, description: data.summary, page }, [
    h('article', [
      h('p', { className: ['date'] }, [...dateOf(dates, data.start, data.end), ...status(t, data)]),
      h('h1', h('a', { href: link }, data.title)),
      h('p', { className: ['summary'] }, data.summary),
      h('p', { className: ['meta'] }, [
        t('count.sources', { count: sources }),
        ' · ',
        h('a', { href: link }, t('embed.fullEvent')),
      ]),
    ]),
  ]);
}

export interface EmbedList {
  /** The list's name: a person's, a topic's, a month's heading, the site's title. */
  name: string;
  description: string;
  /** The full page it stands for. */
  page: string;
  /** All its events, in timeline order; this page shows those from `offset`. */
  total: number;
  events: readonly EmbedEvent[];
  number: number;
  pages: number;
  /** The path of the embed's page n within the site. */
  pagePath: (n: number) => string;
}

const listItems = new WeakMap<EmbedContext, Map<string, Raw>>();

/**
 * An event's item in a list, serialised once: an event is in about seven lists (the timeline, its
 * month, its period, each of its people, places, topics and organisations). The raw node holds
 * only what toHtml itself wrote, escaped as in any other node.
 */
function listItem(context: EmbedContext, event: EmbedEvent): Raw {
  const { site, t, dates } = context;
  let items = listItems.get(context);
  if (!items) listItems.set(context, (items = new Map()));
  let item = items.get(event.id);
  if (!item) {
    const li = h(
      'li',
      h('a', { href: withBase(site.base, eventPath(event.id)) }, [
        h('span', { className: ['date'] }, [
          ...dateOf(dates, event.data.start, event.data.end),
          ...status(t, event.data),
        ]),
        h('span', { className: ['title'] }, event.data.title),
      ]),
    );
    item = { type: 'raw', value: toHtml(li) };
    items.set(event.id, item);
  }
  return item;
}

/** A list of events: each its date, status and title, linked to its page; split by `pageSize`. */
export function listEmbed(context: EmbedContext, list: EmbedList): string {
  const { site, t } = context;
  const pager =
    list.pages > 1
      ? [
          h('nav', { className: ['pager'], ariaLabel: t('entity.pagesOf', { name: list.name }) }, [
            list.number > 1
              ? h(
                  'a',
                  {
                    rel: 'prev',
                    target: '_self',
                    href: withBase(site.base, list.pagePath(list.number - 1)),
                  },
                  t('entity.earlierEvents'),
                )
              : '',
            list.number < list.pages
              ? h(
                  'a',
                  {
                    rel: 'next',
                    target: '_self',
                    href: withBase(site.base, list.pagePath(list.number + 1)),
                  },
                  t('entity.laterEvents'),
                )
              : '',
          ]),
        ]
      : [];
  const title =
    list.pages > 1
      ? t('entity.pageOf', { name: list.name, number: list.number, pages: list.pages })
      : list.name;
  return embedDocument(context, { title, description: list.description, page: list.page }, [
    h('h1', h('a', { href: withBase(site.base, list.page) }, list.name)),
    h('p', { className: ['lede'] }, t('count.events', { count: list.total })),
    list.events.length
      ? h(
          'ol',
          list.events.map((event) => listItem(context, event)),
        )
      : h('p', t('embed.noEvents')),
    ...pager,
  ]);
}
