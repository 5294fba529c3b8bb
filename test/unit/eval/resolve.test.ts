import { describe, expect, it } from 'vitest';
import { EvalSetError, mergePassages, parsePassageFile } from '../../../lib/eval/resolve';

const passage = (overrides: Record<string, unknown> = {}) => ({
  id: 'p-1',
  lang: 'en',
  text: 'The leaked Claude Code shows the leak, said Claude.',
  hardNegative: false,
  mentions: [],
  ...overrides,
});

describe('parsePassageFile', () => {
  it('should resolve labels to spans, counting occurrences from 0, when the labels are right', () => {
    const [resolved] = parsePassageFile(
      [
        passage({
          mentions: [
            { category: 'leak', entity: null, text: 'leaked' },
            { category: 'company', entity: 'anthropic', text: 'Claude Code' },
            { category: 'leak', entity: null, text: 'leak', occurrence: 1 },
            { category: 'company', entity: 'anthropic', text: 'Claude', occurrence: 1 },
          ],
        }),
      ],
      'f.json',
    );
    expect(resolved!.gold.map((g) => [g.text, g.start, g.end])).toEqual([
      ['leaked', 4, 10],
      ['Claude Code', 11, 22],
      ['leak', 33, 37],
      ['Claude', 44, 50],
    ]);
  });

  it('should keep line breaks and invisible characters in spans when a label contains them', () => {
    const [resolved] = parsePassageFile(
      [passage({ text: 'Dario\nAmodei and Claude\u00a0Code', mentions: [{ category: 'person', entity: 'dario-amodei', text: 'Dario\nAmodei' }] })],
      'f.json',
    );
    expect(resolved!.gold[0]).toMatchObject({ start: 0, end: 12 });
  });

  it.each([
    {
      problem: 'a labelled text is missing',
      mentions: [{ category: 'company', entity: 'deepseek', text: 'DeepSeek' }],
      message: /passage "p-1", mention 0 \(company "DeepSeek", occurrence 0\): text not found/,
    },
    {
      problem: 'the occurrence is past the last one',
      mentions: [{ category: 'leak', entity: null, text: 'leak', occurrence: 3 }],
      message: /passage "p-1".*occurrence 3.*not found/,
    },
    {
      problem: 'a label cuts a word',
      mentions: [{ category: 'leak', entity: null, text: 'leak' }],
      message: /passage "p-1".*span cuts a word/,
    },
    {
      problem: 'two labels overlap',
      mentions: [
        { category: 'company', entity: 'anthropic', text: 'Claude Code' },
        { category: 'company', entity: 'anthropic', text: 'Claude' },
      ],
      message: /passage "p-1": labels "Claude Code"@11 and "Claude"@11 overlap/,
    },
    {
      problem: 'a company has no entity',
      mentions: [{ category: 'company', entity: null, text: 'Claude Code' }],
      message: /passage "p-1" at 0\.mentions\.0\.entity: entity does not fit/,
    },
    {
      problem: 'a topic has an entity',
      mentions: [{ category: 'leak', entity: 'anthropic', text: 'leaked' }],
      message: /passage "p-1" at 0\.mentions\.0\.entity/,
    },
    {
      problem: 'a person label uses a company id',
      mentions: [{ category: 'person', entity: 'minimax', text: 'Claude' }],
      message: /passage "p-1" at 0\.mentions\.0\.entity/,
    },
  ])('should throw naming the passage when $problem', ({ mentions, message }) => {
    expect(() => parsePassageFile([passage({ mentions })], 'f.json')).toThrow(message);
    expect(() => parsePassageFile([passage({ mentions })], 'f.json')).toThrow(EvalSetError);
  });

  it.each([
    { problem: 'the language is unknown', entry: passage({ lang: 'fr' }), message: /passage "p-1" at 0\.lang/ },
    { problem: 'a field is unexpected', entry: passage({ hard: true }), message: /passage "p-1"/ },
    { problem: 'the id is not kebab-case', entry: passage({ id: 'P 1' }), message: /passage "P 1" at 0\.id/ },
    { problem: 'hardNegative is missing', entry: { id: 'p-2', lang: 'en', text: 'x', mentions: [] }, message: /passage "p-2" at 0\.hardNegative/ },
  ])('should throw naming the file and passage when $problem', ({ entry, message }) => {
    expect(() => parsePassageFile([entry], 'bad.json')).toThrow(/^bad\.json: invalid evaluation passages/);
    expect(() => parsePassageFile([entry], 'bad.json')).toThrow(message);
  });

  it('should refuse a file that is not a list of passages when given an object', () => {
    expect(() => parsePassageFile({ passages: [] }, 'obj.json')).toThrow(/obj\.json: invalid evaluation passages/);
  });
});

describe('mergePassages', () => {
  it('should throw naming the id when two files use the same id', () => {
    const a = parsePassageFile([passage()], 'a.json');
    const b = parsePassageFile([passage()], 'b.json');
    expect(() => mergePassages([a, b])).toThrow(/passage id "p-1" is used more than once/);
  });

  it('should keep every passage in file order when ids are unique', () => {
    const a = parsePassageFile([passage()], 'a.json');
    const b = parsePassageFile([passage({ id: 'p-2' })], 'b.json');
    expect(mergePassages([a, b]).map((p) => p.id)).toEqual(['p-1', 'p-2']);
  });
});
