// Edits to a spec for the breaking-change check, each with the lines the check
// must print for it (docs/versioning.md). Edits in one list touch different
// parts of the spec, so that one run of the check on all of them at once
// names each edit's breaks, and nothing else.
import { readFileSync } from 'node:fs';

export type Spec = Record<string, any>;

export interface Case {
  change: string;
  edit: (spec: Spec) => void;
  /** What the check prints for this edit alone, in its order; none for a change that breaks nobody. */
  expected: string[];
}

const readJson = (file: string): Spec => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
export const released = readJson('spec-released/openapi.json');
export const current = readJson('generated/openapi.json');

export const path = '/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}';
export const op = `GET ${path}`;

export const schemas = (spec: Spec) => spec.components.schemas;
export const params = (spec: Spec) => spec.components.parameters;
export const getOp = (spec: Spec) => spec.paths[path].get;

export const dropRequired = (schema: { required: string[] }, name: string) => {
  schema.required = schema.required.filter((field) => field !== name);
};

/** On the released spec: changes to responses, which break readers or the validator. */
export const responseCases: Case[] = [
  {
    change: 'a field removed deep inside uploadPartInfo',
    edit: (spec) => {
      delete schemas(spec).UploadPartInfo.properties.expiration;
      dropRequired(schemas(spec).UploadPartInfo, 'expiration');
    },
    expected: [`${op} response 200 /uploadPartInfo/expiration: removed`],
  },
  {
    change: 'a top-level field removed',
    edit: (spec) => {
      delete schemas(spec).UploadTask.properties.confirmed;
      dropRequired(schemas(spec).UploadTask, 'confirmed');
    },
    expected: [`${op} response 200 /confirmed: removed`],
  },
  {
    change: 'an optional field removed',
    edit: (spec) => delete schemas(spec).UploadTask.properties.uploadId,
    expected: [`${op} response 200 /uploadId: removed`],
  },
  {
    change: 'a field of the parts items renamed',
    edit: (spec) => {
      const part = schemas(spec).UploadPart;
      part.properties.Etag = part.properties.ETag;
      delete part.properties.ETag;
      part.required = part.required.map((name: string) => (name === 'ETag' ? 'Etag' : name));
    },
    expected: [`${op} response 200 /parts[]/ETag: removed`, `${op} response 200 /parts[]/Etag: added as required`],
  },
  {
    change: 'a field type changed from integer to string',
    edit: (spec) => (schemas(spec).UploadTask.properties.availableDomainNum.type = 'string'),
    expected: [`${op} response 200 /availableDomainNum: type changed from integer to string`],
  },
  {
    change: 'the type of array items changed',
    edit: (spec) => (schemas(spec).UploadTask.properties.path.items = { type: 'integer' }),
    expected: [`${op} response 200 /path[]: type changed from string to integer`],
  },
  {
    change: 'the value type of a map changed',
    edit: (spec) => (schemas(spec).UploadPartInfo.properties.headers.additionalProperties = { type: 'integer' }),
    expected: [`${op} response 200 /uploadPartInfo/headers/*: type changed from string to integer`],
  },
  {
    change: 'nullable removed (the service still sends null; the validator would reject it)',
    edit: (spec) => delete schemas(spec).UploadTask.properties.path.nullable,
    expected: [`${op} response 200 /path: no longer nullable`],
  },
  {
    change: 'a field made nullable',
    edit: (spec) => (schemas(spec).UploadTask.properties.type.nullable = true),
    expected: [`${op} response 200 /type: made nullable`],
  },
  {
    change: 'an enum value removed',
    edit: (spec) => {
      const strategy = schemas(spec).UploadTask.properties.conflictResolutionStrategy;
      strategy.enum = strategy.enum.filter((value: string) => value !== 'overwrite');
    },
    expected: [`${op} response 200 /conflictResolutionStrategy: enum value "overwrite" removed`],
  },
  {
    change: 'an enum value added (an exhaustive switch meets an unknown value)',
    edit: (spec) => schemas(spec).UploadTask.properties.conflictResolutionStrategy.enum.push('skip'),
    expected: [`${op} response 200 /conflictResolutionStrategy: enum value "skip" added`],
  },
  {
    change: 'a bound tightened',
    edit: (spec) => (schemas(spec).UploadPart.properties.PartNumber.maximum = 1000),
    expected: [`${op} response 200 /parts[]/PartNumber: maximum changed from 10000 to 1000`],
  },
  {
    change: 'a required field made optional',
    edit: (spec) => dropRequired(schemas(spec).UploadTask, 'force'),
    expected: [`${op} response 200 /force: made optional`],
  },
  {
    change: 'required fields made optional at depth',
    edit: (spec) => {
      dropRequired(schemas(spec).UploadPartInfo, 'headers');
      dropRequired(schemas(spec).UploadPart, 'Size');
    },
    expected: [`${op} response 200 /parts[]/Size: made optional`, `${op} response 200 /uploadPartInfo/headers: made optional`],
  },
  {
    change: 'a new required field',
    edit: (spec) => {
      schemas(spec).UploadTask.properties.checksum = { type: 'string' };
      schemas(spec).UploadTask.required.push('checksum');
    },
    expected: [`${op} response 200 /checksum: added as required`],
  },
  {
    change: 'a field removed from the error body every error status shares',
    edit: (spec) => delete schemas(spec).SmhError.properties.requestId,
    expected: ['400', '403', '404', '429', '500'].map((status) => `${op} response ${status} /requestId: removed`),
  },
  {
    change: 'a response header removed',
    edit: (spec) => delete getOp(spec).responses['200'].headers,
    expected: [`${op} response 200 header X-Request-Id: removed`],
  },
  {
    change: 'a named example removed (the mock serves it on Prefer: example=confirmed)',
    edit: (spec) => delete getOp(spec).responses['200'].content['application/json'].examples.confirmed,
    expected: [`${op} response 200: example confirmed removed`],
  },
  {
    // Last: it moves UploadPart, as the edits above left it, to a new name.
    change: 'a renamed schema breaks the exported components type even when its shape is the same',
    edit: (spec) => {
      schemas(spec).Part = schemas(spec).UploadPart;
      delete schemas(spec).UploadPart;
      schemas(spec).UploadTask.properties.parts.items = { $ref: '#/components/schemas/Part' };
    },
    expected: ['components schemas UploadPart: removed'],
  },
];

