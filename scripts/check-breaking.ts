// `npm run check:breaking [-- --verbose]`: fails when the current spec breaks
// the last released one (spec-released/openapi.json) while the version stays
// on the same compatibility line, listing each break and what to do. A pass is
// one line; --verbose lists the breaks it accepted. Policy: docs/versioning.md.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import semver from 'semver';
import { describeChange, findBreakingChanges, type OpenApiDocument } from './breaking-changes.ts';
import { bundleSpec, repoRoot } from './spec.ts';

interface Verdict {
  ok: boolean;
  /** One line per breaking change found. */
  breaks: string[];
  /** What was decided, and on failure what to do. */
  summary: string;
}

/**
 * Semver leaves 0.x open, so this package follows the common reading: below
 * 1.0.0 the minor acts as the major (0.1.x → 0.2.0 may break), and each 0.0.x
 * stands alone. The release that starts the next line, and the rule in words.
 */
function lineOf(version: string): { release: 'major' | 'minor' | 'patch'; rule: string } {
  if (semver.major(version) > 0) return { release: 'major', rule: 'a new major is a new compatibility line' };
  if (semver.minor(version) > 0) return { release: 'minor', rule: '0.x: a new minor is a new compatibility line' };
  return { release: 'patch', rule: '0.0.x: each version is its own compatibility line' };
}

/** The first version of the next line: where a breaking change may go. Versions with the same next line share one. */
function nextBreakingVersion(version: string): string {
  // From the release without its prerelease tag, so 1.0.0-rc.1 is on 1.0.0's line.
  const release = `${semver.major(version)}.${semver.minor(version)}.${semver.patch(version)}`;
  return semver.inc(release, lineOf(version).release)!;
}

function judge(released: OpenApiDocument, current: OpenApiDocument, packageVersion: unknown): Verdict {
  const fail = (summary: string): Verdict => ({ ok: false, breaks: [], summary });
  const releasedVersion: unknown = released.info?.version;
  // The spec's info.version is what readers of the contract see; it must name the package's version.
  if (current.info?.version !== packageVersion) {
    return fail(`package.json version ${packageVersion} and the spec's info.version ${current.info?.version} differ: keep them equal`);
  }
  for (const [what, version] of [
    ['the released spec', releasedVersion],
    ['package.json', packageVersion],
  ] as const) {
    if (typeof version !== 'string' || semver.valid(version) === null) {
      return fail(`${what} has no semver version: ${JSON.stringify(version)}`);
    }
  }
  const [now, then] = [packageVersion as string, releasedVersion as string];
  if (semver.lt(now, then)) return fail(`version ${now} is older than the released ${then}`);
  const breaks = findBreakingChanges(released, current).map(describeChange);
  const count = `${breaks.length} breaking change${breaks.length === 1 ? '' : 's'} since ${then}`;
  if (breaks.length === 0) return { ok: true, breaks, summary: `check:breaking: ok: ${now} has no breaking changes since ${then}` };
  const next = nextBreakingVersion(then);
  if (nextBreakingVersion(now) !== next) {
    return {
      ok: true,
      breaks,
      summary: `check:breaking: ok: ${now} is a new compatibility line after ${then} (${lineOf(then).rule}), which may ship its ${count}: list them in CHANGELOG.md (--verbose prints them)`,
    };
  }
  const advice = `undo them, or bump the version to ${next} and list them in CHANGELOG.md`;
  return { ok: false, breaks, summary: `${count} without a major version change (still ${now}): ${advice}` };
}

const { values } = parseArgs({
  options: {
    released: { type: 'string', default: `${repoRoot}spec-released/openapi.json` },
    // Any spec's root file, YAML or JSON, one file or many: each side is bundled and dereferenced here.
    current: { type: 'string', default: `${repoRoot}generated/openapi.json` },
    package: { type: 'string', default: `${repoRoot}package.json` },
    verbose: { type: 'boolean', default: false },
  },
});

try {
  const [released, current, pkg] = await Promise.all([
    bundleSpec(values.released, { dereference: true }),
    bundleSpec(values.current, { dereference: true }),
    readFile(values.package, 'utf8').then(JSON.parse),
  ]);
  const { ok, breaks, summary } = judge(released, current, pkg.version);
  // A pass is quiet: the breaks it accepted are in CHANGELOG.md, and --verbose lists them.
  const lines = ok && !values.verbose ? [summary] : [...breaks, summary];
  (ok ? console.log : console.error)(lines.join('\n'));
  process.exitCode = ok ? 0 : 1;
} catch (error) {
  console.error(`check:breaking: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
