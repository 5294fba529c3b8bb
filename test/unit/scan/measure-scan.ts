/**
 * Times `npm run --silent scan -- --json` on 500 generated files (news-like HTML of 80 paragraphs and
 * plain text) in a temporary folder. Run: npx tsx test/unit/scan/measure-scan.ts [count]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newsPageHtml } from '../extract/news-page';

const count = Number(process.argv[2] ?? 500);
const dir = mkdtempSync(join(tmpdir(), 'leak-lens-scan-'));
try {
  const html = newsPageHtml(80);
  const text = `${'Anthropic said the Claude Code leak was a packaging error. 月之暗面未回应。\n\n'.repeat(200)}`;
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const file = join(dir, i % 5 === 4 ? `notes-${i}.txt` : `page-${i}.html`);
    const body = file.endsWith('.txt') ? text : html;
    writeFileSync(file, body);
    files.push(file);
    bytes += Buffer.byteLength(body);
  }
  const t = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'scan', '--', '--json', ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - t) / 1000;
  const parsed = JSON.parse(result.stdout) as { files: { mentions: unknown[] }[] };
  const mentions = parsed.files.reduce((sum, f) => sum + f.mentions.length, 0);
  console.log(
    `scanned ${parsed.files.length} files (${(bytes / 1e6).toFixed(1)} MB) in ${seconds.toFixed(2)} s, ` +
      `exit ${result.status}, ${mentions} mentions`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