/** On the released spec: changes to requests, which break callers. */
export const requestCases: Case[] = [
  {
    change: 'a new required query parameter',
    edit: (spec) => getOp(spec).parameters.push({ name: 'version', in: 'query', required: true, schema: { type: 'string' } }),
    expected: [`${op} query parameter version: added as required`],
  },
  {
    change: 'a new required header',
    edit: (spec) => getOp(spec).parameters.push({ name: 'X-Trace', in: 'header', required: true, schema: { type: 'string' } }),
    expected: [`${op} header parameter X-Trace: added as required`],
  },
  {
    change: 'a new required path parameter on the path item',
    edit: (spec) => spec.paths[path].parameters.push({ name: 'Region', in: 'path', required: true, schema: { type: 'string' } }),
    expected: [`${op} path parameter Region: added as required`],
  },
  {
    change: 'an optional parameter made required',
    edit: (spec) => (params(spec).UserId.required = true),
    expected: [`${op} query parameter user_id: made required`],
  },
  {
    change: 'a parameter removed',
    edit: (spec) => getOp(spec).parameters.splice(2, 1),
    expected: [`${op} query parameter library_secret: removed`],
  },
  {
    change: 'an accepted enum value removed',
    edit: (spec) => (params(spec).InternalDomain.schema.enum = [0]),
    expected: [`${op} query parameter internal_domain: enum value 1 removed`],
  },
  {
    change: 'the empty spelling of the upload flag removed',
    edit: (spec) => (params(spec).UploadFlag.schema.enum = ['1']),
    expected: [`${op} query parameter upload: enum value "" removed`],
  },
  {
    change: 'an enum put on a free parameter',
    edit: (spec) => (params(spec).UserId.schema.enum = ['admin']),
    expected: [`${op} query parameter user_id: enum added (["admin"])`],
  },
  {
    change: 'a pattern added',
    edit: (spec) => (params(spec).UserId.schema.pattern = '^[a-z]+$'),
    expected: [`${op} query parameter user_id: pattern added ("^[a-z]+$")`],
  },
  {
    change: 'a pattern changed',
    edit: (spec) => (params(spec).ConfirmKey.schema.pattern = '^[0-9a-f]{32}$'),
    expected: [`${op} path parameter ConfirmKey: pattern changed from "^(?!\\\\.\\\\.?$)[^/\\\\x00-\\\\x1F\\\\x7F]+$" to "^[0-9a-f]{32}$"`],
  },
  {
    change: 'a length limit added',
    edit: (spec) => (params(spec).UserId.schema.maxLength = 64),
    expected: [`${op} query parameter user_id: maxLength added (64)`],
  },
  {
    change: 'a type narrowed',
    edit: (spec) => (params(spec).UserId.schema.type = 'integer'),
    expected: [`${op} query parameter user_id: type changed from string to integer`],
  },
  {
    change: 'the empty value no longer allowed',
    edit: (spec) => delete params(spec).UploadFlag.allowEmptyValue,
    expected: [`${op} query parameter upload: empty value no longer allowed`],
  },
  {
    change: 'a default changed',
    edit: (spec) => (params(spec).SpaceId.schema.default = 'main'),
    expected: [`${op} path parameter SpaceId: default changed from - to main`],
  },
  {
    change: 'the serialization changed',
    edit: (spec) => (params(spec).UserId.style = 'deepObject'),
    expected: [
      `${op} query parameter user_id: serialization changed from style=form explode=true allowReserved=false` +
        ' to style=deepObject explode=false allowReserved=false',
    ],
  },
  {
    change: 'the access token moved to a header',
    edit: (spec) => (spec.components.securitySchemes.AccessToken.in = 'header'),
    expected: [`${op} security: apiKey access_token in query no longer accepted`],
  },
  {
    change: 'a required request body added',
    edit: (spec) => (getOp(spec).requestBody = { required: true, content: { 'application/json': { schema: { type: 'object' } } } }),
    expected: [`${op} request body: added as required`],
  },
];

