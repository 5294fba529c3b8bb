/**
 * Compiled regular expressions by source and flags. The figure check runs the same few dozen patterns over
 * every sentence of a page; compiling them once keeps a 500-mention popup within its first-render budget.
 * Only used with matchAll (which clones) and non-global test/exec, so shared lastIndex state never leaks.
 */
const cache = new Map<string, RegExp>();

export function cachedRegExp(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let regex = cache.get(key);
  if (!regex) {
    regex = new RegExp(source, flags);
    cache.set(key, regex);
  }
  return regex;
}
