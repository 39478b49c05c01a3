// The breaking-change check: each kind of break in docs/versioning.md is caught
// and named (where, field, what), harmless edits pass, and the version decides
// whether a break may ship.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { describeChange, findBreakingChanges, type OpenApiDocument } from '../../scripts/breaking-changes.ts';
import { checkRelease, compatibilityLine, nextBreakingVersion } from '../../scripts/check-breaking.ts';
import { command as runCommand } from '../support/command.ts';

const readJson = async (path: string) => JSON.parse(await readFile(new URL(`../../${path}`, import.meta.url), 'utf8'));
const released: OpenApiDocument = await readJson('spec-released/openapi.json');
const path = '/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}';
const op = `GET ${path}`;

const schemas = (spec: OpenApiDocument) => spec.components.schemas;
const params = (spec: OpenApiDocument) => spec.components.parameters;
const getOp = (spec: OpenApiDocument) => spec.paths[path].get;

/** The released spec after `edit`. */
function edited(edit: (spec: OpenApiDocument) => void, from: OpenApiDocument = released): OpenApiDocument {
  const spec = structuredClone(from);
  edit(spec);
  return spec;
}

/** The lines the check prints for the released spec changed by `edit`. */
function breaks(edit: (spec: OpenApiDocument) => void): string[] {
  return findBreakingChanges(released, edited(edit)).map(describeChange);
}

const dropRequired = (schema: { required: string[] }, name: string) => {
  schema.required = schema.required.filter((field) => field !== name);
};

