/**
 * The text of a new event file: every required field, each with a short comment saying what goes
 * there.
 */
export interface EventTemplateInput {
  title: string;
  date: string;
  source: string;
  kind: string;
  /** The kinds the site's events may have, listed in the comment beside the field. */
  kinds: readonly string[];
}

/** Double-quoted YAML text, so colons and quotes in a title cannot break the file. */
const yamlText = (text: string) => JSON.stringify(text);

export function eventTemplate({ title, date, source, kind, kinds }: EventTemplateInput): string {
  return `---
title: ${yamlText(title)} # a short headline, 140 characters at most
kind: ${kind} # one of: ${kinds.join(', ')}
start: ${date} # YYYY-MM-DD, YYYY-MM or YYYY, as precise as the article allows
dating:
  basis: stated # or: inferred, with words: "on Tuesday" and source: the article's id
status: happened # or: scheduled (still to come when reported), cancelled, unconfirmed
summary: ${yamlText(title)} # one sentence for the timeline, using only facts in the quotes
topics: [] # ids of files in content/topics/
people: [] # ids of files in content/people/
organisations: [] # ids of files in content/organisations/
places: [] # ids of files in content/places/
sources:
  - source: ${source}
    quote: "" # paste the article's exact words here
---
`;
}
