/**
 * Sums the JSON reports of every suite in a folder into the one line CI reads: "N passed, N failed".
 * A suite that crashed before writing its report counts as one failure, so a broken run never looks green.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Tally {
  passed: number;
  failed: number;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function vitest(report: any): Tally {
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0) };
}

function playwright(report: any): Tally {
  const stats = report.stats ?? {};
  const errors = Array.isArray(report.errors) ? report.errors.length : 0;
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: (stats.unexpected ?? 0) + errors };
}

function plain(report: any): Tally {
  return { passed: report.passed ?? 0, failed: report.failed ?? 0 };
}

const folder = process.argv[2] ?? 'test-reports';
const suites: Array<[string, (report: any) => Tally, boolean]> = [
  ['types.json', plain, true],
  ['vitest.json', vitest, true],
  ['build.json', plain, true],
  ['playwright.json', playwright, true],
  ['firefox.json', plain, existsSync('test/e2e-firefox/run.ts')],
];

const total: Tally = { passed: 0, failed: 0 };
for (const [file, read, expected] of suites) {
  const path = join(folder, file);
  if (!existsSync(path)) {
    if (expected) {
      console.log(`${file}: no report (the suite did not run to the end) — counted as 1 failure`);
      total.failed += 1;
    }
    continue;
  }
  try {
    const tally = read(readJson(path));
    console.log(`${file}: ${tally.passed} passed, ${tally.failed} failed`);
    total.passed += tally.passed;
    total.failed += tally.failed;
  } catch (error) {
    console.log(`${file}: unreadable report (${String(error)}) — counted as 1 failure`);
    total.failed += 1;
  }
}
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