describe('response changes that break readers or the validator', () => {
  test.each([
    {
      change: 'a field removed deep inside uploadPartInfo',
      edit: (spec: OpenApiDocument) => {
        delete schemas(spec).UploadPartInfo.properties.expiration;
        dropRequired(schemas(spec).UploadPartInfo, 'expiration');
      },
      expected: [`${op} response 200 /uploadPartInfo/expiration: removed`],
    },
    {
      change: 'a top-level field removed',
      edit: (spec: OpenApiDocument) => {
        delete schemas(spec).UploadTask.properties.confirmed;
        dropRequired(schemas(spec).UploadTask, 'confirmed');
      },
      expected: [`${op} response 200 /confirmed: removed`],
    },
    {
      change: 'an optional field removed',
      edit: (spec: OpenApiDocument) => delete schemas(spec).UploadTask.properties.uploadId,
      expected: [`${op} response 200 /uploadId: removed`],
    },
    {
      change: 'a field of the parts items renamed',
      edit: (spec: OpenApiDocument) => {
        const part = schemas(spec).UploadPart;
        part.properties.Etag = part.properties.ETag;
        delete part.properties.ETag;
        part.required = part.required.map((name: string) => (name === 'ETag' ? 'Etag' : name));
      },
      expected: [`${op} response 200 /parts[]/ETag: removed`, `${op} response 200 /parts[]/Etag: added as required`],
    },
    {
      change: 'a field type changed from integer to string',
      edit: (spec: OpenApiDocument) => (schemas(spec).UploadTask.properties.availableDomainNum.type = 'string'),
      expected: [`${op} response 200 /availableDomainNum: type changed from integer to string`],
    },
    {
      change: 'the type of array items changed',
      edit: (spec: OpenApiDocument) => (schemas(spec).UploadTask.properties.path.items = { type: 'integer' }),
      expected: [`${op} response 200 /path[]: type changed from string to integer`],
    },
    {
      change: 'the value type of a map changed',
      edit: (spec: OpenApiDocument) => (schemas(spec).UploadPartInfo.properties.headers.additionalProperties = { type: 'integer' }),
      expected: [`${op} response 200 /uploadPartInfo/headers/*: type changed from string to integer`],
    },
    {
      change: 'nullable removed (the service still sends null; the validator would reject it)',
      edit: (spec: OpenApiDocument) => delete schemas(spec).UploadTask.properties.path.nullable,
      expected: [`${op} response 200 /path: no longer nullable`],
    },
    {
      change: 'a field made nullable',
      edit: (spec: OpenApiDocument) => (schemas(spec).UploadTask.properties.type.nullable = true),
      expected: [`${op} response 200 /type: made nullable`],
    },
    {
      change: 'an enum value added (an exhaustive switch meets an unknown value)',
      edit: (spec: OpenApiDocument) => schemas(spec).UploadTask.properties.conflictResolutionStrategy.enum.push('skip'),
      expected: [`${op} response 200 /conflictResolutionStrategy: enum value "skip" added`],
    },
    {
      change: 'an enum value removed',
      edit: (spec: OpenApiDocument) => schemas(spec).UploadTask.properties.conflictResolutionStrategy.enum.pop(),
      expected: [`${op} response 200 /conflictResolutionStrategy: enum value "overwrite" removed`],
    },
    {
      change: 'a bound tightened',
      edit: (spec: OpenApiDocument) => (schemas(spec).UploadPart.properties.PartNumber.maximum = 1000),
      expected: [`${op} response 200 /parts[]/PartNumber: maximum changed from 10000 to 1000`],
    },
    {
      change: 'a required field made optional',
      edit: (spec: OpenApiDocument) => dropRequired(schemas(spec).UploadTask, 'force'),
      expected: [`${op} response 200 /force: made optional`],
    },
    {
      change: 'required fields made optional at depth',
      edit: (spec: OpenApiDocument) => {
        dropRequired(schemas(spec).UploadPartInfo, 'headers');
        dropRequired(schemas(spec).UploadPart, 'Size');
      },
      expected: [`${op} response 200 /parts[]/Size: made optional`, `${op} response 200 /uploadPartInfo/headers: made optional`],
    },
    {
      change: 'an optional field made required',
      edit: (spec: OpenApiDocument) => schemas(spec).UploadTask.required.push('uploadId'),
      expected: [`${op} response 200 /uploadId: made required`],
    },
    {
      change: 'a new required field',
      edit: (spec: OpenApiDocument) => {
        schemas(spec).UploadTask.properties.checksum = { type: 'string' };
        schemas(spec).UploadTask.required.push('checksum');
      },
      expected: [`${op} response 200 /checksum: added as required`],
    },
    {
      change: 'a field removed from the error body every error status shares',
      edit: (spec: OpenApiDocument) => {
        delete schemas(spec).SmhError.properties.requestId;
      },
      expected: ['400', '403', '404', '429', '500'].map((status) => `${op} response ${status} /requestId: removed`),
    },
    {
      change: 'a response header removed',
      edit: (spec: OpenApiDocument) => delete getOp(spec).responses['200'].headers,
      expected: [`${op} response 200 header X-Request-Id: removed`],
    },
    {
      change: 'a status code removed',
      edit: (spec: OpenApiDocument) => delete getOp(spec).responses['404'],
      expected: [`${op} response 404: removed`],
    },
    {
      change: 'a media type removed',
      edit: (spec: OpenApiDocument) => {
        const responses = getOp(spec).responses['200'];
        responses.content = { 'application/xml': responses.content['application/json'] };
      },
      expected: [`${op} response 200: media type application/json removed`],
    },
    {
      change: 'a named example removed (the mock serves it on Prefer: example=confirmed)',
      edit: (spec: OpenApiDocument) => delete getOp(spec).responses['200'].content['application/json'].examples.confirmed,
      expected: [`${op} response 200: example confirmed removed`],
    },
  ])('$change', ({ edit, expected }) => {
    expect(breaks(edit)).toEqual(expected);
  });
});

