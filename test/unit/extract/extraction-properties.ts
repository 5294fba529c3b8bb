/**
 * Properties that tie extraction to detection, run against any detector: the real engine
 * (engine-properties.test.ts) and a small fake (fake-detector-properties.test.ts) that proves the
 * properties can fail.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { extractText } from '../../../lib/extract/dom-text';
import type { DocumentText, Mention } from '../../../lib/types';
import { linkedomDocument } from './dom';

export type Detector = (doc: DocumentText) => Mention[];

/** Story terms in both languages, ambiguous words, and filler. */
export const VOCABULARY = [
  'Anthropic', 'Anthropic’s', 'Claude', 'Code', 'Claude Code', 'source', 'map', 'leak', 'leaked',
  'npm', 'DeepSeek', 'Moonshot', 'AI', 'MiniMax', 'Kimi', 'distillation', 'distilled', 'fraudulent',
  'accounts', 'China', 'restrictions', 'export', 'controls', 'Dario', 'Amodei', 'whisky', 'Monet',
  'minimax', 'algorithm', 'the', 'said', 'on', 'Tuesday', '512,000', 'lines',
  '月之暗面', '深度求索', '源代码', '泄露', '蒸馏', '指控', '限制', '中国', '公司', '表示', 'Claude Code 源码',
];

// Not <code>: inline code is marked with backticks on purpose (a name there is an identifier). Not <sup> or <sub>
// either: a mark in them glued to a word is set apart from it on purpose (a footnote mark is not part of the name).
const INLINE_TAGS = ['', '', 'b', 'i', 'span', 'a', 'em', 'strong', 'u', 'mark', 'small'] as const;

const SKIPPED_WRAPPERS: ReadonlyArray<(inner: string) => string> = [
  (s) => `<script>var t = "${s}";</script>`,
  (s) => `<style>/* ${s} */</style>`,
  (s) => `<noscript>${s}</noscript>`,
  (s) => `<template><p>${s}</p></template>`,
  (s) => `<textarea>${s}</textarea>`,
  (s) => `<select><option>${s}</option></select>`,
  (s) => `<button>${s}</button>`,
  (s) => `<svg><text>${s}</text></svg>`,
  (s) => `<span hidden>${s}</span>`,
  (s) => `<span contenteditable="true">${s}</span>`,
  (s) => `<span contenteditable><b contenteditable="false">${s}</b></span>`,
  (s) => `<span style="display:none">${s}</span>`,
  (s) => `<span style="visibility:hidden"><i>${s}</i></span>`,
];

/** One word of a passage, how it is wrapped, and what follows it. */
const token = fc.record({
  word: fc.constantFrom(...VOCABULARY),
  tag: fc.constantFrom(...INLINE_TAGS),
  /** Where to split the word between two nodes; beyond its length means no split. */
  split: fc.nat({ max: 12 }),
  after: fc.constantFrom(' ', ' ', ' ', '', '\n', '</p><p>'),
});
type Token = typeof token extends fc.Arbitrary<infer T> ? T : never;

const passage = fc.array(token, { minLength: 1, maxLength: 40 });

function plainHtml(tokens: readonly Token[]): string {
  return `<p>${tokens.map((t) => t.word + t.after).join('')}</p>`;
}

function wrappedHtml(tokens: readonly Token[]): string {
  const words = tokens.map((t) => {
    if (t.tag === '') return t.word + t.after;
    const cut = t.split > 0 && t.split < t.word.length ? t.split : 0;
    return `${t.word.slice(0, cut)}<${t.tag}>${t.word.slice(cut)}</${t.tag}>${t.after}`;
  });
  return `<p>${words.join('')}</p>`;
}

function mentionsOf(detect: Detector, html: string): Mention[] {
  return detect(extractText(linkedomDocument(html)));
}

/** Wrapping words, or parts of words, in inline tags changes neither the text nor what is found. */
export function checkInlineWrappingInvariance(detect: Detector): void {
  fc.assert(
    fc.property(passage, (tokens) => {
      const plain = extractText(linkedomDocument(plainHtml(tokens)));
      const wrapped = extractText(linkedomDocument(wrappedHtml(tokens)));
      expect(wrapped.text).toBe(plain.text);
      expect(wrapped.blocks).toEqual(plain.blocks);
      expect(detect(wrapped)).toEqual(detect(plain));
    }),
    { numRuns: 200 },
  );
}

/**
 * Story words inside a skipped element add no text and no mention, wherever the element sits.
 * Wrappers are phrasing content, so the HTML parser keeps the paragraph as it is.
 */
export function checkSkippedElementsFindNothing(detect: Detector): void {
  fc.assert(
    fc.property(
      passage,
      fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 8 }),
      fc.nat({ max: SKIPPED_WRAPPERS.length - 1 }),
      fc.nat(),
      (tokens, hiddenWords, wrapperIndex, position) => {
        const wrapper = SKIPPED_WRAPPERS[wrapperIndex] as (inner: string) => string;
        const at = position % (tokens.length + 1);
        const hidden = wrapper(hiddenWords.join(' '));
        const before = wrappedHtml(tokens.slice(0, at)).slice(0, -'</p>'.length);
        const after = wrappedHtml(tokens.slice(at)).slice('<p>'.length);
        const withHidden = extractText(linkedomDocument(`${before}${hidden}${after}`));
        const without = extractText(linkedomDocument(`${before}${after}`));
        expect(withHidden.text).toBe(without.text);
        expect(detect(withHidden)).toEqual(detect(without));
      },
    ),
    { numRuns: 200 },
  );
}

/** Mentions found in a fixed passage, to show a detector is not vacuous on this vocabulary. */
export function sampleMentions(detect: Detector): Mention[] {
  return mentionsOf(detect, '<p>Anthropic said the <b>Claude</b> <i>Code</i> source leaked; 月之暗面 denied it.</p>');
}
