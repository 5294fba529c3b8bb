import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const root = resolve(import.meta.dirname, '../../../assets/public/_locales');
const messagesSchema = z.record(z.string(), z.object({ message: z.string().min(1), description: z.string().optional() }).strict());
const read = (locale: string) => messagesSchema.parse(JSON.parse(readFileSync(resolve(root, locale, 'messages.json'), 'utf8')));

describe('_locales', () => {
  it('should have the same message names in English and Simplified Chinese', () => {
    expect(Object.keys(read('zh_CN')).sort()).toEqual(Object.keys(read('en')).sort());
  });

  it.each(['en', 'zh_CN'])('should keep the %s description within the 132 characters stores allow', (locale) => {
    const description = read(locale).extDescription?.message ?? '';
    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThanOrEqual(132);
  });

  it('should give the manifest every __MSG_ name it uses', () => {
    const config = readFileSync(resolve(import.meta.dirname, '../../../wxt.config.ts'), 'utf8');
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(Object.keys(read('en'))).toContain(name);
  });
});
