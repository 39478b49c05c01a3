// validateUploadTask: the 200 body's schema, compiled from the spec, with
// pointers to what is wrong and room for fields the contract does not know.
import { describe, expect, test } from 'vitest';
import { violationsOf } from '../../src/contract/validate.ts';
import { validateUploadTask } from '../../src/index.ts';
import { example } from '../support/spec.ts';

const multipart = example('multipartInProgress');
const int32 = 'an integer of format int32';
const notDateTime = (field: string, text: string) => `${field}: expected a date-time string, got ${JSON.stringify(text)}`;

/** A deep copy of the multipart example with `change` applied. */
function variant(change: (body: any) => void): unknown {
  const body = structuredClone(multipart);
  change(body);
  return body;
}

function errorsOf(value: unknown) {
  const result = validateUploadTask(value);
  if (result.valid) throw new Error('expected the body to be invalid');
  return result.errors;
}

describe('valid bodies', () => {
  test('a valid body comes back typed, unchanged', () => {
    expect(validateUploadTask(multipart)).toEqual({ valid: true, value: multipart });
  });

  test.each([
    [
      'path: null (a parent directory was deleted)',
      (b: any) => {
        b.path = null;
      },
    ],
    [
      'no multipart fields (a simple upload)',
      (b: any) => {
        delete b.uploadId;
        delete b.parts;
        delete b.uploadPartInfo;
      },
    ],
    [
      'a type the contract does not list',
      (b: any) => {
        b.type = 'symlink';
      },
    ],
    [
      'a part larger than 4 GiB',
      (b: any) => {
        b.parts[0].Size = 5 * 2 ** 30;
      },
    ],
    [
      'no parts stored yet',
      (b: any) => {
        b.parts = [];
      },
    ],
    [
      'a date-time with an offset and no fraction',
      (b: any) => {
        b.creationTime = '2021-02-01T16:15:58+08:00';
      },
    ],
    [
      'a leap day',
      (b: any) => {
        b.creationTime = '2024-02-29T00:00:00Z';
      },
    ],
    [
      'the largest int32',
      (b: any) => {
        b.availableDomainNum = 2 ** 31 - 1;
      },
    ],
    [
      'unknown fields at every level',
      (b: any) => {
        b.newField = 1;
        b.parts[0].Checksum = 'x';
        b.uploadPartInfo.region = 'ap-beijing';
        b.uploadPartInfo.headers['x-cos-acl'] = 'private';
      },
    ],
  ])('%s is valid', (_name, change) => {
    expect(validateUploadTask(variant(change))).toMatchObject({ valid: true });
  });
});

