/**
 * A pure function that remembers its answer for each argument. A build asks the same few thousand
 * questions again and again (a date in words, a count's plural form and digits), and each answer
 * costs an Intl call of a microsecond or so.
 */
export function memoised<K, V>(compute: (key: K) => V): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined && !answers.has(key)) answers.set(key, (answer = compute(key)));
    return answer as V;
  };
}
