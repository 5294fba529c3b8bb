import type { z } from 'zod';
import { datasetSchema, type Dataset } from './schema';

/**
 * Checks the bundled dataset: the zod schema first, then what a schema cannot see (references between
 * entries, duplicate ids, cross-field rules). Every problem is reported at once, each naming the entry
 * and the field, e.g. `facts[12] (id "leak-npm-version") → text.zh: expected string, received undefined`,
 * so that one build shows everything to fix. Runs at build time and in tests, never in the content script.
 */

export interface DatasetProblem {
  /** Path from the dataset root: ['facts', 12, 'text', 'zh']. */
  path: readonly PropertyKey[];
  message: string;
}

const LISTS = ['entities', 'topics', 'facts', 'faq'] as const;

export function validateDataset(raw: unknown): Dataset {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) throw new Error(formatProblems(raw, parsed.error.issues.flatMap(issueProblems)));
  const problems = referenceProblems(parsed.data);
  if (problems.length > 0) throw new Error(formatProblems(raw, problems));
  return parsed.data;
}

function issueProblems(issue: z.core.$ZodIssue): DatasetProblem[] {
  // A strict object names its unknown keys in one issue; report each as a field of its own.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: [...issue.path, key], message: 'unknown field' }));
  }
  return [{ path: issue.path, message: issue.message.replace(/^Invalid input: /, '') }];
}

/** Reference and consistency checks on data that already has the right shape. */
export function referenceProblems(data: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const list of LISTS) problems.push(...duplicateIds(list, data[list]));

  const entityIds = new Set<string>(data.entities.map((entity) => entity.id));
  const factIds = new Set(data.facts.map((fact) => fact.id));

  data.facts.forEach((fact, i) => {
    fact.entities.forEach((id, j) => {
      if (!entityIds.has(id)) problems.push({ path: ['facts', i, 'entities', j], message: `unknown entity "${id}"` });
    });
    if (fact.status === 'corrects-article' && !fact.articleSays) {
      problems.push({ path: ['facts', i, 'articleSays'], message: 'required when status is "corrects-article"' });
    }
  });

  data.faq.forEach((entry, i) => {
    entry.entities.forEach((id, j) => {
      if (!entityIds.has(id)) problems.push({ path: ['faq', i, 'entities', j], message: `unknown entity "${id}"` });
    });
    entry.facts.forEach((id, j) => {
      if (!factIds.has(id)) problems.push({ path: ['faq', i, 'facts', j], message: `unknown fact "${id}"` });
    });
  });
  return problems;
}

function duplicateIds(list: string, entries: readonly { id: string }[]): DatasetProblem[] {
  const seen = new Map<string, number>();
  const problems: DatasetProblem[] = [];
  entries.forEach((entry, i) => {
    const first = seen.get(entry.id);
    if (first === undefined) seen.set(entry.id, i);
    else problems.push({ path: [list, i, 'id'], message: `duplicate id (also ${list}[${first}])` });
  });
  return problems;
}

export function formatProblems(raw: unknown, problems: readonly DatasetProblem[]): string {
  const lines = problems.map((problem) => `  - ${describePath(raw, problem.path)}: ${problem.message}`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `Leak Lens dataset is invalid (${count}):\n${lines.join('\n')}`;
}

/** `facts[12] (id "x") → text.zh`; the entry's id is read from the raw input when it has one. */
export function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  const [list, index, ...field] = path;
  if (list === undefined) return 'dataset';
  if (typeof index !== 'number') return fieldPath(path);
  const id = idAt(raw, String(list), index);
  const entry = `${String(list)}[${index}]${id === undefined ? '' : ` (id ${JSON.stringify(id)})`}`;
  return field.length === 0 ? entry : `${entry} → ${fieldPath(field)}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function idAt(raw: unknown, list: string, index: number): string | undefined {
  if (!isRecord(raw)) return undefined;
  const entries = raw[list];
  if (!Array.isArray(entries)) return undefined;
  const entry: unknown = entries[index];
  return isRecord(entry) && typeof entry.id === 'string' ? entry.id : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
