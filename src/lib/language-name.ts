/** A language's name in another language, as the runtime's Intl gives it: "English", "inglés". */
const namers = new Map<string, Intl.DisplayNames>();

export function languageName(tag: string, inLanguage: string): string {
  let namer = namers.get(inLanguage);
  if (!namer) {
    namer = new Intl.DisplayNames([inLanguage], { type: 'language' });
    namers.set(inLanguage, namer);
  }
  return namer.of(tag) ?? tag;
}
