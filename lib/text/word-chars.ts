/**
 * Word boundaries for a careful reader. JavaScript's \b only knows ASCII, so "Räikkönen" or "Ｃlaude"
 * would break it. Han, kana and Hangul have no spaces between words, so they never form a boundary
 * problem: a Latin name may touch Chinese text directly ("用Claude训练").
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** Scripts written without spaces between words. */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) || // kana
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xac00 && code <= 0xd7af) || // Hangul syllables
    (code >= 0xd800 && code <= 0xdfff) // astral (CJK extensions, emoji): never glue a Latin word
  );
}

const cache = new Map<number, boolean>();

/** A letter, digit or mark of a spaced script (Latin, Greek, Cyrillic...), or "_" as in @Fried_rice. */
export function isWordUnit(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
  }
  if (isCjk(code)) return false;
  let known = cache.get(code);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code));
    cache.set(code, known);
  }
  return known;
}

/** A Han character (CJK unified ideographs and extension A, compatibility ideographs). */
export function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

const UPPER = /\p{Lu}/u;

export function isUpperUnit(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER.test(String.fromCharCode(code));
}
