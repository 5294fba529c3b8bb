import { describe, expect, it } from 'vitest';
import { keyFactSentences } from '../../../lib/content/key-sentences';
import { sentenceSpans } from '../../../lib/extract/sentence';
import type { DocumentText, Mention } from '../../../lib/types';

/** A document of paragraphs, and a mention of `category` on the first occurrence of each word given. */
function page(paragraphs: string[], mentioned: Array<[string, Mention['category'], Mention['entity']]>) {
  let text = '';
  const blocks: DocumentText['blocks'] = [];
  for (const paragraph of paragraphs) {
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + paragraph.length });
    text += paragraph;
  }
  const mentions: Mention[] = mentioned.map(([word, category, entity]) => {
    const start = text.indexOf(word);
    return { category, entity, start, end: start + word.length, text: word, reason: 'test' };
  });
  return { doc: { text, blocks }, mentions };
}

describe('sentenceSpans', () => {
  it('should split a paragraph at its terminators and keep the last sentence without one', () => {
    const text = 'First one. Version 2.1.88 shipped!  而且没有加密。 Last words';
    expect(sentenceSpans(text, { start: 0, end: text.length }).map(([s, e]) => text.slice(s, e))).toEqual([
      'First one.',
      'Version 2.1.88 shipped!',
      '而且没有加密。',
      'Last words',
    ]);
  });
});

describe('keyFactSentences', () => {
  it("should return a paragraph's sentence without mentions that matches a key fact's cue, with the paragraph's subjects", () => {
    const { doc, mentions } = page(
      [
        'Anthropic confirmed the Claude Code leak on Tuesday. The company called it a release packaging issue caused by human error. It was a long day.',
        'Nothing in this paragraph is mentioned, though it says human error.',
      ],
      [
        ['Anthropic', 'company', 'anthropic'],
        ['leak', 'leak', null],
      ],
    );
    expect(keyFactSentences([{ doc, mentions }])).toEqual([
      {
        sentence: 'The company called it a release packaging issue caused by human error.',
        categories: ['company', 'leak'],
        entities: ['anthropic'],
      },
    ]);
  });

  it('should leave out sentences that hold a mention, since the popup reads those already', () => {
    const { doc, mentions } = page(['The leak was caused by human error.'], [['leak', 'leak', null]]);
    expect(keyFactSentences([{ doc, mentions }])).toEqual([]);
  });

  it('should stop reading paragraphs once the budget is spent', () => {
    const paragraphs = Array.from({ length: 5 }, (_, i) => `Leak ${i} was reported. It was human error number ${i}.`);
    const { doc } = page(paragraphs, []);
    const mentions: Mention[] = doc.blocks.map((b) => ({ category: 'leak', entity: null, start: b.start, end: b.start + 4, text: 'Leak', reason: 'test' }));
    expect(keyFactSentences([{ doc, mentions }]).length).toBe(5);
    // 49 characters a paragraph: the third starts past a budget of 90.
    expect(keyFactSentences([{ doc, mentions }], 90).length).toBe(2);
  });
});
