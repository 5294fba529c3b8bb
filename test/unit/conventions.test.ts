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

/** Imports that bring code: not `import type` / `export type`, side-effect imports included. */
function valueImportsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?from\s+)?['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? '');
}

/** Every module the content script bundles, by following relative value imports from its entrypoint. */
function contentScriptModules(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of valueImportsOf(file)) {
      if (!spec.startsWith('.')) continue;
      const base = join(file, '..', spec);
      const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => {
        try {
          return statSync(candidate).isFile();
        } catch {
          return false;
        }
      });
      if (found) visit(found);
    }
  };
  visit(join(root, 'entrypoints', 'content', 'index.ts'));
  return [...seen].map((file) => relative(root, file));
}

describe('the content script stays light', () => {
  // It runs on every page and frame: its first task is compiling and running all of it.
  const modules = contentScriptModules();

  it('should find the content script modules', () => {
    expect(modules).toEqual(expect.arrayContaining(['lib/content/controller.ts', 'lib/settings/schema.ts', 'lib/messaging/protocol.ts']));
  });

  it('should build its schemas with zod/mini, never the classic zod API (several times the code and the start-up work)', () => {
    const classic = modules.filter((file) => valueImportsOf(join(root, file)).includes('zod'));
    expect(modules.filter((file) => valueImportsOf(join(root, file)).includes('zod/mini')).length).toBeGreaterThan(2);
    expect(classic).toEqual([]);
  });

  it('should import the dataset files only through lib/dataset/files.ts, which the build makes lazy', () => {
    const direct = modules.filter((file) => file !== 'lib/dataset/files.ts' && valueImportsOf(join(root, file)).some((spec) => spec.includes('assets/data/')));
    expect(direct).toEqual([]);
    expect(modules).toContain('lib/dataset/files.ts');
  });
});
