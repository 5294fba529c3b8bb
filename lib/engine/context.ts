import { isSpace } from '../text/fold';
import { casedAt, casedEndsWith, casedSlice, casedStartsWith, SEPARATOR, type FoldedText } from '../text/normalize';
import { isAsciiDigit, isHan, isUpperUnit, isWordUnit } from '../text/word-chars';
import { firstStartAtOrAfter, type HitIndex } from './hit-index';

/**
 * Distances for context windows, in half-words: a spaced-script word counts 2, a Han character 1
 * (about two characters make a Chinese word), a block boundary 4. units[i] is the weight of
 * everything before folded position i, so a distance is one subtraction.
 */
export function unitPrefix(folded: FoldedText, into?: Int32Array): Int32Array {
  // Reads the UTF-16 units, not the string: this loop runs over every character of every slice.
  const codes = folded.lowerCodes;
  const length = codes.length;
  // `into` (scratch, at least length + 1 long) is overwritten from 0: every entry is written below.
  const units = into ? into.subarray(0, length + 1) : new Int32Array(length + 1);
  units[0] = 0;
  let previousWord = false;
  let total = 0;
  for (let i = 0; i < length; i++) {
    const code = codes[i]!;
    const weight = UNIT_WEIGHT[code] || learnWeight(code);
    if (weight === WORD_WEIGHT) {
      if (!previousWord) total += 2;
      previousWord = true;
    } else {
      total += weight - 1; // the table keeps 0 for "not seen yet", so every weight is stored plus one
      previousWord = false;
    }
    units[i + 1] = total;
  }
  return units;
}

// Half-words each unit adds, plus one (0: not classified yet), and a mark for word characters, whose
// run adds 2 once: one table read per character instead of three range tests.
const UNIT_WEIGHT = new Uint8Array(0x10000);
const WORD_WEIGHT = 255;
const SEPARATOR_CODE = SEPARATOR.charCodeAt(0);

function learnWeight(code: number): number {
  const weight = isWordUnit(code) ? WORD_WEIGHT : isHan(code) ? 2 : code === SEPARATOR_CODE ? 5 : 1;
  UNIT_WEIGHT[code] = weight;
  return weight;
}

export interface Span {
  start: number;
  end: number;
  block: number;
}

// Longest context phrase, in half-words: lets the backward search stop early yet never miss a hit.
const MAX_PHRASE_UNITS = 24;
// However dense the hits, look at only this many on each side: a window holds few words anyway.
const MAX_PROBES = 64;

/**
 * Hits of an index within `window` words of the span, nearest first (at most `limit`).
 * Hits overlapping the span count only when `overlapping` is set (a reject phrase such as
 * "memory leak" contains the term; a supporting cue must be other words).
 */
export function hitsNear(
  index: HitIndex,
  span: Span,
  units: Int32Array,
  window: number,
  options: { sameBlock: boolean; overlapping: boolean; limit: number; sentences?: Int32Array },
): number[] {
  const found: number[] = [];
  if (index.length === 0) return found;
  // Read once: this runs for every candidate, cue list and pass, and a closure per call was a fifth of a pass's garbage.
  const { sentences, sameBlock, overlapping, limit } = options;
  const { starts, ends, blocks } = index;
  const block = span.block;
  const sentence = sentences ? sentences[span.start]! : 0;
  const reach = window * 2;
  const pivot = firstStartAtOrAfter(index, span.end);
  for (let j = pivot - 1, probes = 0; j >= 0 && probes < MAX_PROBES && found.length < limit; j--, probes++) {
    if (units[span.start]! - units[starts[j]!]! > reach + MAX_PHRASE_UNITS) break;
    if ((sameBlock && blocks[j] !== block) || (sentences && sentences[starts[j]!] !== sentence)) continue;
    const end = ends[j]!;
    if (end > span.start) {
      if (overlapping) found.push(j);
      continue;
    }
    if (units[span.start]! - units[end]! <= reach) found.push(j);
  }
  for (let j = pivot, probes = 0; j < index.length && probes < MAX_PROBES && found.length < limit; j++, probes++) {
    if (units[starts[j]!]! - units[span.end]! > reach) break;
    if ((sameBlock && blocks[j] !== block) || (sentences && sentences[starts[j]!] !== sentence)) continue;
    found.push(j);
  }
  return found;
}

/** Distance from the span to hit j, in half-words (0 when they touch or overlap). */
export function hitDistance(index: HitIndex, j: number, span: Span, units: Int32Array): number {
  const start = index.starts[j]!;
  const end = index.ends[j]!;
  if (end <= span.start) return units[span.start]! - units[end]!;
  if (start >= span.end) return units[start]! - units[span.end]!;
  return 0;
}

// Evidence in the candidate's own sentence outranks any evidence beyond it, however near.
const OTHER_SENTENCE = 1 << 20;

