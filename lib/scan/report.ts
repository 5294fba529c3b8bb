/**
 * The readable `scan` report for one file: counts per category, then each mention in its sentence
 * with the match marked, and why it matched. Pure: text in, text out.
 */
import { sentenceAround } from '../extract/sentence';
import { CATEGORIES, type Category, type DocumentText, type Mention } from '../types';

export interface FileScan {
  /** The path as given on the command line. */
  file: string;
  doc: DocumentText;
  mentions: readonly Mention[];
}

export interface Marker {
  open: string;
  close: string;
}

/** Plain brackets for pipes and files; reverse video on a terminal. */
export const PLAIN_MARKER: Marker = { open: '[[', close: ']]' };
export const TERMINAL_MARKER: Marker = { open: '\u001b[7m', close: '\u001b[27m' };

export function countByCategory(mentions: readonly Mention[]): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const m of mentions) counts[m.category]++;
  return counts;
}

export function formatCounts(mentions: readonly Mention[]): string {
  const counts = countByCategory(mentions);
  return CATEGORIES.map((c) => `${c} ${counts[c]}`).join(' · ');
}

export function formatMention(scan: FileScan, mention: Mention, index: number, marker = PLAIN_MARKER): string {
  const { before, match, after } = sentenceAround(scan.doc, mention.start, mention.end);
  const label = mention.entity ? `${mention.category}: ${mention.entity}` : mention.category;
  return [
    `  ${index + 1}. ${label} "${mention.text}" [${mention.start}–${mention.end}]`,
    `     ${before}${marker.open}${match}${marker.close}${after}`,
    `     why: ${mention.reason}`,
  ].join('\n');
}

export function formatFileReport(scan: FileScan, marker = PLAIN_MARKER): string {
  const n = scan.mentions.length;
  const lines = [`${scan.file}: ${n} mention${n === 1 ? '' : 's'}`, `  ${formatCounts(scan.mentions)}`];
  scan.mentions.forEach((m, i) => lines.push(formatMention(scan, m, i, marker)));
  return lines.join('\n');
}

/** Closing line when several files were given. */
export function formatSummary(scans: readonly FileScan[], failed: number): string {
  const total = scans.reduce((sum, s) => sum + s.mentions.length, 0);
  const unread = failed > 0 ? `, ${failed} could not be read` : '';
  return `${scans.length} file${scans.length === 1 ? '' : 's'} scanned, ${total} mention${total === 1 ? '' : 's'}${unread}`;
}
