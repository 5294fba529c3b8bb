import { describe, expect, it } from 'vitest';
import { codeSpans, makeIsCode } from '../../../lib/engine/code-spans';
import { codeShaped } from '../../../lib/engine/code-tokens';

const spansOf = (line: string) => codeSpans(line).map(([start, end]) => line.slice(start, end));

/** Whether the first occurrence of `name` in `text` reads as code. */
const nameIsCode = (text: string, name: string) => {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`"${name}" is not in the text`);
  return makeIsCode(text)(start, start + name.length);
};

describe('codeSpans', () => {
  it.each([
    ['inline code', 'use `kimi-k2` here', ['`kimi-k2`']],
    ['two inline spans', '`a` and `b c`', ['`a`', '`b c`']],
    ['a JSON key and value', '"model": "MiniMax-M2",', ['"model"', '"MiniMax-M2"']],
    ['an environment variable', 'export ANTHROPIC_MODEL="kimi-k2-turbo"', ['"kimi-k2-turbo"']],
    ['a YAML value at the line start', '  - name: "MiniMax-M2"', ['"MiniMax-M2"']],
    ['a keyword argument', 'create(model="deepseek-chat", n=1)', ['"deepseek-chat"']],
    ['an object key after a brace', "{ model: 'MiniMax-M1', messages }", ["'MiniMax-M1'"]],
    ['a bare YAML value', '    model: deepseek-chat   # the cheap one', ['deepseek-chat']],
    ['a bare environment value', 'export ANTHROPIC_MODEL=kimi-k2-turbo-preview', ['kimi-k2-turbo-preview']],
    ['the items of an array', '"models": ["deepseek-chat", "deepseek-reasoner"]', ['"models"', '"deepseek-chat"', '"deepseek-reasoner"']],
    ['a value compared in code', 'assert resp.model == "deepseek-chat"', ['"deepseek-chat"']],
    ['a quoted reply of a YAML value', '>         alias: "claude-haiku-4-5"', ['"claude-haiku-4-5"']],
    ['a quoted reply of a bare value', '> model: kimi-k2', ['kimi-k2']],
    ['a command line as one span', '$ claude --model kimi-k2', ['$ claude --model kimi-k2']],
    ['a command up to the prose after it', 'npx foo-cli. Then Claude runs', ['npx foo-cli']],
    ['comma-separated values', 'FALLBACK_MODELS=deepseek-chat,kimi-k2', ['deepseek-chat,kimi-k2']],
    ['a status line with a model id', 'Model: deepseek-chat', ['deepseek-chat']],
    ['both sides of a mapping', 'claude-haiku -> kimi-k2', ['claude-haiku', 'kimi-k2']],
    ['quoted keys of a dictionary', '{"r1": 0.9, \'claude\': 0.93}', ['"r1"', "'claude'"]],
    ['the variable an assignment names', 'const claude = new Anthropic()', ['claude']],
    ['a line of tags set apart by spaces', 'typescript  anthropic-api  kimi', ['typescript  anthropic-api  kimi']],
    ['a configuration value in a diff', '  42 +   model: "kimi-k2-turbo-preview",', ['"kimi-k2-turbo-preview"']],
  ])('should find %s', (_name, line, expected) => {
    expect(spansOf(line)).toEqual(expected);
  });

  it.each([
    ['a lone backtick', 'it`s a typo'],
    ['speech after a verb and a colon', 'DeepSeek said: "DeepSeek" is a name.'],
    ['a capitalised title before a colon', 'Headline: "DeepSeek"'],
    ['an all-caps label before a colon', "REVIEW: 'Distilled'"],
    ['a quotation with spaces', 'model: "the new Kimi model"'],
    ['an apostrophe that closes nothing', "leak: 'Anthropic's code'"],
    ['a capitalised label with a bare word', 'Note: Claude'],
    ['a chat line with a sentence', 'alice: claude is better'],
    ['a capitalised label with a capitalised value', 'Status: Claude'],
    ['a quoted word before a colon in prose', 'they called it "distillation": using fake accounts'],
    ['a comparison, not an assignment', 'if claude == other'],
    ['quoted words listed in prose', 'words like "ban", "block" and "restrict"'],
  ])('should find nothing in %s', (_name, line) => {
    expect(codeSpans(line)).toEqual([]);
  });
});