describe('request changes that break callers', () => {
  test.each([
    {
      change: 'a new required query parameter',
      edit: (spec: OpenApiDocument) => getOp(spec).parameters.push({ name: 'version', in: 'query', required: true, schema: { type: 'string' } }),
      expected: [`${op} query parameter version: added as required`],
    },
    {
      change: 'a new required header',
      edit: (spec: OpenApiDocument) => getOp(spec).parameters.push({ name: 'X-Trace', in: 'header', required: true, schema: { type: 'string' } }),
      expected: [`${op} header parameter X-Trace: added as required`],
    },
    {
      change: 'a new required path parameter on the path item',
      edit: (spec: OpenApiDocument) => spec.paths[path].parameters.push({ name: 'Region', in: 'path', required: true, schema: { type: 'string' } }),
      expected: [`${op} path parameter Region: added as required`],
    },
    {
      change: 'an optional parameter made required',
      edit: (spec: OpenApiDocument) => (params(spec).UserId.required = true),
      expected: [`${op} query parameter user_id: made required`],
    },
    {
      change: 'a parameter removed',
      edit: (spec: OpenApiDocument) => getOp(spec).parameters.splice(2, 1),
      expected: [`${op} query parameter library_secret: removed`],
    },
    {
      change: 'a parameter renamed',
      edit: (spec: OpenApiDocument) => (params(spec).UserId.name = 'userId'),
      expected: [`${op} query parameter user_id: removed`],
    },
    {
      change: 'an accepted enum value removed',
      edit: (spec: OpenApiDocument) => (params(spec).InternalDomain.schema.enum = [0]),
      expected: [`${op} query parameter internal_domain: enum value 1 removed`],
    },
    {
      change: 'the empty spelling of the upload flag removed',
      edit: (spec: OpenApiDocument) => (params(spec).UploadFlag.schema.enum = ['1']),
      expected: [`${op} query parameter upload: enum value "" removed`],
    },
    {
      change: 'an enum put on a free parameter',
      edit: (spec: OpenApiDocument) => (params(spec).UserId.schema.enum = ['admin']),
      expected: [`${op} query parameter user_id: enum added (["admin"])`],
    },
    {
      change: 'a pattern added',
      edit: (spec: OpenApiDocument) => (params(spec).UserId.schema.pattern = '^[a-z]+$'),
      expected: [`${op} query parameter user_id: pattern added ("^[a-z]+$")`],
    },
    {
      change: 'a pattern changed',
      edit: (spec: OpenApiDocument) => (params(spec).ConfirmKey.schema.pattern = '^[0-9a-f]{32}$'),
      expected: [`${op} path parameter ConfirmKey: pattern changed from "^(?!\\\\.\\\\.?$)[^/\\\\x00-\\\\x1F\\\\x7F]+$" to "^[0-9a-f]{32}$"`],
    },
    {
      change: 'a length limit added',
      edit: (spec: OpenApiDocument) => (params(spec).UserId.schema.maxLength = 64),
      expected: [`${op} query parameter user_id: maxLength added (64)`],
    },
    {
      change: 'a type narrowed',
      edit: (spec: OpenApiDocument) => (params(spec).UserId.schema.type = 'integer'),
      expected: [`${op} query parameter user_id: type changed from string to integer`],
    },
    {
      change: 'the empty value no longer allowed',
      edit: (spec: OpenApiDocument) => delete params(spec).UploadFlag.allowEmptyValue,
      expected: [`${op} query parameter upload: empty value no longer allowed`],
    },
    {
      change: 'a default changed',
      edit: (spec: OpenApiDocument) => (params(spec).SpaceId.schema.default = 'main'),
      expected: [`${op} path parameter SpaceId: default changed from - to main`],
    },
    {
      change: 'the serialization changed',
      edit: (spec: OpenApiDocument) => (params(spec).UserId.style = 'deepObject'),
      expected: [`${op} query parameter user_id: serialization changed from style=form explode=true allowReserved=false to style=deepObject explode=false allowReserved=false`],
    },
    {
      change: 'the access token moved to a header',
      edit: (spec: OpenApiDocument) => (spec.components.securitySchemes.AccessToken.in = 'header'),
      expected: [`${op} security: apiKey access_token in query no longer accepted`],
    },
    {
      change: 'a required request body added',
      edit: (spec: OpenApiDocument) => (getOp(spec).requestBody = { required: true, content: { 'application/json': { schema: { type: 'object' } } } }),
      expected: [`${op} request body: added as required`],
    },
  ])('$change', ({ edit, expected }) => {
    expect(breaks(edit)).toEqual(expected);
  });
});

describe('changes to what the package exports by name', () => {
  test('a removed operation is named', () => {
    expect(breaks((spec) => delete spec.paths[path].get)).toEqual([`${op}: removed`]);
  });

  test('a renamed schema breaks the exported components type even when its shape is the same', () => {
    const renamed = breaks((spec) => {
      schemas(spec).Part = schemas(spec).UploadPart;
      delete schemas(spec).UploadPart;
      schemas(spec).UploadTask.properties.parts.items = { $ref: '#/components/schemas/Part' };
    });
    expect(renamed).toEqual(['components schemas UploadPart: removed']);
  });

  test('a changed operationId is named', () => {
    expect(breaks((spec) => (getOp(spec).operationId = 'getTask'))).toEqual([`${op} operationId: changed from getUploadTask to getTask`]);
  });
});