/**
 * How near hit j is as evidence for the span: its distance, pushed behind every same-sentence hit
 * when it lies in another sentence ("Kimi Räikkönen drove for Ferrari; Kimi, the chatbot, …").
 */
export function evidenceRank(index: HitIndex, j: number, span: Span, units: Int32Array, sentences: Int32Array): number {
  const distance = hitDistance(index, j, span, units);
  return sentences[index.starts[j]!] === sentences[span.start] ? distance : distance + OTHER_SENTENCE;
}

// A space, a hyphen, a middle dot, an apostrophe, or a quotation mark (a cue touches a quoted name: 都叫我“炒饭哥”).
const JOINERS = new Set([0x20, 0x2d, 0xb7, 0x27, 0x22, 0x201c, 0x201d, 0x300c, 0x300d]);

/** Whether a hit touches the span on the given side, with at most one of JOINERS between. */
export function hitTouching(index: HitIndex, span: Span, side: 'before' | 'after', lower: string): number {
  if (index.length === 0) return -1;
  const joinedBy = (from: number, to: number) => {
    if (to - from > 1) return false;
    return to === from || JOINERS.has(lower.charCodeAt(from));
  };
  if (side === 'after') {
    for (let j = firstStartAtOrAfter(index, span.end); j < index.length && index.starts[j]! <= span.end + 1; j++) {
      if (joinedBy(span.end, index.starts[j]!) && index.blocks[j] === span.block) return j;
    }
    return -1;
  }
  for (let j = firstStartAtOrAfter(index, span.start) - 1, probes = 0; j >= 0 && probes < MAX_PROBES; j--, probes++) {
    if (index.starts[j]! < span.start - 60) break;
    const end = index.ends[j]!;
    if (end <= span.start && joinedBy(end, span.start) && index.blocks[j] === span.block) return j;
  }
  return -1;
}

const HYPHEN = 0x2d;

/** A lower-case Latin letter (a compound name's second part goes on in lower case: "Achille"). */
function isLowerLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
}

/** A hyphen and a capitalised word in lower case after it, the second half of a compound given name ("Claude-Achille"). */
export function compoundNameAfter(folded: FoldedText, end: number): boolean {
  return casedAt(folded, end) === HYPHEN && isUpperUnit(casedAt(folded, end + 1)) && isLowerLetter(casedAt(folded, end + 2));
}

/**
 * The next word starts with a capital letter, right after one space ("Claude Monet"), or is a capitalised word after a
 * hyphen, as in a compound given name ("Claude-Achille", "Claude-Michel"); a model's code after a hyphen is no name
 * ("Kimi-K2": a capital and then no lower-case letter).
 */
export function nextWordCapitalized(folded: FoldedText, start: number, end: number, text: string): boolean {
  if (compoundNameAfter(folded, end)) return true;
  const code = casedAt(folded, end + 1);
  if (!(casedAt(folded, end) === 0x20 && isWordUnit(code) && isUpperUnit(code))) return false;
  // An ideographic space sets a Chinese headline's parts apart ("蒸餾」Claude　Anthropic："); no name runs across it.
  if (text.slice(folded.origEnd[end - 1]!, folded.origStart[end + 1]!).includes('\u3000')) return false;
  // A capitalised name at the end of a line does not run on to the next one ("…distillation of Claude⏎Retailers
  // brace for…"); a lower-case word there may still be a nickname in a chat line, read as before, unless the next line
  // opens with a speaker's name ("anthropic makes claude⏎Priya: …").
  if (!lineBreakIn(text, folded.origEnd[end - 1]!, folded.origStart[end + 1]!)) return true;
  return !isUpperUnit(casedAt(folded, start)) && !speakerAt(folded, end + 1);
}

// What may stand before a chat line's speaker: indentation and an export's bracketed timestamp ("[21:14] ").
const SPEAKER_LEAD = /^[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*)?$/;
// A chat export's header line that starts with the date and time, then the speaker's name alone ("2026-04-01 09:40 ").
const TIME_FIRST_LEAD = /^[ \t]*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?[ \t]+$/;
// The longest lead a speaker label may have before it on its line (an export's bracketed date and time).
const SPEAKER_LEAD_REACH = 44;
// After the speaker: a colon, then the message (a space, or Chinese text straight after a full-width colon).
const SPEAKER_COLON = /^[ \t]*[:：](?:[ \t]+\S|\p{Script=Han})/u;

/**
 * Whether the word at [start, end) of the original text is a chat line's speaker: written in lower case before a colon
 * ("kimi: nah i use deepseek", "[21:14] claude: i'll take saturday"), as people type names there, or alone with a time
 * on a message's header line in any case ("kimi — 2026/03/31 13:08", "Kimi（设计） 11:20"). A capitalised label before a
 * colon stays open: a glossary's or a review's "Claude: writing and code" names the product.
 */
