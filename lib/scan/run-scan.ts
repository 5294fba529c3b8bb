/**
 * The `scan` command without its process: arguments and a file reader in, text out, exit code back.
 * One process for all files, so the engine is compiled once however many files are given.
 */
import { detect as engineDetect } from '../engine/index';
import type { DocumentText, Mention } from '../types';
import { parseScanArgs, USAGE } from './args';
import { documentFromFile } from './input';
import { jsonReport } from './json-report';
import { type FileScan, formatFileReport, formatSummary, PLAIN_MARKER, TERMINAL_MARKER } from './report';

export interface ScanIo {
  readFile(path: string): Uint8Array;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Marks matches with reverse video instead of [[ ]]. */
  color?: boolean;
  detect?: (doc: DocumentText) => Mention[];
}

export function runScan(argv: readonly string[], io: ScanIo): number {
  const args = parseScanArgs(argv);
  if (args.kind === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (args.kind === 'error') {
    io.stderr(`scan: ${args.message}\n\n${USAGE}\n`);
    return 2;
  }
  const detect = io.detect ?? engineDetect;
  const scans: FileScan[] = [];
  let failed = 0;
  for (const file of args.files) {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(file);
    } catch (error) {
      failed++;
      io.stderr(`scan: cannot read ${file}: ${describeError(error)}\n`);
      continue;
    }
    const { doc } = documentFromFile(file, bytes);
    const scan = { file, doc, mentions: detect(doc) };
    scans.push(scan);
    if (!args.json) {
      io.stdout(`${scans.length > 1 ? '\n' : ''}${formatFileReport(scan, io.color ? TERMINAL_MARKER : PLAIN_MARKER)}\n`);
    }
  }
  if (args.json) io.stdout(`${jsonReport(scans)}\n`);
  else if (args.files.length > 1) io.stdout(`\n${formatSummary(scans, failed)}\n`);
  return failed > 0 ? 1 : 0;
}

const ERROR_TEXT: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && ERROR_TEXT[code]) return ERROR_TEXT[code];
  return error instanceof Error ? error.message : String(error);
}
