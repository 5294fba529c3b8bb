/**
 * Code blocks: the lines between two fences (``` or ~~~ at a line start, as markdown and copied developer pages write
 * them; the page extractor writes the same fences around <pre>). Readers of a code block take its lower-case names
 * for identifiers wherever they stand (`[providers.moonshot]`, `upstream=deepseek`, `alias cc='claude'`, a model id
 * in an error string), and read its comments and messages as prose: a capitalised name there, or a plain lower-case
 * word in a comment ("# claude wrote this part"), is still a mention.
 */

import { lineStartOf } from './code-tokens';

// A fence line: indentation and reply markers ("> "), then three backticks or tildes and an optional language.
const FENCE = /^(?:[ \t]*>)*[ \t]*(?:```|~~~)[^\n`]*$/gm;
// A name written the way identifiers are: lower-case ASCII with digits, dots, hyphens or underscores.
const LOWER_IDENTIFIER = /^[a-z][a-z\d._-]*$/;
const PLAIN_WORD = /^[a-z]+$/;
// How far back a comment's start is looked for on a long line.
const LINE_REACH = 1024;
// Where a line's comment starts: "#" or "//" at the line start or after a space, followed by a space.
const COMMENT = /(?:^|[ \t])(?:#|\/\/)[ \t]/;
// A value written right after its key, with no space (model=MiniMax-M2.5, provider:MiniMax).
const GLUED_VALUE = new Set([0x3d, 0x3a]); // "=", ":"

/**
 * The [start, end) ranges of the text inside closed fences; an unclosed fence marks nothing. Only
 * [from, to) is read (a slice of a page: its blocks), which starts at a line start; ranges are in
 * the whole text's positions.
 */
export function codeBlockRanges(text: string, from = 0, to = text.length): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // A substring shares the text's characters; searching it stops at `to` where indexOf would not.
  const part = text.slice(from, to);
  if (!part.includes('```') && !part.includes('~~~')) return ranges;
  let open = -1;
  for (const match of part.matchAll(FENCE)) {
    const lineEnd = from + match.index + match[0].length;
    if (open < 0) open = lineEnd;
    else {
      ranges.push([open, from + match.index]);
      open = -1;
    }
  }
  return ranges;
}

/**
 * Whether the name at [start, end) is an identifier because it stands in a code block: lower-case and outside a
 * comment, or lower-case with a digit or hyphen (a model id) anywhere, or a value glued to its key.
 */
export function makeInCodeBlock(text: string, from = 0, to = text.length): (start: number, end: number) => boolean {
  let ranges: Array<[number, number]> | undefined;
  return (start, end) => {
    ranges ??= codeBlockRanges(text, from, to);
    if (ranges.length === 0 || !inside(ranges, start)) return false;
    const name = text.slice(start, end);
    if (GLUED_VALUE.has(text.charCodeAt(start - 1))) return true;
    if (!LOWER_IDENTIFIER.test(name)) return false;
    if (!PLAIN_WORD.test(name)) return true;
    return !COMMENT.test(text.slice(lineStartOf(text, start, LINE_REACH), start));
  };
}

/** Whether a position lies inside one of the ranges (sorted, disjoint), by binary search. */
function inside(ranges: ReadonlyArray<[number, number]>, position: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = ranges[middle]!;
    if (position < from) high = middle - 1;
    else if (position >= to) low = middle + 1;
    else return true;
  }
  return false;
}
