import type { EvalPassage, GoldMention } from './gold';
import { passageFileSchema, type Passage } from './schema';

/**
 * Turns the hand-written labels (substring + occurrence) into spans, failing loudly on anything a
 * labeller can get wrong: a substring that is not there, a span that cuts a Latin word in half
 * ("leak" inside "leaked"), two labels on the same characters, or an id used twice.
 */

// A Latin letter or a digit on both sides of a label edge means the label cuts a word.
const WORD_CHAR = /[\p{Script=Latin}\p{Nd}]/u;

export class EvalSetError extends Error {
  override name = 'EvalSetError';
}

function nthIndexOf(text: string, needle: string, occurrence: number): number {
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) return -1;
  }
  return index;
}

function cutsWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const first = text[start];
  const last = text[end - 1];
  const after = text[end];
  const joins = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && WORD_CHAR.test(a) && WORD_CHAR.test(b);
  return joins(before, first) || joins(last, after);
}

export function resolvePassage(passage: Passage): EvalPassage {
  const gold: GoldMention[] = passage.mentions.map((label, index) => {
    const occurrence = label.occurrence ?? 0;
    const start = nthIndexOf(passage.text, label.text, occurrence);
    const where = `passage "${passage.id}", mention ${index} (${label.category} "${label.text}", occurrence ${occurrence})`;
    if (start < 0) throw new EvalSetError(`${where}: text not found in the passage`);
    const end = start + label.text.length;
    if (cutsWord(passage.text, start, end)) {
      throw new EvalSetError(`${where}: span cuts a word (…${passage.text.slice(Math.max(0, start - 8), end + 8)}…)`);
    }
    return { category: label.category, entity: label.entity, start, end, text: label.text };
  });
  const sorted = [...gold].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (current.start < previous.end) {
      throw new EvalSetError(
        `passage "${passage.id}": labels "${previous.text}"@${previous.start} and "${current.text}"@${current.start} overlap`,
      );
    }
  }
  const resolved: EvalPassage = { id: passage.id, lang: passage.lang, text: passage.text, hardNegative: passage.hardNegative, gold: sorted };
  if (passage.note !== undefined) resolved.note = passage.note;
  return resolved;
}

/** Parses one file's JSON (already read) and resolves its passages; `source` names the file in errors. */
export function parsePassageFile(json: unknown, source: string): EvalPassage[] {
  const parsed = passageFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => {
      const [index] = issue.path;
      const id = typeof index === 'number' && Array.isArray(json) ? (json[index] as { id?: unknown } | undefined)?.id : undefined;
      const who = typeof id === 'string' ? `passage "${id}"` : `entry ${String(index)}`;
      return `  ${who} at ${issue.path.join('.')}: ${issue.message}`;
    });
    throw new EvalSetError(`${source}: invalid evaluation passages\n${issues.join('\n')}`);
  }
  return parsed.data.map((passage) => {
    try {
      return resolvePassage(passage);
    } catch (error) {
      throw error instanceof EvalSetError ? new EvalSetError(`${source}: ${error.message}`) : error;
    }
  });
}

/** Joins several files' passages, refusing an id that appears twice. */
export function mergePassages(files: readonly EvalPassage[][]): EvalPassage[] {
  const seen = new Set<string>();
  const all = files.flat();
  for (const passage of all) {
    if (seen.has(passage.id)) throw new EvalSetError(`passage id "${passage.id}" is used more than once`);
    seen.add(passage.id);
  }
  return all;
}