export function chatSpeaker(text: string, start: number, end: number): boolean {
  const lead = lineLead(text, start);
  if (lead === null) return false;
  // An export's header line with the date and time before the name, and nothing after it ("2026-04-01 09:40 Kimi").
  if (TIME_FIRST_LEAD.test(lead) && /^[ \t]*(?:\n|$)/.test(text.slice(end, end + 8))) return true;
  // A person's role with the name in brackets, then the message ("Agent (Kimi): Hello", "客服（Claude）：您好"): someone
  // answering for a company, never the product itself ("Assistant (Claude):" is not one of these roles).
  if (ROLE_BRACKET_LEAD.test(lead) && ROLE_BRACKET_CLOSE.test(text.slice(end, end + 8))) return true;
  if (!SPEAKER_LEAD.test(lead)) return false;
  // A message's header line, the name and then only its time ("kimi — 2026/03/31 13:08", "Kimi（设计） 11:20"):
  // a product never posts in a chat under a time stamp, whatever its case.
  const after = text.slice(end, end + 48);
  if (SPEAKER_HEADER.test(after) || SPEAKER_BRACKET_HEADER.test(after)) return true;
  const first = text.charCodeAt(start);
  if (!(first >= 0x61 && first <= 0x7a)) return false;
  return messageAfterColon(text, end);
}

const ROLE_BRACKET_LEAD =
  /^[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*)?(?:support agent|agent|rep|representative|host|moderator|mod|operator|advisor|adviser|specialist|technician|caller|interviewer|guest|客服|人工客服|坐席|主持人|嘉宾|顾客|客户|店员)[ \t]*[（(]$/i;
const ROLE_BRACKET_CLOSE = /^[ \t]*[)）][ \t]*[:：]/;

/**
 * What stands on the line before `start`, if a speaker label's lead could (at most SPEAKER_LEAD_REACH characters: an
 * export's bracketed date and time); null when the line starts further back. Looks back no further than that, since a
 * page may have no line breaks.
 */
export function lineLead(text: string, start: number): string | null {
  let lineStart = start;
  while (lineStart > 0 && start - lineStart <= SPEAKER_LEAD_REACH && text.charCodeAt(lineStart - 1) !== 0x0a) lineStart--;
  return start - lineStart > SPEAKER_LEAD_REACH ? null : text.slice(lineStart, start);
}

/** Whether [start, end) is a chat line's speaker label in any script: first on its line, then a colon and a message. */
export function speakerLabel(text: string, start: number, end: number): boolean {
  const lead = lineLead(text, start);
  return lead !== null && (SPEAKER_LEAD.test(lead) || TIME_FIRST_LEAD.test(lead)) && messageAfterColon(text, end);
}

/** Whether a chat line opens with `label` and a colon at least twice in the text. */
export function speaksAgain(text: string, label: string): boolean {
  let count = 0;
  for (let at = text.indexOf(label); at >= 0 && count < 2; at = text.indexOf(label, at + label.length)) {
    if (speakerLabel(text, at, at + label.length)) count++;
  }
  return count >= 2;
}

/** Whether a colon and then a message follow `end`, as after a chat line's speaker (SPEAKER_COLON). */
export function messageAfterColon(text: string, end: number): boolean {
  return SPEAKER_COLON.test(text.slice(end, end + 8));
}

// After a speaker's name on a message's header line: a role in brackets, a dash, a date or "Today at", then the time, and
// nothing else on the line ("（设计） 11:20", " — 2026/03/31 13:08", " — Today at 10:31", " 9:40 AM").
const SPEAKER_HEADER =
  /^(?:[ \t]*[（(][^)）\n]{1,12}[)）])?[ \t]*(?:[—–-][ \t]*)?(?:(?:today|yesterday|昨天|今天)(?:[ \t]+at)?[ \t]*|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}[ \t]+|\d{1,2}\/\d{1,2}\/\d{2,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*(?:\n|$)/i;

// The same header as a chat export or a copied message prints it, the date and time in square brackets after a comma
// (", [Jan 21, 2026 at 9:05 AM]:", ", [2026/3/2 22:10]").
const SPEAKER_BRACKET_HEADER = /^,[ \t]*\[[^\]\n]{0,30}\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\][ \t]*:?[ \t]*(?:\n|$)/;

/** Whether a chat line's speaker label (SPEAKER_LABEL) starts at `at`. */
function speakerAt(folded: FoldedText, at: number): boolean {
  return SPEAKER_LABEL.test(casedSlice(folded, at, at + 60));
}

/**
 * Whether the page's text breaks the line between two offsets: a name does not run on to the next line of a
 * headline list or a code comment ("…distillation of Claude⏎Retailers brace for…").
 */
