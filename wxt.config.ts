import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { readDatasetFiles } from './lib/dataset/read-files';
import { validateDataset } from './lib/dataset/validate';

// Manifest V3 for Chrome and Firefox; the fewest permissions that work.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Keep the top level as the product card fixes it: static files live under assets/.
  publicDir: 'assets/public',
  vite: () => ({ plugins: [preact()] }),
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
