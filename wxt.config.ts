import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { plainJsonLiterals } from './lib/dataset/plain-literals';
import { readDatasetFiles } from './lib/dataset/read-files';
import { validateDataset } from './lib/dataset/validate';

/**
 * In the extension, lib/dataset/files.ts becomes files.bundle.ts: the dataset stays text until first
 * used, instead of being parsed in the first task of every page (Node and the unit tests keep the
 * plain JSON imports; test/unit/dataset/files-bundle.test.ts checks both give the same data).
 */
function lazyDatasetFiles(): Plugin {
  const plain = resolve(import.meta.dirname, 'lib/dataset/files.ts');
  const bundled = resolve(import.meta.dirname, 'lib/dataset/files.bundle.ts');
  return {
    name: 'leak-lens:lazy-dataset-files',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/files') && !source.endsWith('/files.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === plain ? bundled : null;
    },
    // The files' text without indentation: a third smaller, and the same JSON.
    load(id) {
      const [file, query] = id.split('?');
      if (query !== 'raw' || !file?.endsWith('.json') || !file.includes('/assets/data/')) return null;
      return `export default ${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))))};`;
    },
    // The minifier turns that text into template literals, which V8 compiles far more slowly (plain-literals.ts).
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = plainJsonLiterals(chunk.code);
    },
  };
}

// Manifest V3 for Chrome and Firefox; the fewest permissions that work.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Keep the top level as the product card fixes it: static files live under assets/.
  publicDir: 'assets/public',
  vite: () => ({ plugins: [preact(), lazyDatasetFiles()] }),
  manifest: ({ browser }) => ({
    // Name and description come from assets/public/_locales (en, zh_CN), following the browser language.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage'],
    // Step through highlighted mentions; users can rebind these in the browser's shortcut settings.
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next highlighted mention',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous highlighted mention',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'leak-lens@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // A broken dataset fails the build, naming every entry and field at fault (read fresh each build).
    'build:before': (wxt) => {
      validateDataset(readDatasetFiles(resolve(wxt.config.root, 'assets/data')));
    },
  },
  zip: { excludeSources: ['.output/**', 'node_modules/**', 'test-results/**', '**/.DS_Store'] },
});
