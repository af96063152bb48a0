/**
 * Open Graph's locale: language and territory joined by an underscore (`en_GB`, `es_ES`, `ar_EG`),
 * as social networks read it; a bare language is not one. The territory is the one the site's
 * dates are written for (English pages write day first, as in Britain), else the language's most
 * likely one (Unicode's likely subtags, through Intl.Locale).
 */
import { dateLocale } from './date-words.ts';

export function ogLocale(language: string): string {
  try {
    const locale = new Intl.Locale(dateLocale(language)).maximize();
    return locale.region ? `${locale.language}_${locale.region}` : locale.language;
  } catch {
    // Not a tag Intl knows: given as written, which is what the page's lang says too.
    return language.replace('-', '_');
  }
}
