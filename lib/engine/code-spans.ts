/**
 * Names written as code: inline code in plain text (`kimi-k2-0711-preview`; the page extractor marks <code> with
 * backticks too), configuration values ("model": "MiniMax-M2", `  model: deepseek-chat`), array items, compared
 * values and commands, and tokens that are code by their shape (code-tokens.ts: file names, paths, calls, imports).
 * A name there is an identifier, not prose about the company, and readers do not count it as a mention. Fenced
 * blocks as a whole are left alone: they hold logs, comments and quoted prose as often as code.
 */

import { makeInCodeBlock } from './code-blocks';
import { codeShaped, lineStartOf, type NameCase } from './code-tokens';

const NEWLINE = 0x0a;

// Inline code stays on one line and is short; a lone backtick must not swallow the rest of a line.
const INLINE_CODE = /`[^`\n]{1,200}`/g;
// A configuration value: one quoted token after a key ("model": "MiniMax-M2", ANTHROPIC_MODEL="kimi-k2-turbo",
// { model: 'MiniMax-M1' }). The key is quoted, or starts a line or follows "{", "(" or ",", and is lower-case or
// SNAKE_CASE, so that speech stays prose ("DeepSeek said: "DeepSeek"", "REVIEW: 'Distilled'"). A letter after
// the closing quote makes it an apostrophe ("leak: 'Anthropic's code …'").
const CONFIG_VALUE =
  /(?:"[^"\s]{1,60}"|(?:^|[{(,])(?:[ \t]*>)*[ \t]*(?:\d+[ \t]+)?[+-]?[ \t]*(?:- |export )?(?:[a-z_][\w.-]*|[A-Z][A-Z\d]*_[A-Z\d_]+))[ \t]*[:=][ \t]*(?<value>(["'])[^"'\s]{1,100}\2)(?!\w)/gm;

// A quoted value given to a lower-case identifier with "=" in a sentence (use model = "MiniMax-M2", set provider =
// 'deepseek'): the value is what a program reads. A colon stays prose ("he said: 'Claude'").
const ASSIGNED_VALUE = /(?<=[ \t(])[a-z_][\w.-]*[ \t]*=[ \t]*(?<value>(["'])[^"'\s]{1,100}\2)(?!\w)/g;
// An environment variable set in a sentence (set ANTHROPIC_MODEL="MiniMax-M2" and …, with ANTHROPIC_MODEL=kimi-k2):
// an upper-case SNAKE_CASE key glued to its "=", anywhere on the line; its value is an identifier.
const ENV_VALUE = /(?<![\w$])[A-Z][A-Z\d]*_[A-Z\d_]+=(?<value>(["'])[^"'\s]{1,100}\2|[^\s"'`;)]{1,100})/g;
// A model id given after its label ("model id: MiniMax-M2", "模型 id：MiniMax-M2", "the model id is DeepSeek-V3.2"):
// one token with a hyphen, a digit or a dot, which is the string an API takes, not the model's name in prose.
const LABELLED_ID = /(?:\bmodel[ _-]?(?:id|ID|Id|string|name string)|模型\s?(?:id|ID|Id|标识|标识符|名称字段))[ \t]*(?:[:：=]|is\b|是)?[ \t]*(?<value>(["'`]?)[A-Za-z][\w.:/]*[-.\d][\w.:/-]*\2)(?![\w-])/g;

// A configuration line whose value is one bare token (YAML "  model: deepseek-chat", env "export MODEL=kimi-k2",
// a trailing "# comment" allowed; "> " quote markers of a reply before it). Its key follows the same rule, so
// "Note: Claude" stays prose.
const CONFIG_LINE =
  /^(?:[ \t]*>)*[ \t]*(?:- |export )?(?:[a-z_][\w.-]*|[A-Z][A-Z\d]*_[A-Z\d_]+)[ \t]*[:=][ \t]*(?<value>[^\s"'`#,]{1,100}(?:,[^\s"'`#,]{1,100})*)[ \t]*(?:#.*)?$/gm;
// Inline code that is one setting (`provider: deepseek`, `MODEL=kimi-k2`): its key and value are identifiers.
const SETTING = new RegExp(CONFIG_LINE.source);
// A quoted key of a dictionary or an object ({"r1": ask_r1}, {'claude': 0.93}, "deepseek": {). It opens a line (after
// a reply's "> " markers) or follows "{" or ","; a quoted word before a colon in prose ("distillation": using …) is
// speech, and so is a glossary's headword ("Kimi": another Chinese chatbot): a key's value is quoted, a number, a
// bracket, a literal or one identifier, or it comes on the next line.
const QUOTED_KEY =
  /(?<=(?:^|[{,])(?:[ \t]*>)*[ \t]*)(["'])[^"'\s]{1,60}\1(?=[ \t]*:[ \t]*(?:["'\[{(\d-]|(?:true|false|null|None)\b|[\w.]+[ \t]*(?:[,}\])]|$)|$))/gm;
// The variable an assignment names (ds = OpenAI(…), const claude = new Anthropic(), DeepSeekClient kimi = …).
// A diff's "+" or "-" and an "export" may come first, and a type after the name (+export const minimax: Provider = {).
const ASSIGNED =
  /^[ \t]*(?:[+-][ \t]*)?(?:export[ \t]+)?(?:(?:const|let|var|final|val|auto) +|[A-Z]\w+ +)?(?<value>[a-z_]\w*)(?=[ \t]*(?::[ \t]*[\w.<>[\]|]+[ \t]*)?=[^=])/gm;
// Shapes of configuration and shell that hold names as bare words: an unquoted list after a key (suggest: [anthropic,
// deepseek]), alternatives joined by "|" (deepseek|kimi|minimax), a shell case branch (kimi) export …;;), a TOML table
// ([profiles.minimax]) and a repository's header (anthropics / claude-code).
const UNQUOTED_LIST = /[:=][ \t]*\[(?<items>[a-z_][\w.-]*(?:[ \t]*,[ \t]*[a-z_][\w.-]*)+)\]/g;
const PIPED_WORDS = /(?<![\w|])[a-z_][\w.-]*(?:\|[a-z_][\w.-]*)+(?![\w|])/g;
const CASE_BRANCH = /^[ \t]*(?<value>[a-z_][\w.-]*)(?=\)[^\n]*;;[ \t]*$)/gm;
const TOML_TABLE = /^[ \t]*\[(?<value>[a-z_][\w.-]*)\][ \t]*$/gm;
// A shell function's call that passes its arguments on (claude "$@"): the word is a command.
const PASSES_ARGUMENTS = /(?<![\w.-])(?<value>[a-z_][\w.-]*)(?=[ \t]+"?\$[@*]"?)/g;
// A table row of settings (deepseek | deepseek-chat | https://api.deepseek.com/anthropic): with a web address in it, its
// identifier-like cells are values a program reads.
const tableRowWithAddress = (line: string) => line.indexOf('|') !== line.lastIndexOf('|') && line.includes('://');
// Cells that read as identifiers: lower-case words, or a word with a hyphen or digit (MiniMax-M2); a cell in Chinese or
// a capitalised name alone (深度求索, Moonshot) stays prose.
const TABLE_CELL = /(?<=^|\|)[ \t]*(?<value>[a-z_][\w.:/-]*|[A-Za-z][\w.]*[-\d][\w.:/-]*)[ \t]*(?=\||$)/dg;
const REPOSITORY_HEADER = /^[ \t]*(?<owner>[a-z\d][\w.-]*) \/ (?<repo>[a-z\d][\w.-]*)(?=[ \t]|$)/dgm;
// A line of lower-case tags or table cells set apart by two or more spaces ("typescript  anthropic-api  kimi",
// "0  deepseek  0.15  0.009"): a tag list or printed output, not a sentence.
const SPACED_CELLS = /^[ \t]*[a-z\d][\w.-]*(?:[ \t]{2,}[a-z\d][\w.-]*){2,}[ \t]*$/gm;
const SPACED_LINE = new RegExp(SPACED_CELLS.source);
// A tool's status line with a capitalised key and a model id as its value ("Model: deepseek-chat", "Provider:
// kimi-k2-0905"): the value is lower-case ASCII with a hyphen or a digit, which prose after a label never is.
const STATUS_LINE = /^[ \t]*[A-Z][a-z]+(?: [a-z]+)?:[ \t]+(?<value>[a-z][a-z\d._/-]*[-\d][a-z\d._/-]*)[ \t]*$/gm;
// A mapping between identifiers ("claude-sonnet-4-5 -> deepseek-chat", "opus => kimi-k2"): both sides are code.
const MAPPING = /(?<![^\s"'`(\[{,])[a-z][\w.:/-]*[ \t]*(?:->|=>|→)[ \t]*[a-z][\w.:/-]*/g;

// A quoted one-token item of an array ("models": ["deepseek-chat", "deepseek-reasoner"]), and a quoted value
// compared in code (assert resp.model == "deepseek-chat").
const ARRAY = /\[[ \t]*(?:(["'])[^"'\s]{1,100}\1[ \t]*,[ \t]*)*(["'])[^"'\s]{1,100}\2[ \t]*\]/g;
const QUOTED_TOKEN = /(["'])[^"'\s]{1,100}\1/g;
const COMPARED = /[\w.)\]][ \t]*[=!]==?[ \t]*(?<value>(["'])[^"'\s]{1,100}\2)/g;

// A command line: a shell prompt, or a package manager, model runner or the Claude Code CLI at work. Each tool needs
// a sub-command or a flag after it, so that prose that starts with the word stays prose ("npm is where …",
// "claude is better").
const COMMAND =
  /^(?:\$[ \t]+[a-z][\w.-]*(?:[ \t]|$)|(?:npx|bunx|uvx|pipx[ \t]+run)[ \t]+(?:-|@|[\w.]+[-@/])|(?:npm|pnpm|yarn|bun|pip3?|pipx|uv|brew)[ \t]+(?:i|install|add|uninstall|remove|update|upgrade|run|exec|view|info|pack)[ \t]|ollama[ \t]+(?:run|pull|create|show|push|rm|cp)[ \t]|docker[ \t]+(?:run|pull|exec|build)[ \t]|git[ \t]+(?:clone|pull|push|checkout|switch|log|show|diff|fetch|blame|grep)[ \t]|curl[ \t]+(?:-|https?:)|claude[ \t]+-)/;
// A command-line option (`-p`, `--model`, `--model=`) among the words of inline code.
const OPTION = /(?:^|[ \t])--?[A-Za-z][\w-]*(?=[ \t=]|$)/;
const SHELL_LINE_START = /^(?:[ \t]*>)*[ \t]*/;
// Where prose takes over a line that starts with a command: a new sentence, or Chinese text.
const PROSE_AFTER_COMMAND = /[.!?;。！？；][ \t]+(?=[A-Z\u4e00-\u9fff])|[\u3000-\u9fff]/;

/**
 * Whether code with spaces in it is a command, a line of tags and cells or one setting, whose words are all
 * identifiers, rather than a quoted message.
 */
function commandLike(code: string): boolean {
  const words = code.startsWith('`') ? code.slice(1, -1) : code.replace(SHELL_LINE_START, '');
  return COMMAND.test(words) || OPTION.test(words) || SPACED_LINE.test(words) || (code.startsWith('`') && SETTING.test(words));
}

/**
 * Spans [start, end) of inline code, config values, array items and compared values in one line (quotes included),
 * by start. A line that starts with a command is one span, up to where prose takes over.
 */
export function codeSpans(line: string): Array<[number, number]> {
  const command = SHELL_LINE_START.exec(line)![0].length;
  if (COMMAND.test(line.slice(command))) {
    const prose = line.slice(command).search(PROSE_AFTER_COMMAND);
    return [[command, prose < 0 ? line.length : command + prose]];
  }
  const spans: Array<[number, number]> = [];
  if (line.includes('`')) for (const match of line.matchAll(INLINE_CODE)) spans.push([match.index, match.index + match[0].length]);
  // Patterns with a `value` group end with it: the span is the match's tail.
  const pushValues = (pattern: RegExp) => {
    for (const match of line.matchAll(pattern)) {
      const end = match.index + match[0].length;
      spans.push([end - match.groups!.value!.length, end]);
    }
  };
  // Patterns with the "d" flag: each named group is a span of its own, wherever it stands in the match.
  const pushGroups = (pattern: RegExp, ...names: string[]) => {
    for (const match of line.matchAll(pattern)) {
      for (const name of names) {
        const at = match.indices?.groups?.[name];
        if (at) spans.push([at[0], at[1]]);
      }
    }
  };
  if (line.includes('"') || line.includes("'")) pushValues(CONFIG_VALUE);
  if (line.includes('[') && (line.includes('"') || line.includes("'"))) {
    for (const array of line.matchAll(ARRAY)) {
      for (const item of array[0].matchAll(QUOTED_TOKEN)) spans.push([array.index + item.index, array.index + item.index + item[0].length]);
    }
  }
  if (line.includes('==') || line.includes('!=')) pushValues(COMPARED);
  if (line.includes('_') && line.includes('=')) pushValues(ENV_VALUE);
  if (line.includes('=') && (line.includes('"') || line.includes("'"))) pushValues(ASSIGNED_VALUE);
  if (/model|模型/i.test(line)) pushValues(LABELLED_ID);
  if (line.includes(':') || line.includes('=')) {
    for (const match of line.matchAll(CONFIG_LINE)) {
      const value = match.groups!.value!;
      const start = match.index + match[0].indexOf(value, match[0].search(/[:=]/) + 1);
      spans.push([start, start + value.length]);
    }
  }
  if (line.includes(':')) pushValues(STATUS_LINE);
  if (line.includes(':') && (line.includes('"') || line.includes("'"))) {
    for (const match of line.matchAll(QUOTED_KEY)) spans.push([match.index, match.index + match[0].length]);
  }
  if (line.includes('=')) {
    for (const match of line.matchAll(ASSIGNED)) {
      const start = match.index + match[0].length - match.groups!.value!.length;
      spans.push([start, start + match.groups!.value!.length]);
    }
  }
  if (line.includes('  ')) for (const match of line.matchAll(SPACED_CELLS)) spans.push([match.index, match.index + match[0].length]);
  if (line.includes('[') && line.includes(',')) {
    for (const match of line.matchAll(UNQUOTED_LIST)) {
      const items = match.groups!.items!;
      let at = match.index + match[0].indexOf(items);
      for (const item of items.split(',')) {
        const start = at + item.length - item.trimStart().length;
        spans.push([start, start + item.trim().length]);
        at += item.length + 1;
      }
    }
  }
  if (line.includes('|')) for (const match of line.matchAll(PIPED_WORDS)) spans.push([match.index, match.index + match[0].length]);
  if (line.includes(';;')) pushValues(CASE_BRANCH);
  if (line.includes('$@') || line.includes('$*')) pushValues(PASSES_ARGUMENTS);
  if (tableRowWithAddress(line)) pushGroups(TABLE_CELL, 'value');
  if (line.includes('[')) pushValues(TOML_TABLE);
  if (line.includes(' / ')) pushGroups(REPOSITORY_HEADER, 'owner', 'repo');
  if (line.includes('->') || line.includes('=>') || line.includes('→')) {
    for (const match of line.matchAll(MAPPING)) {
      const [left, right] = match[0].split(/[ \t]*(?:->|=>|→)[ \t]*/) as [string, string];
      spans.push([match.index, match.index + left.length]);
      spans.push([match.index + match[0].length - right.length, match.index + match[0].length]);
    }
  }
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // Two patterns may read the same value (an environment line is a configuration line too): keep it once.
  return spans.filter((span, k) => k === 0 || span[0] !== spans[k - 1]![0] || span[1] !== spans[k - 1]![1]);
}

// Code never crosses a line, so each line is read once, when a name first falls on it. A very long line (a
// paragraph without breaks, a minified blob) is read in windows of a few thousand characters, so that no name
// costs more than a window and a page costs about its length.
const REACH = 1024;

/**
 * Whether a name at [start, end) of `text` is code: inside a span that is one token (`kimi-k2-0711-preview`,
 * "MiniMax-M2" as a value), inside a command (`claude --model MiniMax-M2`, `$ ollama run deepseek-r1`), or glued
 * to the code around it. A plain word in a quoted message stays prose (`Access to Anthropic models is not allowed`).
 * `name` comes with a company's or person's name, which more shapes make an identifier than a topic word: API model
 * ids and repository paths (code-tokens.ts) and lower-case words in a fenced block (code-blocks.ts). Fences are
 * looked for in [from, to) only: the blocks being read.
 */
export function makeIsCode(
  text: string,
  from = 0,
  to = text.length,
): (start: number, end: number, name?: NameCase) => boolean {
  const lines = new Map<number, Array<[number, number]>>();
  // Only the blocks being read: a slice of a big page must not cost the whole page.
  const inCodeBlock = makeInCodeBlock(text, from, to);
  return (start, end, name) => {
    if (codeShaped(text, start, end, name)) return true;
    // A fenced block's lower-case words are identifiers only as names; its topic words stay prose.
    if (name && inCodeBlock(start, end)) return true;
    const chunk = Math.floor(start / REACH);
    const low = Math.max(0, (chunk - 1) * REACH);
    const high = Math.min(text.length, (chunk + 2) * REACH);
    const from = lineStartOf(text, start, start - low);
    // A line start serves at most two neighbouring windows, each read up to its own end.
    const key = from * 2 + (chunk & 1);
    let spans = lines.get(key);
    if (!spans) {
      let to = end;
      while (to < high && text.charCodeAt(to) !== NEWLINE) to++;
      spans = codeSpans(text.slice(from, to));
      lines.set(key, spans);
    }
    if (spans.length === 0) return false;
    const span = spanAround(spans, start - from, end - from);
    if (!span) return false;
    const [spanStart, spanEnd] = [span[0] + from, span[1] + from];
    if (!/\s/.test(text.slice(spanStart + 1, spanEnd - 1))) return true;
    if (commandLike(text.slice(spanStart, spanEnd))) return true;
    return gluedChar(text.charCodeAt(start - 1)) || gluedChar(text.charCodeAt(end));
  };
}

// What may stand between a word and the code beside it without gluing them.
const LOOSE = new Set([0x60, 0x20, 0x09, 0xa0]); // backtick, space, tab, no-break space

function gluedChar(code: number): boolean {
  return !Number.isNaN(code) && !LOOSE.has(code);
}

/** The span holding [start, end), by binary search over spans sorted by start (a nested one may be missed). */
function spanAround(spans: ReadonlyArray<[number, number]>, start: number, end: number): [number, number] | null {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = spans[middle]!;
    if (to <= start) low = middle + 1;
    else if (from > start) high = middle - 1;
    else return end <= to ? spans[middle]! : null;
  }
  return null;
}
