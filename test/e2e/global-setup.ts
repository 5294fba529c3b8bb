import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Builds the Chrome extension once before the e2e run; SKIP_BUILD=1 reuses .output/chrome-mv3. */
export default function globalSetup(): void {
  if (process.env.SKIP_BUILD) return;
  execFileSync('npx', ['wxt', 'build'], { cwd: resolve(import.meta.dirname, '../..'), stdio: 'inherit' });
}