export function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d || code === 0x2028) return true;
  }
  return false;
}

/**
 * Where the capitalised word after a possessive begins ("Claude's Garden Supply", a shop's name: "'s", one
 * space, then a capital followed by a lower-case letter), or -1. Folding makes every apostrophe "'".
 */
export function capitalizedAfterPossessive(folded: FoldedText, end: number): number {
  if (casedAt(folded, end) !== 0x27 || casedAt(folded, end + 1) !== 0x73 || casedAt(folded, end + 2) !== 0x20) return -1;
  const first = casedAt(folded, end + 3);
  const second = casedAt(folded, end + 4);
  return isUpperUnit(first) && isWordUnit(second) && !isUpperUnit(second) ? end + 3 : -1;
}

/**
 * Capitalised ("Distil", not "DISTIL") after a word or a comma of the same sentence: not where a sentence,
 * a line or a quotation starts, where any word may take a capital.
 */
export function capitalizedInsideSentence(folded: FoldedText, sentences: Int32Array, start: number): boolean {
  if (start < 2 || !isUpperUnit(casedAt(folded, start)) || isUpperUnit(casedAt(folded, start + 1))) return false;
  if (casedAt(folded, start - 1) !== 0x20 || sentences[start - 2] !== sentences[start]) return false;
  const prior = casedAt(folded, start - 2);
  return (isWordUnit(prior) && !isHan(prior)) || prior === 0x2c;
}

const MIDDLE_DOT = 0xb7;

// Words that open a clause or a caption line, never a given name.
const CONNECTIVES: ReadonlySet<string> = new Set([
  'and', 'but', 'so', 'or', 'nor', 'yet', 'then', 'the', 'when', 'while', 'as', 'if', 'because', 'after', 'before',
  'since', 'with', 'also', 'now', 'even', 'that', 'this', 'says', 'said', 'asks', 'asked', 'why', 'how', 'what',
]);

/**
 * Whether another given name stands right before the surname at `start`: a name joined by "·"
 * ("马克·阿莫迪"), or a capitalised word with lower-case letters after one space ("Mark Amodei")
 * that is not the first word of its sentence ("When Amodei…", "Quote Amodei…" say nothing) and
 * not a possessive ("Anthropic's Amodei") or an acronym ("CEO Amodei").
 */
export function previousGivenName(folded: FoldedText, sentences: Int32Array, start: number): boolean {
  const before = casedAt(folded, start - 1);
  if (before === MIDDLE_DOT) return start >= 2 && (isHan(casedAt(folded, start - 2)) || isWordUnit(casedAt(folded, start - 2)));
  if (before !== 0x20) return false;
  const end = start - 1;
  let from = end;
  while (from > 0 && isWordUnit(casedAt(folded, from - 1)) && !isHan(casedAt(folded, from - 1))) from--;
  if (end - from < 2 || !isUpperUnit(casedAt(folded, from))) return false;
  const second = casedAt(folded, from + 1);
  if (isUpperUnit(second) || isAsciiDigit(second)) return false;
  // A capitalised connective opens a line or a caption ("00:03:30,050 --> …⏎And Amodei's company"): no given name.
  if (CONNECTIVES.has(folded.lower.slice(from, end))) return false;
  // Something of the same sentence before the word: a comma, a word or an abbreviation's period; or an
  // opening bracket, as a name glossed in another script has ("马克·阿莫迪（Mark Amodei）").
  const gap = casedAt(folded, from - 1);
  if (gap === 0x28) return true;
  const prior = casedAt(folded, from - 2);
  if (gap !== 0x20 || sentences[from - 2] !== sentences[from]) return false;
  return isWordUnit(prior) || prior === 0x2c || prior === 0x2e;
}

/**
 * A headline in title case ("Chinese Developers Flock To Claude"): capitals there say nothing
 * about surnames. Most longer words of the block start with a capital.
 */
export function isTitleCase(folded: FoldedText, block: number): boolean {
  const start = folded.rangeStart[block] ?? 0;
  const end = block + 1 < folded.rangeStart.length ? folded.rangeStart[block + 1]! - 1 : folded.casedCodes.length;
  let capitalized = 0;
  let lowerLong = 0;
  let words = 0;
  let han = 0;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const code = casedAt(folded, i);
    if (isHan(code)) han++;
    else if (isWordUnit(code)) letters++;
    if (!isWordUnit(code) || (i > start && isWordUnit(casedAt(folded, i - 1)))) continue;
    let j = i;
    while (j < end && isWordUnit(casedAt(folded, j))) j++;
    words++;
    if (isUpperUnit(code)) capitalized++;
    else if (j - i > 3) lowerLong++;
    if (words > 40) return false;
  }
  // Chinese text with Latin names in it is no English headline, however capitalised its Latin words.
  return words >= 3 && capitalized >= 3 && lowerLong * 5 <= capitalized && han * 2 <= letters;
}

