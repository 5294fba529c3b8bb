/**
 * Names that are code by the shape of the token around them: file names, paths, repositories and packages named after
 * the product, calls, module attributes, imports, labels, scopes and tags. Prose never glues a name to these. The
 * spans of code on a line (inline code, configuration, commands) are read in code-spans.ts.
 */

import { hostEndingAt } from './context';

const NEWLINE = 0x0a;
const COLON = 0x3a;
const OPEN_PAREN = 0x28;
const SLASH = 0x2f;
const DOT = 0x2e;
const HASH = 0x23;
// A method or a camel-cased attribute after a capitalised name (Anthropic.makeStatusError, Anthropic.messages.create()).
const CALLED_ATTRIBUTE = /^(?:[a-z_]\w*[A-Z]\w*|[a-z_][\w.]*\()/;
// The owner of a repository (anthropics/, nirholas/), a lower-case account name; a package scope starts with "@".
const REPOSITORY_OWNER = /^[a-z\d][a-z\d_.-]*\/$/;
const HYPHENATED = /[a-z\d-]/;

// Where a token of code ends: spaces, quotes, brackets, list punctuation, and the start of CJK text.
const TOKEN_END = new Set([...' \t\n\r"\'`()[]{}<>,;|'].map((c) => c.charCodeAt(0)));
const TOKEN_REACH = 200;
// Files a name can be part of: a package tarball, a config, a source file, a document.
const FILE = /\.(?:tgz|tar|gz|zip|whl|json|jsonc|ya?ml|toml|ini|cfg|env|lock|md|mdx|txt|py|ipynb|ts|tsx|js|mjs|cjs|rs|go|java|kt|rb|php|cpp|cc|c|h|hpp|sh|jinja|j2|gguf|safetensors)$/i;
const LINE_OF_IMPORTS = /^[ \t]*(?:import[ \t]|from[ \t]+\S+[ \t]+import[ \t]|from[ \t]+$)/;
// Labels, scopes and tags are lower-case ASCII; "fix(" counts its parenthesis.
const LOWER_ASCII = /^[a-z\d(._-]+$/;
const LOWER_KEY = /^[a-z][a-z\d_-]*:$/;
// What follows a call's "(": a closing one, a brace, a string, a keyword argument, or an identifier (a dotted one too:
// minimax(board.play(m), depth - 1)) that is called or followed by another argument.
const CALL_ARGUMENTS = /^(?:\)|\{|\r?\n|["'*]|[a-z_]\w*=|[a-z_][\w.]*(?:\(|,[ \t]*[a-z_]))/;
// The keyword that defines a function or a class before its name (def minimax(…), function deepseek…), or a C-style
// return type (int minimax(Board& b, …)).
const DEFINITION = /(?:^|[\s;{(])(?:def|class|function|fn|func|sub|int|void|float|double|bool|auto|long|char)[ \t]+$/;

/** What the code checks need to know of a company's or person's name (topic words pass none). */
export interface NameCase {
  /** Whether the lexicon writes the name with capitals somewhere ("Moonshot"; not "abab"). */
  capitalised: boolean;
}

function tokenChar(code: number): boolean {
  return code < 0x2e80 && !TOKEN_END.has(code);
}

/** The token of code characters around [start, end), at most TOKEN_REACH each way. */
function tokenAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < TOKEN_REACH && tokenChar(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < TOKEN_REACH && tokenChar(text.charCodeAt(to))) to++;
  return [from, to];
}

/**
 * Whether the name at [start, end) is written as code by the shape of the token around it: part of a file name
 * (anthropic-ai-claude-code-2.1.88.tgz, docs/anti-distillation.md), a path (~/.claude/…, openrouter/minimax/…),
 * a call (Anthropic(api_key=…), new Anthropic({…})), an import line, a label or scope (provider:minimax,
 * fix(deepseek):), or a tag (deepseek-r1:14b). Prose never glues a name to these.
 */
export function codeShaped(text: string, start: number, end: number, name?: NameCase): boolean {
  const [from, to] = tokenAround(text, start, end);
  const token = text.slice(from, to);
  if (name && nameInIdentifier(token, from === start, name.capitalised)) return true;
  if (token.length > end - start) {
    if (FILE.test(token)) return true;
    // A scoped package (@anthropic-ai/claude-cod3, a look-alike): the leaked package itself is matched whole.
    if (SCOPED_PACKAGE.test(token)) return true;
    // Two slashes make a path (openrouter/minimax/minimax-m2, ~/.claude/…). A list of names is not one, capitalised
    // ("Claude/ChatGPT/Gemini", "DeepSeek/月之暗面/MiniMax") or casual ("claude/kimi/deepseek 都用过").
    const slashes = token.split('/').length - 1;
    if (slashes >= 2 && (/^(?:~|\.{1,2})?\//.test(token) || (token === token.toLowerCase() && /[\d_.~-]/.test(token)))) return true;
    // Labels, scopes and tags are lower-case ASCII; a title's colon is not ("Kimi-K2 与 DeepSeek-Chat:AI 大模型…").
    const lowerName = LOWER_ASCII.test(text.slice(start, end));
    if (lowerName && repositoryName(text, from, start, end)) return true;
    // A module's attribute or a dotted path (anthropic.PermissionDeniedError, anthropic._base_client), not a host.
    // A host's domain after the dot is left to the detector's own check of bare hosts (bareHost).
    if (text.charCodeAt(end) === DOT && !hostEndingAt(text, end)) {
      const attribute = text.slice(end + 1, end + 40);
      if (lowerName ? /^[A-Za-z_]/.test(attribute) : CALLED_ATTRIBUTE.test(attribute)) return true;
    }
    if (lowerName && text.charCodeAt(start - 1) === COLON && /[a-z]/.test(text[start - 2] ?? '')) return true; // provider:minimax
    if (lowerName && text.charCodeAt(end) === COLON && /[a-z\d]/.test(text[end + 1] ?? '')) return true; // deepseek-r1:14b
  }
  // A configuration key made of the name and more (claude-api-key:, deepseek_base_url:) at the start of its line.
  if (text.charCodeAt(to - 1) === COLON && /[-_]/.test(token) && LOWER_KEY.test(token) && lineBefore(text, from)) return true;
  // A call: Anthropic(), Anthropic({…}), Anthropic(api_key=…), Anthropic("…"), minimax(board, depth); not a stock
  // code "MINIMAX-WP(00100)".
  if (text.charCodeAt(end) === OPEN_PAREN && CALL_ARGUMENTS.test(text.slice(end + 1, end + 40))) return true;
  if (text.charCodeAt(end) === OPEN_PAREN && DEFINITION.test(text.slice(Math.max(0, start - 16), start))) return true;
  if (text.charCodeAt(start - 1) === OPEN_PAREN && text.startsWith('):', end) && LOWER_ASCII.test(text.slice(start - 2, end))) {
    return true; // fix(deepseek):, not 深度求索(DeepSeek):
  }
  return LINE_OF_IMPORTS.test(text.slice(lineStartOf(text, start, TOKEN_REACH), start));
}

const SCOPED_PACKAGE = /^@[a-z\d][\w.-]*\/[\w.-]+$/i;

// An API model id: lower-case ASCII, the name then a hyphen and more (deepseek-chat, kimi-k2-turbo-preview,
// claude-sonnet-4-5, minimax-m2.5), a full stop after it allowed. People write the model's name with capitals or
// spaces (DeepSeek V3.2, Kimi K2); every labelled set leaves these ids unlabelled, in prose as in code.
const LOWER_MODEL_ID = /^[a-z][a-z\d]*(?:-[a-z\d]+(?:\.[a-z\d]+)*)+\.?$/;
// The story's names that start an API model id (claude-sonnet-4-5, deepseek-v3.2, kimi-k2-0905).
const STORY_ID_PREFIX = /^(?:claude|anthropic|deepseek|kimi|moonshot|minimax|abab|hailuo)-/;
// The product's own repository and package name (anthropic-ai/claude-code), which readers count as the story.
const PRODUCT_PACKAGE = 'claude-code';


// A repository or model path, owner/name: the owner a lower-case handle (quantfolk, deepseek-ai) or an organisation
// named with "AI" (MiniMax-AI, MoonshotAI), the name with a version number (DeepSeek-V3.2-GGUF, Kimi-K2.5). A list of
// two names (DeepSeek/Moonshot, deepseek/kimi, "OpenAI/Anthropic-compatible") has none.
const REPOSITORY_PATH = /^(?:[a-z\d][a-z\d_.-]*|[A-Za-z][A-Za-z\d]*-?(?:AI|ai))\/[A-Za-z\d_.-]*\d[A-Za-z\d_.-]*$/;
// Words that make a compound adjective of a name, not a model id (anthropic-compatible, claude-style, kimi-powered).
const COMPOUND_WORD = /^[a-z]+-(?:compatible|format|style|like|based|powered|backed|owned|made|level|grade|native|specific|only|free|friendly|related|esque|ish|generated|written|assisted|driven|centric|first|proof|ready|aware)(?:$|[-.])/;

/**
 * Whether a company's or person's name that starts the token (or not: `startsToken`) makes it an identifier people do
 * not write as a name: an API model id that starts with it (deepseek-chat) or a repository or model path
 * (deepseek-ai/DeepSeek-V3.2). Topic words never come here: "majority-owned" and "source-map" are prose.
 */
function nameInIdentifier(token: string, startsToken: boolean, capitalisedName: boolean): boolean {
  // The leaked package, with or without its "@", is the story wherever it is written.
  if (token.includes(PRODUCT_PACKAGE)) return false;
  // A header or key written with its colon ("anthropic-version: 2023-06-01") is the same identifier.
  token = token.replace(/:$/, '');
  // A name the lexicon itself writes in lower case (abab) is written so as a name too (abab-video-1).
  if (capitalisedName && startsToken && LOWER_MODEL_ID.test(token) && !COMPOUND_WORD.test(token)) return true;
  // A tier or version inside another story name's id (claude-sonnet-4.5, claude-opus-4.6) is part of that id.
  if (capitalisedName && !startsToken && LOWER_MODEL_ID.test(token) && STORY_ID_PREFIX.test(token) && !COMPOUND_WORD.test(token)) return true;
  return REPOSITORY_PATH.test(token.replace(/[.:]$/, ''));
}

/**
 * Whether a lower-case name is part of a repository or package named after the product: anthropics/claude-code
 * (an owner and a slash before the hyphenated name), #help-claude-code (a channel or tag), kimi-cli 1.4.0 (a name
 * before its version), claude-code-router (three or more parts, no version). The leaked package, whose scope starts
 * with "@", the detector keeps.
 */
function repositoryName(text: string, tokenStart: number, start: number, end: number): boolean {
  let runStart = start;
  while (runStart > tokenStart && HYPHENATED.test(text[runStart - 1]!)) runStart--;
  let runEnd = end;
  while (runEnd < text.length && runEnd - end < TOKEN_REACH && HYPHENATED.test(text[runEnd]!)) runEnd++;
  const run = text.slice(runStart, runEnd);
  // A lower-case tail of a capitalised word ("Chinese-majority-owned") is prose.
  const before = text.charCodeAt(runStart - 1);
  if (!run.includes('-') || (runStart > tokenStart && before !== SLASH && before !== HASH)) return false;
  if (before === SLASH && REPOSITORY_OWNER.test(text.slice(tokenStart, runStart))) return true;
  // A channel or a tag (#help-claude-code, #claude-code).
  if (before === HASH && runStart - 1 === tokenStart) return true;
  // A package's name before its version (kimi-cli 1.4.0, kimi-bridge 0.6.2).
  if (runStart === tokenStart && /^[ \t]+v?\d+\.\d+\.\d+/.test(text.slice(runEnd, runEnd + 16))) return true;
  return run.split('-').length >= 3 && !/\d/.test(run);
}

/** Where the line holding `position` starts, looking back at most `reach` characters. */
export function lineStartOf(text: string, position: number, reach: number): number {
  let lineStart = position;
  while (lineStart > 0 && position - lineStart < reach && text.charCodeAt(lineStart - 1) !== NEWLINE) lineStart--;
  return lineStart;
}

/** Whether only indentation, a list dash or reply markers ("> ") stand before `position` on its line. */
function lineBefore(text: string, position: number): boolean {
  return /^(?:[ \t]*>)*[ \t]*(?:- )?$/.test(text.slice(lineStartOf(text, position, TOKEN_REACH), position));
}
