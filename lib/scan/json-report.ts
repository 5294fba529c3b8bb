/**
 * The `scan --json` document, exactly:
 * {"files":[{"file":…,"mentions":[{"category","entity","text","start","end","reason"}]}]}
 * Objects are rebuilt key by key so the order is fixed and nothing else leaks in. Files that could
 * not be read are not listed (their error goes to stderr).
 */
import type { Mention } from '../types';

export interface JsonFile {
  file: string;
  mentions: readonly Mention[];
}

export function jsonReport(files: readonly JsonFile[]): string {
  return JSON.stringify({
    files: files.map((f) => ({
      file: f.file,
      mentions: f.mentions.map((m) => ({
        category: m.category,
        entity: m.entity,
        text: m.text,
        start: m.start,
        end: m.end,
        reason: m.reason,
      })),
    })),
  });
}
