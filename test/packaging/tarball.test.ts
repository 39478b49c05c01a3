// The tarball as the registry would get it: what it holds, what publint and
// attw say of it, and its links.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, normalize, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { command, script } from '../support/command.ts';
import { root } from '../support/servers.ts';

const manifest = JSON.parse(await readFile(`${root}package.json`, 'utf8'));

// Unpacked once: `package/` as npm installs it.
let unpacked: string;
let files: string[];
beforeAll(async () => {
  unpacked = await mkdtemp(join(tmpdir(), 'smh-tarball-'));
  const { code, output } = await command('tar', ['-xzf', inject('tarball'), '-C', unpacked]);
  if (code !== 0) throw new Error(`tar failed:\n${output}`);
  const entries = await readdir(join(unpacked, 'package'), { withFileTypes: true, recursive: true });
  files = entries.filter((entry) => entry.isFile()).map((entry) => relative(join(unpacked, 'package'), join(entry.parentPath, entry.name)));
});
afterAll(() => unpacked && rm(unpacked, { recursive: true, force: true }));
const packed = (file: string) => readFile(join(unpacked, 'package', file), 'utf8');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every file a package.json field names, condition objects flattened. */
const targetsOf = (field: unknown): string[] =>
  typeof field === 'string'
    ? [field.replace(/^\.\//, '')]
    : Object.values((field ?? {}) as Record<string, unknown>).flatMap((value) => targetsOf(value));

/** The relative specifiers a built file loads: imports, exports, require() and `new URL(…, import.meta.url)`. */
function relativeSpecifiers(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bnew URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g);
  return [...found].map((match) => match[1]!);
}

describe('the tarball', () => {
  test('holds every file package.json names (exports, imports, bin, files), the LICENSE and the README', async () => {
    const named = [...targetsOf(manifest.exports), ...targetsOf(manifest.imports), ...targetsOf(manifest.bin)];
    // A `files` pattern (`docs/*.md`) stands for each file of the repository it matches.
    const listed = await Promise.all(
      (manifest.files as string[])
        .filter((entry) => entry !== 'dist' && entry !== 'bin')
        .map(async (entry) => {
          if (!entry.includes('*')) return [entry];
          const pattern = new RegExp(`^${basename(entry).split('*').map(escapeRegExp).join('[^/]*')}$`);
          return (await readdir(join(root, dirname(entry)))).filter((name) => pattern.test(name)).map((name) => join(dirname(entry), name));
        }),
    );
    const wanted = [...named, ...listed.flat(), 'generated/operations.js', 'package.json', 'README.md', 'LICENSE'];
    expect(wanted.filter((file) => !files.includes(file))).toEqual([]);
  });

  test('every module it ships finds what it loads inside it: no import of a file left out (generated/operations.js…)', async () => {
    expect(relativeSpecifiers(await packed('bin/smh-upload-mock.js')), 'the bins load dist/').not.toEqual([]);
    const modules = files.filter((file) => /^(dist|bin|generated)\/.*\.(js|cjs|d\.ts|d\.cts)$/.test(file));
    const missing: string[] = [];
    for (const file of modules) {
      const text = await packed(file);
      const declaration = /\.d\.c?ts$/.test(file);
      for (const specifier of relativeSpecifiers(text)) {
        // A declaration's `./engine.js` is engine.d.ts.
        const target = normalize(
          join(dirname(file), declaration ? specifier.replace(/\.js$/, '.d.ts').replace(/\.cjs$/, '.d.cts') : specifier),
        );
        if (!files.includes(target)) missing.push(`${file} → ${specifier}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('holds the build, the commands, the generated files and the shipped docs, and no source, test or script', () => {
    const sources = files.filter(
      (file) => /^(src|test|scripts|spec|spec-released|bench|plugins)\//.test(file) || /(?<!\.d)\.[cm]?ts$/.test(file),
    );
    expect(sources).toEqual([]);
    const outside = files.filter(
      (file) =>
        !/^(dist\/.*\.(js|cjs|d\.ts|d\.cts)|bin\/[^/]+\.js|generated\/[^/]+|docs\/[^/]+\.md|package\.json|[A-Z]+\.md|LICENSE)$/.test(file),
    );
    expect(outside).toEqual([]);
  });

  test('every link of every document it ships works in it: the file ships, or the link is absolute', async () => {
    const broken: string[] = [];
    for (const document of files.filter((file) => file.endsWith('.md'))) {
      for (const [, target] of (await packed(document)).matchAll(/\]\(([^)\s]+)\)/g)) {
        const path = target!.split('#')[0]!;
        if (path === '' || /^[a-z][a-z0-9+.-]*:/i.test(path)) continue;
        const linked = normalize(join(dirname(document), path)).replace(/\/$/, '');
        if (!files.includes(linked) && !files.some((file) => file.startsWith(`${linked}/`))) broken.push(`${document} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('publint (strict) and attw (ESM-only profile; ./msw from CommonJS too) find no problem', async () => {
    const { code, output } = await script('lint-package', [inject('tarball')], 90_000);
    expect(output).toContain('--- publint: ok');
    expect(output).toContain('All good'); // not even a suggestion
    expect(output).toContain('--- attw: ok');
    expect(output).toContain('--- attw ./msw from CommonJS: ok');
    expect(code).toBe(0);
  }, 90_000);

  test('package.json names the repository, its home page, where to report bugs, and keywords', () => {
    expect(manifest.repository?.url).toMatch(/^git\+https:\/\//);
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.bugs?.url).toMatch(/^https:\/\//);
    expect(manifest.keywords).toEqual(expect.arrayContaining(['openapi', 'mock', 'msw']));
  });
});
