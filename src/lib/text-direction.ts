/** Each language's direction once found: every page and embed asks, and Intl.Locale is not free. */
const directions = new Map<string, 'ltr' | 'rtl'>();

/** Which way a language is written, from the runtime's own locale data: "rtl" for Arabic, Hebrew, Persian … */
export function textDirection(language: string): 'ltr' | 'rtl' {
  let direction = directions.get(language);
  if (!direction) directions.set(language, (direction = directionOf(language)));
  return direction;
}

function directionOf(language: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(language) as Intl.Locale & {
    getTextInfo?: () => { direction?: string };
    textInfo?: { direction?: string };
  };
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}

/** A site's direction: its own choice (site.yaml's `direction`), else its language's. */
export function siteDirection(site: { language: string; direction?: 'ltr' | 'rtl' | undefined }) {
  return site.direction ?? textDirection(site.language);
}

/**
 * The attributes of words in another language than the site's: their `lang`, and their `dir` when
 * they are written the other way (an English quote on an Arabic page). None for the site's own.
 */
export function foreignLanguage(
  language: string,
  site: { language: string; direction?: 'ltr' | 'rtl' | undefined },
): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (language === site.language) return {};
  const dir = textDirection(language);
  return dir === siteDirection(site) ? { lang: language } : { lang: language, dir };
}
