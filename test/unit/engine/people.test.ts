import { describe, expect, it } from 'vitest';
import type { CompiledTerm } from '../../../lib/engine/compile';
import { PeopleOnPage } from '../../../lib/engine/people';
import type { FoldedText } from '../../../lib/text/normalize';
import type { Candidate } from '../../../lib/engine/scan';

// Folded text with the surname at 10, 40 and 70, each in its own block; the full name's own alias at 50.
const TEXT = `${'x'.repeat(10)}amodei${'x'.repeat(24)}amodei${'x'.repeat(4)}dario amodei${'x'.repeat(8)}amodei`;

// The same text as a page writes it: every name capitalised.
const CASED = TEXT.replace(/amodei/g, 'Amodei').replace('dario', 'Dario');
/** A folded text that holds only the cased units, which is all PeopleOnPage reads of it. */
const foldedOf = (cased: string) => ({ casedCodes: Uint16Array.from(cased, (c) => c.charCodeAt(0)) }) as FoldedText;
const FOLDED = foldedOf(CASED);

const term = (category: 'person' | 'company') => ({ category, signal: `entity:${category}` }) as unknown as CompiledTerm;
const at = (start: number, block: number, category: 'person' | 'company' = 'person', length = 6): Candidate => ({
  term: term(category),
  start,
  end: start + length,
  block,
  decided: false,
});

describe('PeopleOnPage', () => {
  it('should read nothing as someone else when no one was introduced', () => {
    expect(new PeopleOnPage(TEXT, FOLDED).someoneElse(at(40, 1))).toBe(false);
  });

  it('should keep a person introduced as someone else in later blocks until the full name comes back', () => {
    const people = new PeopleOnPage(TEXT, FOLDED);
    people.introduce(at(10, 0));
    expect(people.someoneElse(at(40, 1))).toBe(true);
    people.anchor(at(50, 2, 'person', 12));
    expect(people.someoneElse(at(70, 3))).toBe(false);
  });

  it('should keep a company name someone is called by to its own block', () => {
    const people = new PeopleOnPage(TEXT, FOLDED);
    people.introduce(at(10, 0, 'company'));
    expect(people.someoneElse(at(10, 0, 'company'))).toBe(true);
    expect(people.someoneElse(at(40, 1, 'company'))).toBe(false);
  });

  it('should not carry an introduction backwards', () => {
    const people = new PeopleOnPage(TEXT, FOLDED);
    people.introduce(at(40, 1));
    expect(people.someoneElse(at(10, 0))).toBe(false);
  });

  it('should tell a name typed in lower case from the capitalised one a person was introduced by', () => {
    const text = 'kimi(市场部):会改到三点 阿琳:你是不是用 kimi 写的';
    const cased = 'Kimi(市场部):会改到三点 阿琳:你是不是用 kimi 写的';
    const people = new PeopleOnPage(text, foldedOf(cased));
    people.introduce(at(0, 0, 'company', 4));
    expect(people.someoneElse(at(0, 0, 'company', 4))).toBe(true);
    expect(people.someoneElse(at(text.lastIndexOf('kimi'), 0, 'company', 4))).toBe(false);
  });
});
