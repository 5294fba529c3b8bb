/**
 * Word boundaries for a careful reader. JavaScript's \b only knows ASCII, so "Räikkönen" or "Ｃlaude"
 * would break it. Han, kana and Hangul have no spaces between words, so they never form a boundary
 * problem: a Latin name may touch Chinese text directly ("用Claude训练").
 */

// Digits are decimal and letter-like numbers: a superscript or a circled number is a footnote or list mark
// ("Claude Code³", "①Kimi"), not part of the word it touches.
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}\p{Nl}\p{M}]/u;
const UPPER = /\p{Lu}/u;

/** An ASCII digit ("9.8 mm", a version's "3.2"). */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

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

// The engine asks these questions for every character of a page, so the answers live in one table
// per UTF-16 unit, filled on first sight (the regexes run once per distinct character).
const KNOWN = 1;
const WORD = 2;
const UPPER_BIT = 4;
const TRAITS = new Uint8Array(0x10000);

function learn(code: number): number {
  let traits = KNOWN;
  if (code < 0x80) {
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f) traits |= WORD;
    if (code >= 0x41 && code <= 0x5a) traits |= UPPER_BIT;
  } else {
    const char = String.fromCharCode(code);
    if (!isCjk(code) && LETTER_OR_DIGIT.test(char)) traits |= WORD;
    if (UPPER.test(char)) traits |= UPPER_BIT;
  }
  TRAITS[code] = traits;
  return traits;
}

/** A letter, digit or mark of a spaced script (Latin, Greek, Cyrillic...), or "_" as in @Fried_rice. */
export function isWordUnit(code: number): boolean {
  // NaN (charCodeAt past the end) reads TRAITS[NaN] = undefined → 0 → learn(NaN): not a word.
  return ((TRAITS[code] || learn(code)) & WORD) !== 0;
}

/** A Han character (CJK unified ideographs and extension A, compatibility ideographs). */
export function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

export function isUpperUnit(code: number): boolean {
  return ((TRAITS[code] || learn(code)) & UPPER_BIT) !== 0;
}
