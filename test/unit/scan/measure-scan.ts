/**
 * Times `npm run --silent scan -- --json` on 500 generated files (news-like HTML of 80 paragraphs and
 * plain text) in a temporary folder. Run: npx tsx test/unit/scan/measure-scan.ts [count] [--dense]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detect } from '../../../lib/engine/index';
import { documentFromFile } from '../../../lib/scan/input';
import { newsPageHtml } from '../extract/news-page';

const count = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 500);
const dir = mkdtempSync(join(tmpdir(), 'leak-lens-scan-'));
try {
  // Realistic density: one story paragraph in ten (about 60 mentions a page); --dense for every one.
  const html = newsPageHtml(80, process.argv.includes('--dense') ? 1 : 10);
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
  // Where the time goes, in this process: reading + parsing + extraction, then the engine.
  let extractMs = 0;
  let detectMs = 0;
  for (const file of files) {
    let t0 = performance.now();
    const { doc } = documentFromFile(file, readFileSync(file));
    extractMs += performance.now() - t0;
    t0 = performance.now();
    detect(doc);
    detectMs += performance.now() - t0;
  }
  console.log(`in process: read + parse + extract ${(extractMs / 1000).toFixed(2)} s, detect ${(detectMs / 1000).toFixed(2)} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
