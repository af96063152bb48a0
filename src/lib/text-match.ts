/**
 * Verbatim matching of quotes against article text. Only differences that do
 * not change the words are forgiven: runs of white space, straight or curly
 * quotes, and dash variants.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Editors often wrap a quote in quotation marks of their own; those are not the article's words.
 */
function normaliseQuote(quote: string): string {
  const text = normaliseForMatch(quote);
  return /^".*"$/.test(text) && text.length > 2 ? text.slice(1, -1).trim() : text;
}

/** Whether the quote occurs in the (already normalised) article text. */
export function occursIn(normalisedText: string, quote: string): boolean {
  const needle = normaliseQuote(quote);
  return needle.length > 0 && normalisedText.includes(needle);
}

/**
 * For a quote that does not match: the longest start of it that the article
 * does have, so the editor sees where the copy went wrong.
 */
export function matchingStart(normalisedText: string, quote: string): string {
  const words = normaliseQuote(quote).split(' ');
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (normalisedText.includes(words.slice(0, mid).join(' '))) low = mid;
    else high = mid - 1;
  }
  return words.slice(0, low).join(' ');
}

/** The hint shown with a quote that does not match. */
export function quoteHint(normalisedText: string, quote: string): string {
  const start = matchingStart(normalisedText, quote);
  const total = normaliseQuote(quote).split(' ').length;
  if (!start)
    return 'Not even its first word is in the article: is it cited under the right source?';
  const words = start.split(' ').length;
  const shownStart = words > 8 ? `…${start.split(' ').slice(-8).join(' ')}` : start;
  return `The article has its first ${words} of ${total} words ("${shownStart}") and then differs.`;
}
