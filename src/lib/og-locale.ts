/**
 * Open Graph's locale: language and territory joined by an underscore (`en_GB`, `es_ES`, `ar_EG`),
 * as social networks read it; a bare language is not one. The territory is the one the site's
 * dates are written for (English pages write day first, as in Britain), else the language's most
 * likely one (Unicode's likely subtags, through Intl.Locale).
 */
import { dateLocale } from './date-words.ts';

// Every page asks, always for the site's one language: Intl.Locale's likely-subtags lookup was
// 0.2 s of a 3,000-event build when made again for each page.
const known = new Map<string, string>();

export function ogLocale(language: string): string {
  let locale = known.get(language);
  if (locale === undefined) {
    locale = localeOf(language);
    known.set(language, locale);
  }
  return locale;
}

function localeOf(language: string): string {
  try {
    const locale = new Intl.Locale(dateLocale(language)).maximize();
    return locale.region ? `${locale.language}_${locale.region}` : locale.language;
  } catch {
    // Not a tag Intl knows: given as written, which is what the page's lang says too.
    return language.replace('-', '_');
  }
}
