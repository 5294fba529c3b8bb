import type { DocumentText, Mention } from '../types';
import { plainTextDocument } from '../extract/plain-text';
import type { EvalPassage } from './gold';
import { scorePassage, type PassageResult } from './score';

export type Detector = (doc: DocumentText) => Mention[];

/**
 * Runs a detector over every passage as the product would see plain text, and scores it. The detector
 * is a parameter so the scorer is tested without the engine; a throw names the passage it broke on.
 */
export function evaluate(passages: readonly EvalPassage[], detect: Detector): PassageResult[] {
  return passages.map((passage) => {
    let predicted: Mention[];
    try {
      predicted = detect(plainTextDocument(passage.text));
    } catch (error) {
      throw new Error(`the detector threw on passage "${passage.id}"`, { cause: error });
    }
    return scorePassage(passage, predicted);
  });
}