describe('changes that break nobody pass', () => {
  test.each([
    { change: 'nothing', edit: () => {} },
    { change: 'an optional response field added', edit: (spec: OpenApiDocument) => (schemas(spec).UploadTask.properties.checksum = { type: 'string' }) },
    {
      change: 'an optional parameter added',
      edit: (spec: OpenApiDocument) => getOp(spec).parameters.push({ name: 'lang', in: 'query', required: false, schema: { type: 'string' } }),
    },
    {
      change: 'descriptions and summaries edited',
      edit: (spec: OpenApiDocument) => {
        getOp(spec).description = 'Reworded.';
        getOp(spec).summary = 'Reworded';
        schemas(spec).UploadTask.properties.path.description = 'Reworded.';
        params(spec).UserId.description = 'Reworded.';
        spec.components.responses.NotFound.description = 'Reworded.';
      },
    },
    {
      change: 'an example added',
      edit: (spec: OpenApiDocument) => {
        spec.components.examples.renamedOnConfirm = { value: spec.components.examples.confirmed.value };
        getOp(spec).responses['200'].content['application/json'].examples.renamedOnConfirm = { $ref: '#/components/examples/renamedOnConfirm' };
      },
    },
    { change: "an example's value edited", edit: (spec: OpenApiDocument) => (spec.components.examples.confirmed.value.availableDomainNum = 3) },
    { change: 'a status code added', edit: (spec: OpenApiDocument) => (getOp(spec).responses['409'] = { $ref: '#/components/responses/BadRequest' }) },
    { change: 'a request enum value added', edit: (spec: OpenApiDocument) => params(spec).InternalDomain.schema.enum.push(2) },
    { change: 'a request pattern removed', edit: (spec: OpenApiDocument) => delete params(spec).LibraryId.schema.pattern },
    { change: 'a required parameter made optional', edit: (spec: OpenApiDocument) => (params(spec).UploadFlag.required = false) },
    { change: "a parameter's default serialization spelled out", edit: (spec: OpenApiDocument) => Object.assign(params(spec).UserId, { style: 'form', explode: true }) },
    {
      change: 'a header name written in another case',
      edit: (spec: OpenApiDocument) => {
        const response = getOp(spec).responses['200'];
        response.headers = { 'x-request-id': response.headers['X-Request-Id'] };
      },
    },
  ])('$change', ({ edit }) => {
    expect(breaks(edit)).toEqual([]);
  });
});

describe('against the current spec: test keys and open sets', () => {
  const current: OpenApiDocument = JSON.parse(readFileSync(new URL('../../generated/openapi.json', import.meta.url), 'utf8'));
  const breaksCurrent = (edit: (spec: OpenApiDocument) => void) => findBreakingChanges(current, edited(edit, current)).map(describeChange);
  const keys = (spec: OpenApiDocument) => params(spec).ConfirmKey.examples;

  test.each([
    { change: 'a test key removed', edit: (spec: OpenApiDocument) => delete keys(spec).confirmed, expected: [`${op} path parameter ConfirmKey: example confirmed removed`] },
    {
      change: 'a test key changed',
      edit: (spec: OpenApiDocument) => (keys(spec).UploadNotFound.value = 'not-found'),
      expected: [`${op} path parameter ConfirmKey: example UploadNotFound changed from example-UploadNotFound to not-found`],
    },
  ])('$change breaks consumers that hard-code it', ({ edit, expected }) => {
    expect(breaksCurrent(edit)).toEqual(expected);
  });

  test.each([
    { change: 'a test key added', edit: (spec: OpenApiDocument) => (keys(spec).later = { value: 'example-later' }) },
    { change: 'a known value added to an open set', edit: (spec: OpenApiDocument) => schemas(spec).UploadTask.properties.conflictResolutionStrategy['x-extensible-enum'].push('merge') },
  ])('$change breaks nobody', ({ edit }) => {
    expect(breaksCurrent(edit)).toEqual([]);
  });
});

describe('schema structure', () => {
  test('alternatives in anyOf are compared one by one', () => {
    const before = edited((spec) => (params(spec).UserId.schema = { anyOf: [{ type: 'string' }, { type: 'integer' }] }));
    const after = edited((spec) => (params(spec).UserId.schema.anyOf[1].enum = [1]), before);
    expect(findBreakingChanges(before, after).map(describeChange)).toEqual([`${op} query parameter user_id /anyOf/1: enum added ([1])`]);
  });

  test('a recursive schema is compared without looping', () => {
    const recursive = edited((spec) => {
      schemas(spec).UploadPart.properties.children = { type: 'array', items: { $ref: '#/components/schemas/UploadPart' } };
    });
    expect(findBreakingChanges(recursive, structuredClone(recursive))).toEqual([]);
    const changed = edited((spec) => (schemas(spec).UploadPart.properties.Size.type = 'string'), recursive);
    expect(findBreakingChanges(recursive, changed).map(describeChange)).toEqual([`${op} response 200 /parts[]/Size: type changed from integer to string`]);
  });
});