// A line that names a post's author: a handle on it ("@meilin.bsky.social", "u/quant_goblin"), or a chat export's
// name and time ("Dmitri Volkov  9:18 AM").
const AUTHOR_HANDLE = /(?:^|\s)(?:@[\w.]+|u\/\w+)|\b\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?\s*$/i;

/**
 * Where the message starts when the sentence around `position` opens with a post's author line (right after that
 * line's break), or -1 when it does not.
 */
export function authorLineEnd(folded: FoldedText, sentences: Int32Array, position: number, text: string): number {
  const id = sentences[position];
  let from = position;
  while (from > 0 && position - from < SENTENCE_REACH && sentences[from - 1] === id) from--;
  for (let i = from; i < folded.casedCodes.length && i - from < SENTENCE_REACH && sentences[i] === id; i++) {
    if (casedAt(folded, i) !== 0x20) continue;
    const code = text.charCodeAt(folded.origStart[i]!);
    if (code !== 0x0a && code !== 0x0d && code !== 0x2028) continue;
    return AUTHOR_HANDLE.test(casedSlice(folded, from, i)) ? i + 1 : -1;
  }
  return -1;
}

// A line's start: what may come before its first word (indentation, a quote's ">", a bullet).
const LINE_LEAD = /[ \t>*\-\u2022]/;
// A chat line's label before the message: a bracketed timestamp, a short speaker name or handle and a colon, or
// both ("[10:04] ana: minimax, by far", "Devraj S: so what did…", "[02/04/2026, 07:22] Ravi Menon: …"). The
// message's first letter tells the casing, not the speaker's name.
const CHAT_LABEL = /^(?:\[[^\]\n]{1,40}\][ \t]*)?(?:[\p{L}\d_.' -]{1,25}(?: \d{1,2}:\d{2}(?: ?[aApP]\.?[mM]\.?)?)?[:：][ \t]+)?/u;

/**
 * Counts the lines of text[start, end) that start in lower case and those that start with a capital, into
 * counts[at] and counts[at + 1]: a chat line by its message, after its label; a line of Chinese by its first Latin
 * word. Author lines (a handle on them) are not counted: they are names, not writing.
 */
export function casualLines(text: string, start: number, end: number, counts: Int32Array, at: number): void {
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    let i = lineStart;
    while (i < lineEnd && LINE_LEAD.test(text[i]!)) i++;
    // Most lines are plain prose: no colon, "@" or "/" near their start, so no label or handle for the patterns below.
    let marks = labelMarks(text, i, Math.min(lineEnd, i + 80));
    // A chat message in Chinese under a short speaker label ("老周：去年就改了", "[09:15] Ken Lau: 香港本身…") is
    // casual writing whatever its Latin words: such lines have no case to tell.
    if (marks & LABEL_COLON && HAN_CHAT_LINE.test(text.slice(i, Math.min(lineEnd, i + 40)))) {
      counts[at]!++;
      lineStart = lineEnd + 1;
      continue;
    }
    if (i < lineEnd && (marks & LABEL_COLON || text.charCodeAt(i) === 0x5b)) {
      const label = CHAT_LABEL.exec(text.slice(i, Math.min(lineEnd, i + 80)))![0].length;
      if (label > 0) marks = labelMarks(text, (i += label), Math.min(lineEnd, i + 80));
    }
    let code = text.charCodeAt(i);
    // A line of Chinese: how its writer types the Latin words in it ("我们是 minimax 的 m2" against "用 Claude Code").
    if (isHan(code)) code = firstLatinWordStart(text, i, Math.min(lineEnd, i + HAN_LINE_REACH));
    const isLower = code >= 0x61 && code <= 0x7a;
    const isUpper = code >= 0x41 && code <= 0x5a;
    if ((isLower || isUpper) && !(marks && AUTHOR_HANDLE.test(text.slice(i, Math.min(lineEnd, i + 80))))) {
      counts[isLower ? at : at + 1]!++;
    }
    lineStart = lineEnd + 1;
  }
}

const LABEL_COLON = 1;
const LABEL_HANDLE = 2;

/** Which of the characters that chat labels and author handles need stand in text[from, to): a colon, "@" or "/". */
function labelMarks(text: string, from: number, to: number): number {
  let marks = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3a || code === 0xff1a) marks |= LABEL_COLON;
    else if (code === 0x40 || code === 0x2f) marks |= LABEL_HANDLE;
  }
  return marks;
}