describe('makeIsCode', () => {
  it.each([
    ['a name that is the whole inline code', 'set `kimi-k2-0711-preview` now', 'kimi-k2', true],
    ['a name glued to a command', 'run `claude --model deepseek-v4-pro`', 'deepseek', true],
    ['a config value', '"ANTHROPIC_MODEL": "MiniMax-M2"', 'MiniMax-M2', true],
    ['a word of a quoted message', '`Access to Anthropic models is not allowed`', 'Anthropic', false],
    ['a name outside the code', 'Kimi K2 replaced `gpt-4o` for us', 'Kimi', false],
    ['code on another line', 'Anthropic said\n`x`', 'Anthropic', false],
    ['a provider after an option', 'run `ccr code --provider deepseek` to try it', 'deepseek', true],
    ['the command of a command', '`claude -p "hi"` prints one answer', 'claude', true],
    ['a name on a shell prompt line', '$ ollama run deepseek-r1:14b', 'deepseek', true],
    ['a package a command installs', 'pip install anthropic', 'anthropic', true],
    ['a model a runner pulls', '> ollama pull kimi-k2', 'kimi', true],
    ['prose that starts with a tool', 'npm is where Anthropic shipped the map', 'Anthropic', false],
    ['prose after a command', 'npm pack --dry-run lists files. The Claude Code leak was one', 'Claude', false],
    ['Chinese after a command', 'npm install -g foo 之后 Claude 就能用', 'Claude', false],
    ['a price after a dollar sign', '$ 20 billion for MiniMax', 'MiniMax', false],
    ['a chat line that starts with the name', 'claude is better than kimi', 'claude', false],
    ['a name in a line of tags', 'typescript  anthropic-api  kimi  llm', 'kimi', true],
    ['a module attribute', 'except anthropic.PermissionDeniedError:', 'anthropic', true],
    ['a method of a capitalised class', '    at Anthropic.makeStatusError (error.js:61)', 'Anthropic', true],
    ['a host, left to the address rule', 'see claude.ai today', 'claude', false],
    ['a sentence after the name and a full stop', 'We use Anthropic.Then we stopped.', 'Anthropic', false],
  ])('should tell %s', (_name, text, name, expected) => {
    expect(nameIsCode(text, name)).toBe(expected);
  });

  it('should find code far into a line that never breaks', () => {
    const filler = 'word '.repeat(3000);
    const text = `${filler}set \`kimi-k2-0711-preview\` now ${filler}Kimi K2 again`;
    const isCode = makeIsCode(text);
    const code = text.indexOf('kimi-k2');
    const prose = text.lastIndexOf('Kimi');
    expect(isCode(code, code + 7)).toBe(true);
    expect(isCode(prose, prose + 4)).toBe(false);
  });
});

describe('codeShaped', () => {
  /** Whether the first occurrence of `name` in `text` is code by the shape of its token. */
  const shaped = (text: string, name: string) => {
    const start = text.indexOf(name);
    return codeShaped(text, start, start + name.length);
  };

  it.each([
    ['part of a tarball name', 'tar -xzf anthropic-ai-claude-code-2.1.88.tgz', 'claude-code'],
    ['part of a file name in a path', 'see docs/flags/anti-distillation.md', 'distillation'],
    ['a folder in a home path', 'edit ~/.claude/settings.json first', 'claude'],
    ['a segment of a lower-case route', 'openrouter/minimax/minimax-m2 fails', 'minimax'],
    ['a call', 'client = Anthropic(api_key=key)', 'Anthropic'],
    ['an import line', 'from anthropic import Anthropic', 'anthropic'],
    ['a label glued to its key', 'labels: bug provider:minimax', 'minimax'],
    ['a commit scope', 'fix(deepseek): keep reasoning content', 'deepseek'],
    ['a model tag', 'ollama pull deepseek-r1:14b', 'deepseek-r1'],
    ['a configuration key made of the name', '  claude-api-key:\n    - key: x', 'claude'],
  ])('should read %s as code', (_name, text, name) => {
    expect(shaped(text, name)).toBe(true);
  });

  it.each([
    ['a capitalised list of names', 'Claude/ChatGPT/Gemini all refused', 'Claude'],
    ['a list of labs in Chinese', '点名DeepSeek/月之暗面/MiniMax｜2026', 'MiniMax'],
    ['a name in parentheses', 'the lab (Anthropic) said so', 'Anthropic'],
    ['a stock code', '$MINIMAX-WP(00100)$ fell', 'MINIMAX-WP'],
    ['a capitalised page title', 'Talk:Claude Code', 'Claude'],
    ['a name before a time on the next line', '刷 Claude\n09:19 老周：别混了', 'Claude'],
    ['a name after "a new"', 'moved half its traffic to a new Claude model', 'Claude'],
    ['a casual list of names', '用过 claude/kimi/deepseek 都还行', 'kimi'],
    ['a heading that names the lab', 'DeepSeek: the new model is out', 'DeepSeek'],
    ['a casual list item', 'kimi: 读长文档挺好', 'kimi'],
    ['a name in parentheses before a colon', '深度求索(DeepSeek):超過 15 萬次', 'DeepSeek'],
    ['a title before a colon', 'Kimi-K2与DeepSeek-Chat:AI大模型技术对决', 'DeepSeek-Chat'],
    ['a topic word before a colon', 'Claude Code源代码泄露:AI代理开发者的宝藏', '泄露'],
  ])('should read %s as prose', (_name, text, name) => {
    expect(shaped(text, name)).toBe(false);
  });
});
