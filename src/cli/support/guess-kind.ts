/**
 * The kind of event a sentence's words suggest ("met" a meeting, "warned" a warning), for the
 * kinds a site has by default, in English and Spanish; the editor checks it.
 */

/** Words that suggest a kind of event, for the kinds a site has by default. */
const KIND_WORDS: [kind: string, words: RegExp][] = [
  ['press-conference', /\bpress conference|conferencia de prensa|rueda de prensa/i],
  ['summit', /\bsummit|cumbre/i],
  ['talks', /\btalks|negociaciones|conversaciones/i],
  ['meeting', /\bmeet(?:s|ing)?\b|\bmet\b|reuni[óo]n|se reun/i],
  ['visit', /\bvisit(?:s|ed|ing)?\b|visita/i],
  ['call', /\b(?:phone|video) call|\bcalled\b|llamada/i],
  ['warning', /\bwarn(?:s|ed|ing)?\b|advirti[óo]|advierte/i],
  ['demand', /\bdemand(?:s|ed)?\b|exig/i],
  ['announcement', /\bannounc(?:e|es|ed|ement)\b|anunci/i],
  ['statement', /\bsaid\b|\bsays\b|\btold\b|dijo|afirm[óo]|declar[óo]/i],
];

/** The kind the words suggest, if the site has it; else its first kind, for the editor to set. */
export function guessKind(
  sentence: string,
  kinds: readonly string[],
): { kind: string; guessed: boolean } {
  const found = KIND_WORDS.find(([kind, words]) => kinds.includes(kind) && words.test(sentence));
  if (found) return { kind: found[0], guessed: true };
  return { kind: kinds.includes('other') ? 'other' : kinds[0]!, guessed: false };
}
