import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest V3 for Chrome and Firefox; the fewest permissions that work.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Keep the top level as the product card fixes it: static files live under assets/.
  publicDir: 'assets/public',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Leak Lens',
    description:
      'Highlights and explains mentions of the Claude Code leak, the distillation accusations and Anthropic’s China policy.',
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
  zip: { excludeSources: ['.output/**', 'node_modules/**', 'test-results/**', '**/.DS_Store'] },
});
