/**
 * The files of a new story's content folder (npm run new-story): site.yaml with a comment on each
 * field, the empty list of published ids and of coverage exclusions, and, for a language no
 * catalogue is shipped for, messages.yaml as a worksheet of every message to write.
 */
import { en } from '../../lib/messages/en.ts';
import type { Message } from '../../lib/messages/catalogue.ts';

/** The first line of published-ids.txt (npm run permalinks writes it too). */
export const PUBLISHED_IDS_HEADER =
  '# Published event ids: never remove a line; rename an event only with an alias.\n';

export interface StoryAnswers {
  title: string;
  description: string;
  language: string;
  start: string;
  end: string;
  url: string;
  base: string;
  repository?: string | undefined;
}

/** Double-quoted YAML text: a colon or a quote in a title cannot break the file. */
const yamlText = (text: string) => JSON.stringify(text);

export function siteYaml(story: StoryAnswers): string {
  return `# The one site configuration file: everything that names the story.
# Every field is described in CONTRIBUTING.md, "Field reference".
title: ${yamlText(story.title)}
description: ${yamlText(story.description)} # one sentence, for search results and link previews
language: ${story.language} # BCP 47: the site's words come from the catalogue of this language
period:
  start: ${story.start} # the first day the timeline covers
  end: ${story.end} # the last day
url: ${yamlText(story.url)} # the public address, without the base path
base: ${yamlText(story.base)} # the path the site is served under, starting and ending with /
${story.repository ? `repository: ${yamlText(story.repository)}` : '# repository: "https://github.com/…"'} # where the content is edited, for the "how to contribute" links
# homeLimit: 500 # most events the home page lists; beyond that, one page per month
# reported: npm run coverage lists the sentences no event quotes yet. complete: the content
# tests demand that every sentence of every article is quoted or left out with a reason.
coverage: reported
`;
}

export const COVERAGE_EXCLUSIONS_YAML = `# Article sentences deliberately not turned into events, and why (npm run coverage reads it).
# text is the exact sentence, or its first words, as the article prints it. For example:
#
# - source: 2026-03-02-harbour-wire-bridge-vote
#   text: "Sign up for our newsletter"
#   reason: Newsletter box, not part of the report.
`;

/** A message as a commented YAML line, its forms those the language's plural rules use. */
function worksheetLine(name: string, message: Message, categories: readonly string[]): string {
  const key = /^[\w.-]+$/.test(name) ? name : yamlText(name);
  if (typeof message === 'string') return `# ${key}: ${yamlText(message)}`;
  const forms = categories.map(
    (category) =>
      `${category}: ${yamlText(message[category as keyof typeof message] ?? message.other)}`,
  );
  return `# ${key}: { ${forms.join(', ')} }`;
}

/**
 * messages.yaml for a language no catalogue is shipped for: every message, commented out, in
 * English. The validator asks for each until it is written in the site's language.
 */
export function messagesWorksheet(language: string): string {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  return [
    `# The site's words in "${language}". Chronicle ships no catalogue of them for this language, so`,
    '# the site gives every one here: remove the "# " before each line and write the text in your',
    '# language. {name} placeholders are filled in; keep them. A message by number gives the forms',
    `# this language's plural rules use (${categories.join(', ')}). The English catalogue is`,
    '# src/lib/messages/en.ts; README.md, "In another language", says more.',
    ...Object.entries(en).map(([key, message]) => worksheetLine(key, message, categories)),
    '',
  ].join('\n');
}
