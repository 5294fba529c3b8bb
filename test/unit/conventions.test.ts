import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Repository conventions as a test (after refined-github's build/features.test.ts):
 * lib/ never imports entrypoints/, entrypoints never import each other, shipped code never imports test/,
 * and the extension bundle never pulls in Node-only modules.
 */

const root = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  );
}

const libFiles = sourceFiles(join(root, 'lib'));
const entrypointFiles = sourceFiles(join(root, 'entrypoints'));

describe('repository boundaries', () => {
  it.each(libFiles.map((file) => [relative(root, file)]))('should keep %s free of entrypoint and test imports', (file) => {
    const bad = importsOf(join(root, file)).filter((spec) => /(^|\/)(entrypoints|test)\//.test(spec));
    expect(bad).toEqual([]);
  });

  it.each(entrypointFiles.map((file) => [relative(root, file)]))(
    'should keep %s from importing tests or another entrypoint',
    (file) => {
      const own = file.split('/')[1];
      const bad = importsOf(join(root, file)).filter((spec) => {
        if (/(^|\/)test\//.test(spec)) return true;
        const other = spec.match(/entrypoints\/([^/]+)/)?.[1] ?? spec.match(/^\.\.\/([^/.]+)\//)?.[1];
        return other !== undefined && other !== own && !spec.includes('lib/') && spec.startsWith('..');
      });
      expect(bad).toEqual([]);
    },
  );

  it('should keep Node-only modules out of everything the extension ships', () => {
    const shipped = [...entrypointFiles, ...libFiles.filter((file) => !/\/lib\/(cli|scan|eval)\//.test(file))];
    const offenders = shipped.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('node:') || spec === 'linkedom' || spec === 'fs' || spec === 'path')
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    // read-files.ts is the build-time dataset check, run by wxt.config.ts in Node, never bundled.
    expect(offenders.filter((line) => !line.startsWith('lib/dataset/read-files.ts'))).toEqual([]);
  });
});