/** A change that breaks nobody: the check prints nothing for it. */
export const harmless = (change: string, edit: (spec: Spec) => void): Case => ({ change, edit, expected: [] });

/** On the released spec: changes that break nobody. */
export const harmlessCases: Case[] = [
  harmless('nothing', () => {}),
  harmless('an optional response field added', (spec) => (schemas(spec).UploadTask.properties.checksum = { type: 'string' })),
  harmless('an optional parameter added', (spec) => {
    getOp(spec).parameters.push({ name: 'lang', in: 'query', required: false, schema: { type: 'string' } });
  }),
  harmless('descriptions and summaries edited', (spec) => {
    getOp(spec).description = 'Reworded.';
    getOp(spec).summary = 'Reworded';
    schemas(spec).UploadTask.properties.path.description = 'Reworded.';
    params(spec).UserId.description = 'Reworded.';
    spec.components.responses.NotFound.description = 'Reworded.';
  }),
  harmless('an example added', (spec) => {
    spec.components.examples.renamedOnConfirm = { value: spec.components.examples.confirmed.value };
    const examples = getOp(spec).responses['200'].content['application/json'].examples;
    examples.renamedOnConfirm = { $ref: '#/components/examples/renamedOnConfirm' };
  }),
  harmless("an example's value edited", (spec) => (spec.components.examples.confirmed.value.availableDomainNum = 3)),
  harmless('a status code added', (spec) => (getOp(spec).responses['409'] = { $ref: '#/components/responses/BadRequest' })),
  harmless('a request enum value added', (spec) => params(spec).InternalDomain.schema.enum.push(2)),
  harmless('a request pattern removed', (spec) => delete params(spec).LibraryId.schema.pattern),
  harmless('a required parameter made optional', (spec) => (params(spec).UploadFlag.required = false)),
  harmless("a parameter's default serialization spelled out", (spec) => {
    Object.assign(params(spec).UserId, { style: 'form', explode: true });
  }),
  harmless('a header name written in another case', (spec) => {
    const response = getOp(spec).responses['200'];
    response.headers = { 'x-request-id': response.headers['X-Request-Id'] };
  }),
];
