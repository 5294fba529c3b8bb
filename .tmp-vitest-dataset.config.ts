import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
export default defineConfig({
  plugins: [WxtVitest()],
  resolve: { alias: [
    { find: /^.*assets\/data\/entities\.json$/, replacement: '/tmp/ll-check/entities.json' },
    { find: /^.*assets\/data\/topics\.json$/, replacement: '/tmp/ll-check/topics.json' },
  ] },
  test: { include: ['test/unit/dataset/**/*.test.ts'] },
});
