import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalServer, type LocalServer } from './local-server';

/** The repository root, found from this file so `npm start` works from any working directory. */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const DEMO_DIR = resolve(PROJECT_ROOT, 'assets/demo');

export interface DemoPage {
  id: 'en' | 'zh';
  file: string;
  label: string;
  /** Phrases where an ambiguous word is used in its other sense: no highlight may touch them. */
  otherSenses: readonly string[];
}

export const DEMO_PAGES: readonly DemoPage[] = [
  { id: 'en', file: 'en.html', label: 'English article', otherSenses: ['minimax algorithm', 'Claude Monet'] },
  {
    id: 'zh',
    file: 'zh.html',
    label: 'Chinese article',
    otherSenses: ['极小化极大算法', '《月之暗面》', '克劳德·莫奈', '蒸馏水'],
  },
];

/** Serves assets/demo/ and nothing else (no directory walking: only the listed pages). */
export function serveDemo(): Promise<LocalServer> {
  const files = new Set(DEMO_PAGES.map((p) => `/${p.file}`));
  return startLocalServer(async (path) => {
    if (path === '/') {
      const links = DEMO_PAGES.map((p) => `<li><a href="/${p.file}">${p.label}</a></li>`).join('');
      return { body: `<!doctype html><meta charset="utf-8"><title>Leak Lens demo</title><ul>${links}</ul>`, type: 'text/html; charset=utf-8' };
    }
    if (!files.has(path)) return undefined;
    return { body: await readFile(resolve(DEMO_DIR, path.slice(1))), type: 'text/html; charset=utf-8' };
  });
}
