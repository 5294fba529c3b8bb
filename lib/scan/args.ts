/** Command line of `scan`: [--json] [--help] [--] FILE... */

export const USAGE = `Usage: npm run --silent scan -- [--json] FILE...

Finds mentions of the Claude Code leak story (companies, people, leak, distillation, policy) in HTML
or plain-text files, with the same text extraction and engine as the extension.

  --json      print one JSON document: {"files":[{"file","mentions":[...]}]}
  -h, --help  show this help

HTML is recognised by extension (.html, .htm, .xhtml) or by a leading <!doctype html> / <html>;
other files are read as plain text. Exit code 1 when a file cannot be read (the others are still
scanned), 2 on a usage error.`;

export type ScanArgs =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | { kind: 'scan'; json: boolean; files: string[] };

export function parseScanArgs(argv: readonly string[]): ScanArgs {
  let json = false;
  const files: string[] = [];
  let optionsEnded = false;
  for (const arg of argv) {
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      files.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '--json') {
      json = true;
    } else if (arg === '--help' || arg === '-h') {
      return { kind: 'help' };
    } else {
      return { kind: 'error', message: `unknown option ${arg}` };
    }
  }
  if (files.length === 0) return { kind: 'error', message: 'no files given' };
  return { kind: 'scan', json, files };
}
