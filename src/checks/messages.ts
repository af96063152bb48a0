/**
 * A site's own wording names messages the catalogue has (a mistyped key would silently change
 * nothing), and a site in a language no catalogue is shipped for gives every message itself:
 * its pages are never half in English.
 */
import { didYouMean } from '../lib/did-you-mean.ts';
import { CATALOGUES, MESSAGE_KEYS, shippedCatalogue } from '../lib/messages/catalogue.ts';
import { problem, type Problem } from '../lib/problems.ts';
import { MESSAGES_FILE_NAME, type Check } from './record-set.ts';

/** A default kind's label the site does not need: its site dropped that kind. */
const unusedKindLabel = (key: string, kinds: readonly string[] | undefined) =>
  key.startsWith('event.kind.') && kinds !== undefined && !kinds.includes(key.slice(11));

export const checkMessages: Check = ({ messages, siteLanguage, contentDir, eventKinds }) => {
  const problems: Problem[] = [];
  const known = new Set<string>(MESSAGE_KEYS);
  for (const key of Object.keys(messages?.entries ?? {})) {
    if (known.has(key)) continue;
    problems.push(
      problem(messages!.file, messages!.lineOf([key]), key, 'messages.unknownKey', {
        key,
        suggestion: didYouMean(key, MESSAGE_KEYS),
      }),
    );
  }
  if (siteLanguage && !shippedCatalogue(siteLanguage.language)) {
    const missing = MESSAGE_KEYS.filter(
      (key) => !(key in (messages?.entries ?? {})) && !unusedKindLabel(key, eventKinds),
    );
    if (missing.length > 0) {
      problems.push(
        problem(siteLanguage.file, siteLanguage.line, 'language', 'messages.noCatalogue', {
          language: siteLanguage.language,
          file: messages?.file ?? `${contentDir}/${MESSAGES_FILE_NAME}`,
          count: missing.length,
          first: missing.slice(0, 3).join(', '),
          shipped: Object.keys(CATALOGUES).join(', '),
        }),
      );
    }
  }
  return problems;
};
