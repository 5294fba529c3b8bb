import { describe, expect, it } from 'vitest';
import { probeScript, type Method } from '../../bench/page-probe';
import { STORY_TERMS, storyRegexSource } from '../../bench/terms';

const LIBRARY = '/* mark.js stand-in */ window.Mark = function () {};';

describe('probeScript', () => {
  it.each<[Method, boolean]>([
    ['mark', true],
    ['mark-terms', true],
    ['regex', false],
    ['walk', false],
    ['extension', false],
  ])('should prepend mark.js only for the mark.js methods when building %s', (method, withLibrary) => {
    expect(probeScript(method, 'x', LIBRARY, STORY_TERMS).startsWith(LIBRARY)).toBe(withLibrary);
  });

  it('should embed the method, the expression and the term list as JSON when building mark(terms)', () => {
    const script = probeScript('mark-terms', storyRegexSource(), LIBRARY, STORY_TERMS);
    expect(script).toContain(`const METHOD = "mark-terms";`);
    expect(script).toContain(`const SOURCE = ${JSON.stringify(storyRegexSource())};`);
    expect(script).toContain(`const TERMS = ${JSON.stringify(STORY_TERMS)};`);
  });

  it('should keep a $ in the expression literal when the source contains a replacement pattern', () => {
    expect(probeScript('regex', 'a$&b$1')).toContain(`const SOURCE = ${JSON.stringify('a$&b$1')};`);
  });

  it.each<Method>(['none', 'walk', 'regex', 'mark', 'mark-terms', 'extension'])(
    'should produce a script that parses when building %s',
    (method) => {
      expect(() => new Function(probeScript(method, storyRegexSource(), LIBRARY, STORY_TERMS))).not.toThrow();
    },
  );
});