// A chat line in Chinese: an export's bracketed time, a speaker of at most eight characters (no spaces, or a Latin
// name of two words), a time, a colon, then Chinese text. A label with a number is a heading (案例二：, 第一：).
const HAN_CHAT_LINE = /^(?:\[[^\]\n]{1,40}\][ \t]*)?(?:[^\s:：，。,.!?！？\d一二三四五六七八九十]{1,8}|[A-Za-z][\w.'-]*[ \t][A-Za-z][\w.'-]*)(?:[ \t]\d{1,2}:\d{2})?[ \t]*[:：][ \t]*\p{Script=Han}/u;

// How far into a line of Chinese its first Latin word is looked for.
const HAN_LINE_REACH = 200;

/** The first letter of the first Latin word in text[from, to) (not glued to a Latin letter or digit), or NaN. */
function firstLatinWordStart(text: string, from: number, to: number): number {
  let previousLatin = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const latin = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
    if (latin && !previousLatin && code > 0x39) return code;
    previousLatin = latin;
  }
  return Number.NaN;
}

// How far a sentence is read each way to judge its casing: enough for any real sentence.
const SENTENCE_REACH = 400;
const DOT = 0x2e;
// A chat line's speaker: a capitalised name of at most a few words, then a colon; an export's timestamp may stand
// before it ("[02/04/2026, 07:22] Ravi Menon: …") and a time after it ("Mei 9:02 AM: …").
const SPEAKER_LABEL =
  /^\s*(?:\[[^\]\n]{1,40}\]\s*)?\p{Lu}[\p{L}\d_.' -]{0,24}(?: \d{1,2}:\d{2}(?: ?[aApP]\.?[mM]\.?)?)?[:：](?: |(?=\p{Script=Han}))/u;

/**
 * Whether the sentence around `position` is normally cased Latin prose: mostly Latin letters, with
 * some capitals but not all capitals. There a name written in lower case is a common word
 * ("anthropic pressure"); in all-lowercase chat, or Chinese text with Latin words, it may be the name.
 */
export function isCasedProse(folded: FoldedText, sentences: Int32Array, position: number, messageStart = -1): boolean {
  const id = sentences[position];
  let from = position;
  while (from > 0 && position - from < SENTENCE_REACH && sentences[from - 1] === id) from--;
  let to = position;
  while (to < folded.casedCodes.length && to - position < SENTENCE_REACH && sentences[to] === id) to++;
  let letters = 0;
  let upper = 0;
  let han = 0;
  // A speaker's name before the message ("Ana: ok the anthropic post…") says nothing about how the message is written,
  // nor does a post's author line ("Mei L. @meilin.bsky.social⏎reading anthropic's post…", authorLineEnd).
  if (messageStart > from && messageStart <= position) from = messageStart;
  // The message itself may open with a label of its own ("CW: …" under an author line).
  const label = SPEAKER_LABEL.exec(casedSlice(folded, from, from + 40));
  if (label) from += label[0].length;
  for (let i = from; i < to; i++) {
    const code = casedAt(folded, i);
    // A sentence that starts in lower case is chat, not edited prose ("deepseek was the smallest lol").
    if (letters === 0 && isWordUnit(code) && !isAsciiDigit(code) && !isHan(code) && !isUpperUnit(code)) return false;
    if (isHan(code)) han++;
    else if (isWordUnit(code) && !isAsciiDigit(code)) {
      letters++;
      if (isUpperUnit(code)) upper++;
    }
  }
  return upper > 0 && upper * 2 < letters && han * 4 < letters;
}

const CODE_GLUE = new Set(['@', '/', '\\', '.', '_', '-', '#', '=', ':', '<', '~'].map((c) => c.charCodeAt(0)));

const COLON = 0x3a;
const LABEL_CLOSERS = new Set([0x29, 0x5d, 0x3011, 0x300d, 0xff09, 0xff3d]);

const COMMAND_BEFORE = ['install ', 'import ', 'require(', 'add '];

const URL_DELIMITERS = new Set([...' "\'<>()[]{}\u2029'].map((c) => c.charCodeAt(0)));
// A host name and a path without a scheme ("guides.example.edu/ai-distillation"); its last label has a letter, so
// prices and ratios ("0.28/0.42、Kimi K2") are no host.
const HOST_AND_PATH = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z0-9-]*[a-z][a-z0-9-]*\//;
// The separator of a search result's address breadcrumb, and a host shown with one ("en.wikipedia.org › wiki › …").
const BREADCRUMB = ' \u203a ';
const HOST_AND_CRUMB = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+ \u203a /;
// How far back a URL's start is looked for: longer runs of non-space text are not prose anyway.
const URL_REACH = 300;

/**
 * Whether `start` lies inside a web address ("https://www.anthropic.com/news/…", "guides.example.edu/ai-distillation"):
 * a slug word there is the page's plumbing, not prose a reader sees (the detector skips topic words in URLs).
 */
