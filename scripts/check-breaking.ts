// `npm run check:breaking`: fails when the bundled spec breaks the last
// released one (spec-released/openapi.json) while the version stays on the
// same compatibility line. Policy and release steps: docs/versioning.md.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeChange, findBreakingChanges, type OpenApiDocument } from './breaking-changes.ts';

export interface ReleaseCheck {
  ok: boolean;
  /** One line per breaking change, then a summary line. */
  lines: string[];
}

type Version = [major: number, minor: number, patch: number];

export function parseVersion(text: unknown): Version {
  const match = typeof text === 'string' ? /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(text) : null;
  if (!match) throw new Error(`not a semver version: ${JSON.stringify(text)}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * Versions on one line must stay compatible. Semver leaves 0.x open, so this
 * package follows the common reading: below 1.0.0 the minor acts as the major
 * (0.1.x → 0.2.0 may break), and each 0.0.x stands alone.
 */
export function compatibilityLine(version: string): string {
  const [major, minor, patch] = parseVersion(version);
  if (major > 0) return `${major}`;
  return minor > 0 ? `0.${minor}` : `0.0.${patch}`;
}

/** The first version of the next line: where a breaking change may go. */
export function nextBreakingVersion(version: string): string {
  const [major, minor, patch] = parseVersion(version);
  if (major > 0) return `${major + 1}.0.0`;
  return minor > 0 ? `0.${minor + 1}.0` : `0.0.${patch + 1}`;
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

export function checkRelease(input: { released: OpenApiDocument; current: OpenApiDocument; packageVersion: string }): ReleaseCheck {
  const { released, current, packageVersion } = input;
  const releasedVersion: string = released.info?.version;
  // The spec's info.version is what readers of the contract see; it must name the package's version.
  if (current.info?.version !== packageVersion) {
    return fail(`package.json version ${packageVersion} and the spec's info.version ${current.info?.version} differ: keep them equal`);
  }
  if (compareVersions(packageVersion, releasedVersion) < 0) {
    return fail(`version ${packageVersion} is older than the released ${releasedVersion}`);
  }
  const lines = findBreakingChanges(released, current).map(describeChange);
  const count = `${lines.length} breaking change${lines.length === 1 ? '' : 's'} since ${releasedVersion}`;
  if (lines.length === 0) return { ok: true, lines: [`no breaking changes since ${releasedVersion}`] };
  if (compatibilityLine(packageVersion) !== compatibilityLine(releasedVersion)) {
    return { ok: true, lines: [...lines, `${count}, allowed: ${packageVersion} starts a new major version`] };
  }
  const next = nextBreakingVersion(releasedVersion);
  return {
    ok: false,
    lines: [...lines, `${count} without a major version change (still ${packageVersion}): undo them, or bump the version to ${next} and list them in CHANGELOG.md`],
  };
}

function fail(message: string): ReleaseCheck {
  return { ok: false, lines: [message] };
}

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  const { values } = parseArgs({
    options: {
      released: { type: 'string', default: join(root, 'spec-released/openapi.json') },
      current: { type: 'string', default: join(root, 'generated/openapi.json') },
      package: { type: 'string', default: join(root, 'package.json') },
    },
  });
  const [released, current, pkg] = await Promise.all([readJson(values.released), readJson(values.current), readJson(values.package)]);
  const result = checkRelease({ released, current, packageVersion: pkg.version });
  (result.ok ? console.log : console.error)(result.lines.join('\n'));
  process.exitCode = result.ok ? 0 : 1;
}