describe('the version decides whether a break may ship', () => {
  const broken = (version: string) => edited((spec) => {
    spec.info.version = version;
    dropRequired(schemas(spec).UploadTask, 'force');
  });

  test('below 1.0.0 the minor is the compatibility line; from 1.0.0 the major', () => {
    expect(['0.1.0', '0.1.7', '0.2.0', '1.0.0', '1.9.3', '0.0.3'].map(compatibilityLine)).toEqual(['0.1', '0.1', '0.2', '1', '1', '0.0.3']);
    expect(['0.1.0', '1.4.2', '0.0.3'].map(nextBreakingVersion)).toEqual(['0.2.0', '2.0.0', '0.0.4']);
  });

  test('a break on the same line fails and says which version to move to', () => {
    const result = checkRelease({ released, current: broken('0.1.1'), packageVersion: '0.1.1' });
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual([
      `${op} response 200 /force: made optional`,
      '1 breaking change since 0.1.0 without a major version change (still 0.1.1): undo them, or bump the version to 0.2.0 and list them in CHANGELOG.md',
    ]);
  });

  test.each(['0.2.0', '1.0.0'])('a break passes when the version moves to %s', (version) => {
    const result = checkRelease({ released, current: broken(version), packageVersion: version });
    expect(result.ok).toBe(true);
    expect(result.lines.at(-1)).toBe(`1 breaking change since 0.1.0, allowed: ${version} starts a new major version`);
  });

  test("package.json's version and the spec's info.version must agree", () => {
    const result = checkRelease({ released, current: edited((spec) => (spec.info.version = '0.2.0')), packageVersion: '0.1.0' });
    expect(result).toEqual({ ok: false, lines: ["package.json version 0.1.0 and the spec's info.version 0.2.0 differ: keep them equal"] });
  });

  test('a version older than the release fails', () => {
    const result = checkRelease({ released: edited((spec) => (spec.info.version = '0.3.0')), current: released, packageVersion: '0.1.0' });
    expect(result).toEqual({ ok: false, lines: ['version 0.1.0 is older than the released 0.3.0'] });
  });

  test('the current spec and version are compatible with the last release', async () => {
    const [current, pkg] = await Promise.all([readJson('generated/openapi.json'), readJson('package.json')]);
    const result = checkRelease({ released, current, packageVersion: pkg.version });
    expect(result.lines.join('\n')).not.toMatch(/without a major version change|differ|older/);
    expect(result.ok).toBe(true);
  });

  test('the released spec and the package version each have a CHANGELOG entry', async () => {
    const changelog = await readFile(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');
    const pkg = await readJson('package.json');
    for (const version of new Set([released.info.version, pkg.version])) {
      expect(changelog).toMatch(new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\]`, 'm'));
    }
  });
});

describe('the command', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  const command = (args: string[]) => runCommand(process.execPath, ['--import', 'tsx', 'scripts/check-breaking.ts', ...args]);

  test('exits 1 and prints each break when the version did not move', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'smh-breaking-'));
    dirs.push(dir);
    const current = join(dir, 'openapi.json');
    const pkg = join(dir, 'package.json');
    const twoBreaks = edited((spec) => {
      delete schemas(spec).UploadPartInfo.properties.expiration;
      dropRequired(schemas(spec).UploadPartInfo, 'expiration');
      dropRequired(schemas(spec).UploadTask, 'force');
    });
    await writeFile(current, JSON.stringify(twoBreaks));
    await writeFile(pkg, JSON.stringify({ version: released.info.version }));
    const { code, output } = await command(['--current', current, '--package', pkg]);
    expect(code).toBe(1);
    expect(output).toContain(`${op} response 200 /uploadPartInfo/expiration: removed`);
    expect(output).toContain(`${op} response 200 /force: made optional`);
    expect(output).toContain('2 breaking changes since 0.1.0 without a major version change');
  });
});
