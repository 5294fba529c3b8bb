import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cookedValue, plainJsonLiterals } from '../../../lib/dataset/plain-literals';

/** A string as a minifier writes it in backticks: backslashes, backticks and `${` escaped. */
const asTemplate = (text: string) => '`' + text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

/** What a piece of generated code evaluates to (the test's own input only). */
const valueOf = (code: string): unknown => new Function(`return ${code};`)();

const json = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => ({ id: `item-${i}`, text: `"quoted" \\ back\`tick \${x} 深度求索 ${i}` })));

describe('plainJsonLiterals', () => {
  it('should rewrite a long JSON template literal as a string literal with the same value', () => {
    const text = json(400);
    const code = `var a=${asTemplate(text)};function m(e){return JSON.parse(e)}`;
    const out = plainJsonLiterals(code, 1000);
    expect(out.startsWith('var a="[{')).toBe(true);
    expect(out.endsWith(';function m(e){return JSON.parse(e)}')).toBe(true);
    expect(valueOf(out.slice('var a='.length, out.indexOf(';function')))).toBe(text);
  });

  it('should keep every bundled dataset file exactly, as the extension build writes it', () => {
    for (const name of ['entities', 'topics', 'facts', 'faq']) {
      const text = JSON.stringify(JSON.parse(readFileSync(new URL(`../../../assets/data/${name}.json`, import.meta.url), 'utf8')));
      const out = plainJsonLiterals(`x=${asTemplate(text)},y=1`);
      expect(out.startsWith('x="')).toBe(true);
      expect(valueOf(out.slice(2, -4))).toBe(text);
    }
  });

  it('should leave short templates, tagged templates, templates with substitutions and non-JSON text alone', () => {
    const long = json(400);
    const cases = [
      `a=${asTemplate(json(2))}`, // short
      `a=String.raw${asTemplate(long)}`, // tagged
      `a=f() ${asTemplate(long)}`, // tagged after a call
      `a=\`[{"a":\${b}${'x'.repeat(20_000)}\``, // a substitution
      `a=\`{"not json${'x'.repeat(20_000)}\``, // looks like JSON at the start only
      `a="[{\\"id\\":1}]"`, // already a string literal
    ];
    for (const code of cases) expect(plainJsonLiterals(code, 1000)).toBe(code);
  });
});

describe('cookedValue', () => {
  it('should read escapes as JavaScript does', () => {
    for (const body of ['a\\nb', '\\`\\$\\{', '\\\\', '\\x41\\u0042\\u{1F600}', 'line\\\ncontinued', 'tab\\tq\\"s\\\'', '\\0', '深度求索']) {
      const template = '`' + body + '`';
      expect(cookedValue(template)).toBe(valueOf(template));
    }
  });

  it('should read a raw CR LF as one line feed, as templates do', () => {
    expect(cookedValue('`a\r\nb`')).toBe('a\nb');
  });

  it('should refuse escapes a template literal cannot hold, so no build ships a changed value', () => {
    for (const body of ['\\1', '\\08', '\\xZ1', '\\u12', '\\u{110000000}']) expect(() => cookedValue('`' + body + '`')).toThrow();
  });
});