describe('invalid bodies name the field', () => {
  test.each([
    ['confirmed', (b: any) => delete b.confirmed],
    ['path', (b: any) => delete b.path],
    ['availableDomainNum', (b: any) => delete b.availableDomainNum],
  ])('a missing %s points at it', (field, change) => {
    expect(errorsOf(variant(change))).toEqual([{ path: `/${field}`, message: `${field}: is required but missing` }]);
  });

  test.each([
    [
      '/availableDomainNum',
      (b: any) => {
        b.availableDomainNum = '1';
      },
      'availableDomainNum: expected integer, got string',
    ],
    [
      '/availableDomainNum',
      (b: any) => {
        b.availableDomainNum = 1.5;
      },
      'availableDomainNum: expected integer, got number',
    ],
    [
      '/confirmed',
      (b: any) => {
        b.confirmed = 'false';
      },
      'confirmed: expected boolean, got string',
    ],
    [
      '/path',
      (b: any) => {
        b.path = 'foo/bar/DCIM001.mp4';
      },
      'path: expected array, got string',
    ],
    [
      '/path/1',
      (b: any) => {
        b.path[1] = 2;
      },
      'path.1: expected string, got integer',
    ],
    [
      '/uploadPartInfo',
      (b: any) => {
        b.uploadPartInfo = [b.uploadPartInfo];
      },
      'uploadPartInfo: expected object, got array',
    ],
    [
      '/creationTime',
      (b: any) => {
        b.creationTime = '2021-02-30T08:15:58.000Z';
      },
      'creationTime: expected a date-time string, got "2021-02-30T08:15:58.000Z"',
    ],
    [
      '/creationTime',
      (b: any) => {
        b.creationTime = 'yesterday';
      },
      'creationTime: expected a date-time string, got "yesterday"',
    ],
    [
      '/parts/1/LastModified',
      (b: any) => {
        b.parts[1].LastModified = '2021-02-01 08:16:05';
      },
      'parts.1.LastModified: expected a date-time string, got "2021-02-01 08:16:05"',
    ],
    [
      '/parts/0/Size',
      (b: any) => {
        b.parts[0].Size = '1048576';
      },
      'parts.0.Size: expected integer, got string',
    ],
    ['/parts/0/PartNumber', (b: any) => delete b.parts[0].PartNumber, 'parts.0.PartNumber: is required but missing'],
    ['/uploadPartInfo/expiration', (b: any) => delete b.uploadPartInfo.expiration, 'uploadPartInfo.expiration: is required but missing'],
    [
      '/uploadPartInfo/headers/Authorization',
      (b: any) => {
        b.uploadPartInfo.headers.Authorization = 1;
      },
      'uploadPartInfo.headers.Authorization: expected string, got integer',
    ],
    [
      '/conflictResolutionStrategy',
      (b: any) => {
        b.conflictResolutionStrategy = 3;
      },
      'conflictResolutionStrategy: expected string, got integer',
    ],
    [
      '/parts/0/Size',
      (b: any) => {
        b.parts[0].Size = 5368709121;
      },
      'parts.0.Size: must be <= 5368709120',
    ],
    [
      '/uploadPartInfo/headers/x~1cos~0meta',
      (b: any) => {
        b.uploadPartInfo.headers['x/cos~meta'] = 7;
      },
      'uploadPartInfo.headers.x~1cos~0meta: expected string, got integer',
    ],
    [
      '/availableDomainNum',
      (b: any) => {
        b.availableDomainNum = 9e18;
      },
      `availableDomainNum: expected ${int32}, got 9000000000000000000`,
    ],
    [
      '/availableDomainNum',
      (b: any) => {
        b.availableDomainNum = 2 ** 31;
      },
      `availableDomainNum: expected ${int32}, got 2147483648`,
    ],
    // No offset: the moment would depend on the reader's time zone.
    [
      '/creationTime',
      (b: any) => {
        b.creationTime = '2021-02-01T08:15:58';
      },
      notDateTime('creationTime', '2021-02-01T08:15:58'),
    ],
    [
      '/creationTime',
      (b: any) => {
        b.creationTime = '2016-12-31T23:59:60Z';
      },
      notDateTime('creationTime', '2016-12-31T23:59:60Z'),
    ],
    [
      '/uploadPartInfo/expiration',
      (b: any) => {
        b.uploadPartInfo.expiration = '2099';
      },
      notDateTime('uploadPartInfo.expiration', '2099'),
    ],
  ])('%s', (path, change, message) => {
    expect(errorsOf(variant(change))).toEqual([{ path, message }]);
  });

  test('values of open sets the contract does not list yet are valid: a new strategy, a new type', () => {
    const later = variant((b) => {
      b.conflictResolutionStrategy = 'merge';
      b.type = 'album';
    });
    expect(validateUploadTask(later)).toEqual({ valid: true, value: later });
  });

  test('a part number past int32 breaks both its maximum and its format', () => {
    const errors = errorsOf(
      variant((b) => {
        b.parts[0].PartNumber = 9e18;
      }),
    );
    expect(errors).toEqual([
      { path: '/parts/0/PartNumber', message: 'parts.0.PartNumber: must be <= 10000' },
      { path: '/parts/0/PartNumber', message: `parts.0.PartNumber: expected ${int32}, got 9000000000000000000` },
    ]);
  });

  test('an object whose fields are all inherited has none of them: no JSON body is such an object', () => {
    const result = validateUploadTask(Object.create(example('confirmed')));
    expect(result.valid).toBe(false);
    expect(!result.valid && result.errors.map((error) => error.path)).toEqual([
      '/confirmed',
      '/path',
      '/type',
      '/creationTime',
      '/conflictResolutionStrategy',
      '/force',
      '/availableDomainNum',
    ]);
  });

  test('every problem is reported, not only the first', () => {
    const errors = errorsOf(
      variant((b) => {
        b.force = 0;
        delete b.type;
        b.parts[0].ETag = null;
      }),
    );
    expect(errors.map((error) => error.path).sort()).toEqual(['/force', '/parts/0/ETag', '/type']);
  });

  test.each([
    [null, 'null'],
    ['text', 'string'],
    [42, 'integer'],
    [[], 'array'],
  ])('a body that is not an object (%j) is invalid at the root, named "the body"', (value, kind) => {
    expect(errorsOf(value)).toEqual([{ path: '', message: `the body: expected object, got ${kind}` }]);
  });
});

// No required name in today's spec has a / or a ~; a later one may: the validator's errors as Ajv reports such a name.
test('a missing property whose name has / or ~ is pointed at with RFC 6901 escapes (~1 and ~0)', () => {
  const error = { keyword: 'required', instancePath: '/uploadPartInfo', params: { missingProperty: 'x-cos/meta~1' } };
  expect(violationsOf([error], {})).toEqual([
    { path: '/uploadPartInfo/x-cos~1meta~01', message: 'uploadPartInfo.x-cos~1meta~01: is required but missing' },
  ]);
});
