import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run build:bench`: the benchmark build. `--mode bench` lets the content script add its completion
 * signal; NODE_ENV=production keeps everything else as shipped (a non-production mode would turn PROD off,
 * TOOLCHAIN trap 11). Prints the output folder as the last line.
 */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const BENCH_OUTPUT = resolve(PROJECT_ROOT, '.output/chrome-mv3-bench');

export function buildBench(quiet = false): string {
  const wxt = resolve(PROJECT_ROOT, 'node_modules/.bin/wxt');
  const result = spawnSync(wxt, ['build', '--mode', 'bench'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`wxt build --mode bench failed (exit ${result.status ?? result.signal})`);
  }
  if (!existsSync(resolve(BENCH_OUTPUT, 'manifest.json'))) {
    throw new Error(`wxt build --mode bench wrote no ${BENCH_OUTPUT}/manifest.json`);
  }
  return BENCH_OUTPUT;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(buildBench());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
