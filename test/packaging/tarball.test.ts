// The tarball as the registry would get it: what it holds, what publint and
// attw say of it, and its links.
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, test } from 'vitest';
import { command, script } from '../support/command.ts';
import { root } from '../support/processes.ts';

const manifest = JSON.parse(await readFile(`${root}package.json`, 'utf8'));

async function packedFiles(): Promise<string[]> {
  const { output } = await command('tar', ['-tzf', inject('tarball')]);
  return output
    .trim()
    .split('\n')
    .map((entry) => entry.replace(/^package\//, ''));
}

describe('the tarball', () => {
  test('holds the build, the commands, the generated spec files and the docs the README links, and none of the sources', async () => {
    const files = await packedFiles();
    const targets = [
      ...Object.values<string | Record<string, string>>(manifest.exports).flatMap((target) =>
        typeof target === 'string' ? [target] : Object.values(target),
      ),
      ...Object.values<string>(manifest.bin),
      ...Object.values<Record<string, string>>(manifest.imports).flatMap((target) => Object.values(target)),
    ].map((target) => target.replace(/^\.\//, ''));
    expect(files).toEqual(
      expect.arrayContaining([...targets, 'generated/openapi.mock.json', 'generated/mock-contract.js', 'CHANGELOG.md', 'README.md']),
    );
    for (const file of files) expect(file).toMatch(/^(dist|bin|generated|docs)\/|^(package\.json|CHANGELOG\.md|README\.md|LICENSE)$/);
    expect(files.filter((file) => file.startsWith('dist/')).every((file) => /\.(js|d\.ts)$/.test(file))).toBe(true);
  });

  test('every link of the README works in the tarball: the file ships, or the link is absolute', async () => {
    const files = await packedFiles();
    const readme = await readFile(`${root}README.md`, 'utf8');
    const relative = [...readme.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((match) => match[1]!.split('#')[0]!.replace(/^\.\//, ''))
      .filter((link) => link !== '' && !/^[a-z]+:/.test(link));
    expect(
      relative.filter((link) => !files.includes(link) && !files.some((file) => file.startsWith(`${link.replace(/\/$/, '')}/`))),
    ).toEqual([]);
  });

  test('publint (strict) and attw (ESM-only profile) find no problem', async () => {
    const { code, output } = await script('lint-package', [inject('tarball')], 90_000);
    expect(output).toContain('--- publint: ok');
    expect(output).toContain('All good'); // not even a suggestion
    expect(output).toContain('--- attw: ok');
    expect(code).toBe(0);
  }, 90_000);

  test('package.json names the repository, its home page, where to report bugs, and keywords', () => {
    expect(manifest.repository?.url).toMatch(/^git\+https:\/\//);
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.bugs?.url).toMatch(/^https:\/\//);
    expect(manifest.keywords).toEqual(expect.arrayContaining(['openapi', 'mock', 'msw']));
  });
});
