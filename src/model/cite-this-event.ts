/**
 * A ready-to-copy citation of an event page. The access date is the reader's, so it is left for
 * them (or a small script) to fill in.
 */
export function citeThisEvent(input: {
  title: string;
  siteTitle: string;
  date: string;
  url: string;
}): string {
  return `“${input.title}”, ${input.siteTitle}, ${input.date}. ${input.url}`;
}
