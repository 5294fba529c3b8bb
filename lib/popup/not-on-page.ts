import type { Fact } from '../dataset/schema';
import type { CheckedSentence } from '../figures/context';
import { KEY_FACT_CUES } from './key-fact-cues';

function aboutFact(sentence: CheckedSentence, fact: Fact): boolean {
  return sentence.categories.has(fact.category) || fact.entities.some((entity) => sentence.entities.has(entity));
}

/**
 * The key facts the page leaves out: those no sentence around a mention covers. A fact with cues is
 * covered when a sentence about it matches a cue; one without cues when any sentence is about it.
 */
export function keyFactsNotOnPage(keyFacts: readonly Fact[], sentences: readonly CheckedSentence[]): Fact[] {
  return keyFacts.filter((fact) => {
    const about = sentences.filter((sentence) => aboutFact(sentence, fact));
    const cues = KEY_FACT_CUES[fact.id];
    if (!cues) return about.length === 0;
    return !about.some((sentence) => cues.some((cue) => cue.test(sentence.sentence)));
  });
}