export function insideUrl(lower: string, start: number): boolean {
  let from = start;
  while (from > 0 && start - from < URL_REACH) {
    const code = lower.charCodeAt(from - 1);
    // A search result shows its address as a breadcrumb: "www.anthropic.com › news › detecting-and-…".
    if (code === 0x20 && lower.startsWith(BREADCRUMB, from - BREADCRUMB.length)) {
      from -= BREADCRUMB.length;
      continue;
    }
    if (URL_DELIMITERS.has(code) || isHan(code)) break;
    from--;
  }
  const token = lower.slice(from, start);
  return token.includes('://') || token.startsWith('www.') || HOST_AND_PATH.test(token) || HOST_AND_CRUMB.test(token);
}

// How far back a Chinese user name may start: platforms cap display names at a few dozen characters.
const HANDLE_REACH = 24;
const AT_SIGN = 0x40;
// Punctuation that ends a user name: the colon after a speaker, commas, stops, brackets.
const HANDLE_ENDS = new Set([...'：:，,。.！!？?）)】]」『』「《》、；;'].map((c) => c.charCodeAt(0)));

/**
 * Whether `start` lies inside a Chinese user name written as a mention ("@一只猫叫克劳德", "@小鲸鱼今天写code了"): a
 * user called after the word, not the word. The name runs from "@" and a Han character to the next space or
 * punctuation, read in the page's own text (folding drops the space between Han characters). A Latin handle is
 * read by the lexicon: the labs' own accounts are theirs.
 */
export function insideHanHandle(text: string, start: number): boolean {
  for (let at = start - 1; at >= 0 && start - at <= HANDLE_REACH; at--) {
    const code = text.charCodeAt(at);
    if (code === AT_SIGN) return isHan(text.charCodeAt(at + 1));
    if (isSpace(code) || HANDLE_ENDS.has(code)) return false;
  }
  return false;
}

// The top-level domains the story's hosts use, and a few common ones.
const TOP_LEVEL_DOMAINS = '(?:com|ai|cn|io|org|net|dev|app|co|hk|tw)';
const HOST_ENDING = new RegExp(`\\.${TOP_LEVEL_DOMAINS}$`);
const HOST_AFTER = new RegExp(`^\\.${TOP_LEVEL_DOMAINS}(?![a-z\\d-])`);

/** Whether a top-level domain starts at `position` (".com", ".ai" …), in any case: the end of a host name. */
export function hostEndingAt(text: string, position: number): boolean {
  return text.charCodeAt(position) === DOT && HOST_AFTER.test(text.slice(position, position + 5).toLowerCase());
}

/**
 * Whether the name at [start, end) of the original text is a bare host written in lower case ("anthropic.com" on a
 * search result or a Hacker News title, "claude.ai" on a store listing, "press@anthropic.com"): an address, which
 * readers do not count. Capitalised, it is the product's name in prose ("Claude.ai is down").
 */
export function bareHost(text: string, start: number, end: number): boolean {
  // Most names neither hold a dot nor stand before one: no string is made for them (this runs for every candidate).
  const dotAfter = text.charCodeAt(end) === DOT;
  if (!dotAfter && !hasDot(text, start, end)) return false;
  const name = text.slice(start, end);
  if (name !== name.toLowerCase()) return false;
  return HOST_ENDING.test(name) || (dotAfter && hostEndingAt(text, end));
}

function hasDot(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === DOT) return true;
  return false;
}

/** The word is part of a handle, path, package, file name or command ("@anthropic", "anthropic/sdk", "npm install kimi"). */
export function gluedToCode(lower: string, start: number, end: number): boolean {
  // Punctuation between the term and Chinese text is the sentence's, full-width and folded to ASCII
  // ("标题：cc 还是 Cursor", "cc：我觉得"), not code.
  const glue = lower.charCodeAt(start - 1);
  // A label's colon after its closing bracket ("[Amy@Amazon]：source map", "(ops): claude") ends the label, not code.
  const labelEnd = glue === COLON && LABEL_CLOSERS.has(lower.charCodeAt(start - 2));
  if (start > 0 && CODE_GLUE.has(glue) && !isHan(lower.charCodeAt(start - 2)) && !labelEnd) return true;
  if (COMMAND_BEFORE.some((word) => lower.endsWith(word, start))) return true; // "pip install anthropic"
  const after = lower.charCodeAt(end + 1);
  return CODE_GLUE.has(lower.charCodeAt(end)) && isWordUnit(after) && !isHan(after);
}

// Words a possessive may stand back from the term: "Twitch's 2021 source code leak".
const OWNER_REACH = 3;

