import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetFiles as plain } from '../../../lib/dataset/files';
import { datasetFiles as bundled } from '../../../lib/dataset/files.bundle';

/**
 * The extension build swaps lib/dataset/files.ts for files.bundle.ts (wxt.config.ts): the files stay
 * text until first used. Both must give the same data, and the bundled one must parse nothing until asked.
 */
const NAMES = ['entities', 'topics', 'facts', 'faq'] as const;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the dataset files as the extension bundles them', () => {
  it.each(NAMES)('should give the same %s as the plain JSON import', (name) => {
    expect(bundled[name]()).toEqual(plain[name]());
  });

  it('should parse each file once, on first use, and hand out the same value after', async () => {
    vi.resetModules();
    const parse = vi.spyOn(JSON, 'parse');
    const fresh = (await import('../../../lib/dataset/files.bundle')).datasetFiles;
    expect(parse).not.toHaveBeenCalled();
    const facts = fresh.facts();
    expect(parse).toHaveBeenCalledTimes(1);
    expect(fresh.facts()).toBe(facts);
    expect(parse).toHaveBeenCalledTimes(1);
  });
});
