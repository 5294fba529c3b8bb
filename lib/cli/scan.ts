// `npm run --silent scan -- [--json] FILE...` — see lib/scan/run-scan.ts.
import { readFileSync } from 'node:fs';
import { runScan } from '../scan/run-scan';

process.exitCode = runScan(process.argv.slice(2), {
  readFile: (path) => readFileSync(path),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
});