/** Words that introduce a name used as a modifier: "the Twitch leak", "that Samsung leak". */
const MODIFIER_DETERMINERS = new Set(['the', 'a', 'an', 'that', 'this', 'last', 'another']);
/** Most capitalised words a modifier name may have ("the Windows XP leak"). */
const MODIFIER_NAME_WORDS = 3;
/** What was leaked, between the owner's name and the noun: "the Twitch code leak", "the Samsung source code leak". */
const LEAKED_WHAT = new Set(['code', 'source', 'data', 'database', 'password', 'customer', 'user', 'email']);
/** Most such words between the name and the noun. */
const LEAKED_WHAT_WORDS = 2;

/**
 * The capitalised name that modifies the noun starting at `start`, after a determiner ("the Twitch leak",
 * "that Windows XP leak"): its span, or null. Lower-case words in between end the search ("the big leak"), as
 * does a name at the start of a sentence (no determiner before it).
 */
export function modifierName(folded: FoldedText, start: number): { start: number; end: number } | null {
  let i = start;
  // Step back over what was leaked ("the Twitch code leak"): the name stands before it.
  for (let skipped = 0; skipped < LEAKED_WHAT_WORDS && casedAt(folded, i - 1) === 0x20; skipped++) {
    let from = i - 1;
    while (from > 0 && isWordUnit(casedAt(folded, from - 1))) from--;
    if (!LEAKED_WHAT.has(casedSlice(folded, from, i - 1))) break;
    i = from;
  }
  let nameStart = -1;
  const nameEnd = i - 1;
  for (let words = 0; words <= MODIFIER_NAME_WORDS; words++) {
    if (casedAt(folded, i - 1) !== 0x20) return null;
    const end = i - 1;
    let from = end;
    while (from > 0 && isWordUnit(casedAt(folded, from - 1))) from--;
    if (from === end) return null;
    if (nameStart >= 0 && MODIFIER_DETERMINERS.has(folded.lower.slice(from, end))) return { start: nameStart, end: nameEnd };
    if (isUpperUnit(casedAt(folded, from))) {
      if (words === MODIFIER_NAME_WORDS) return null;
      nameStart = from;
      i = from;
      continue;
    }
    return null;
  }
  return null;
}

/**
 * Words after a leak that name whose it was: "the leak at Twitch", "a leak struck Samsung". Not "hit": a leak
 * "hit Hacker News" reached it.
 */
const OWNER_AFTER_WORDS = new Set(['at', 'struck', 'affecting']);

/**
 * The capitalised name that a word after the noun ending at `end` gives as its owner: "the leak at Twitch", "a leak struck
 * Samsung", "the leak of Twitch's source code" (only with the possessive: "the leak of TypeScript source" is not
 * TypeScript's). Its span, without the "'s", or null.
 */
export function ownerAfter(folded: FoldedText, end: number): { start: number; end: number } | null {
  const { lower } = folded;
  const word = (from: number) => {
    let to = from;
    while (to < folded.casedCodes.length && isWordUnit(casedAt(folded, to))) to++;
    return to;
  };
  if (casedAt(folded, end) !== 0x20) return null;
  const linkEnd = word(end + 1);
  const link = lower.slice(end + 1, linkEnd);
  const possessiveOnly = link === 'of';
  if (!possessiveOnly && !OWNER_AFTER_WORDS.has(link)) return null;
  let from = linkEnd + 1;
  if (casedAt(folded, linkEnd) !== 0x20) return null;
  if (lower.startsWith('the ', from)) from += 4;
  if (!isUpperUnit(casedAt(folded, from))) return null;
  const nameEnd = word(from);
  if (possessiveOnly) return casedStartsWith(folded, "'s", nameEnd) ? { start: from, end: nameEnd } : null;
  return { start: from, end: nameEnd };
}

/**
 * The capitalised possessive that owns the phrase starting at `start` ("Samsung's leak", "Twitch's
 * 2021 source code leak"): its span without the "'s", or null. Only lower-case words and numbers
 * may stand between; another capitalised word ends the search ("Anthropic's Claude Code leak").
 */
export function possessiveOwner(folded: FoldedText, start: number): { start: number; end: number } | null {
  let i = start;
  for (let step = 0; step <= OWNER_REACH; step++) {
    if (casedAt(folded, i - 1) !== 0x20) return null;
    const end = i - 1;
    let from = end;
    while (from > 0 && (isWordUnit(casedAt(folded, from - 1)) || casedAt(folded, from - 1) === 0x27)) from--;
    if (from === end) return null;
    const first = casedAt(folded, from);
    if (isUpperUnit(first)) {
      if (casedEndsWith(folded, "'s", end) && end - from > 2) return { start: from, end: end - 2 };
      if (casedAt(folded, end - 1) === 0x27 && casedAt(folded, end - 2) === 0x73) return { start: from, end: end - 1 };
      return null;
    }
    if (casedAt(folded, end - 1) === 0x27 || casedEndsWith(folded, "'s", end)) return null; // "the company's leak"
    i = from;
  }
  return null;
}
