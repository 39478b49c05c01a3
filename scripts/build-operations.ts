// generated/operations.js: the operations as the servers answer them, read from the spec at
// generate time so that the mocks need neither the spec file nor a $ref
// resolver at run time (and run in a browser): each operation's method,
// path and flag, its parameters with a compiled validator, its named
// response examples with their statuses, its test keys, and the fields whose
// dates the mocks move; and the names of the parameters that are secrets.
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { OpenApiDocument } from './spec.ts';

type Node = Record<string, any>;

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  /** A value to keep out of logs: an API key, a `format: password` value. */
  secret: boolean;
  schema: Node;
  example?: unknown;
}

interface Example {
  status: number;
  /** The response it documents: `200`, `default`. */
  response: string;
  value: unknown;
  /** For one whose dates move with the clock, the moment they were written for, and where its dates are. */
  now?: string;
  dates?: string[][];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** The operations of `spec` (dereferenced) as the mocks answer them. */
export function mockOperations(spec: OpenApiDocument) {
  const operations = [];
  for (const [path, item] of Object.entries<Node>(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation !== undefined) operations.push(mockOperation(spec, path, method, item, operation));
    }
  }
  if (operations.length === 0) throw new Error('the spec has no operation for the mocks to answer');
  checkTestKeys(spec, operations);
  return operations;
}

function mockOperation(spec: OpenApiDocument, path: string, method: string, item: Node, operation: Node) {
  const id: string = operation.operationId;
  if (!id) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
  const declared: Node[] = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
  const parameters: Parameter[] = declared.map((parameter) => ({
    name: parameter.name,
    in: parameter.in,
    required: parameter.required === true,
    secret: parameter.schema?.format === 'password',
    schema: withoutAnnotations(parameter.schema ?? {}),
    ...(parameter.example === undefined ? {} : { example: parameter.example }),
  }));
  // The token is a security scheme in the spec; to the mocks, a required query parameter.
  for (const name of apiKeysInQuery(spec, operation))
    parameters.push({ name, in: 'query', required: true, secret: true, schema: { type: 'string', minLength: 1 } });
  // A required query parameter that may be empty is the flag that selects the operation (`?upload`, `?renew`).
  const flag = declared.find((parameter) => parameter.in === 'query' && parameter.required && parameter.allowEmptyValue)?.name ?? null;

  const examples: Record<string, Example> = {};
  for (const [status, response] of Object.entries<Node>(operation.responses ?? {})) {
    for (const [name, example] of Object.entries<Node>(response.content?.['application/json']?.examples ?? {})) {
      const answered = status === 'default' ? example['x-status'] : Number(status);
      if (!Number.isInteger(answered)) throw new Error(`${id}: the default response's example ${name} names no status (x-status)`);
      if (name in examples) throw new Error(`${id}: two response examples are named ${name}`);
      // An example written for a moment of its own has its dates moved to the request's: where they are, by its schema.
      const moving = example['x-mock-now']
        ? { now: example['x-mock-now'], dates: dateTimeFields(response.content['application/json'].schema ?? {}) }
        : {};
      examples[name] = { status: answered, response: status, value: example.value, ...moving };
    }
  }

  // A path parameter's named examples are test keys: each answers the operation's response example of its name, if it has one.
  const testKeys: Record<string, string> = {};
  let testKeyParameter: string | null = null;
  for (const parameter of declared.filter((candidate) => candidate.in === 'path' && candidate.examples)) {
    testKeyParameter = parameter.name;
    for (const [name, example] of Object.entries<Node>(parameter.examples)) if (name in examples) testKeys[example.value] = name;
  }
  return { id, method: method.toUpperCase(), path, flag, parameters, examples, testKeys, testKeyParameter };
}

/** Every test key (a path parameter's named example) must pair with some operation's response example of its name. */
function checkTestKeys(spec: OpenApiDocument, operations: ReturnType<typeof mockOperation>[]): void {
  const paired = new Set(operations.flatMap((operation) => Object.values(operation.testKeys)));
  for (const item of Object.values<Node>(spec.paths ?? {})) {
    const declared: Node[] = [...(item.parameters ?? []), ...METHODS.flatMap((method) => item[method]?.parameters ?? [])];
    for (const parameter of declared.filter((candidate) => candidate.in === 'path' && candidate.examples)) {
      for (const name of Object.keys(parameter.examples)) {
        if (!paired.has(name)) throw new Error(`the ${parameter.name} example ${name} pairs with no response example of that name`);
      }
    }
  }
}

/** The module's text: the operations' data, and a parameter validator per operation compiled by Ajv. */
export function mockContractModule(spec: OpenApiDocument): string {
  const operations = mockOperations(spec);
  // `unicode: false` counts a minLength in code units, which needs no Ajv
  // runtime import (the module stays standalone); Ajv's notice that the option
  // is deprecated is all its logger would say here.
  const quiet = { log() {}, warn() {}, error: console.error };
  const ajv = new (Ajv as unknown as typeof Ajv.default)({
    allErrors: true,
    strict: true,
    coerceTypes: true,
    unicode: false,
    logger: quiet,
    code: { source: true, esm: true },
  });
  ajv.addFormat('password', true);
  for (const operation of operations) {
    ajv.addSchema({
      $id: operation.id,
      type: 'object',
      properties: Object.fromEntries(operation.parameters.map((parameter) => [parameter.name, parameter.schema])),
      required: operation.parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
    });
  }
  const secretParameterNames = [
    ...new Set(operations.flatMap((operation) => operation.parameters.filter((p) => p.secret).map((p) => p.name.toLowerCase()))),
  ];
  const data = (value: unknown) => JSON.stringify(value, null, 2);
  const validators = Object.fromEntries(operations.map((operation) => [`validate_${operation.id}`, operation.id]));
  return [
    '// Generated from spec/ by `npm run generate`. Do not edit.',
    standaloneCode.default(ajv, validators),
    `export const operations = ${data(operations)};`,
    `export const parameterValidators = {${operations.map((operation) => `${JSON.stringify(operation.id)}: validate_${operation.id}`).join(', ')}};`,
    `export const secretParameterNames = ${data(secretParameterNames)};`,
    `export const testKeys = ${data(testKeyList(operations))};`,
    '',
  ].join('\n');
}

/** Every test key, with the operation it belongs to and what it answers, in the spec's order. */
function testKeyList(operations: ReturnType<typeof mockOperation>[]) {
  return operations.flatMap((operation) =>
    Object.entries(operation.testKeys).map(([key, example]) => ({
      key,
      operationId: operation.id,
      example,
      status: operation.examples[example]!.status,
    })),
  );
}

/** The types of operations.js; the test keys as literals, so that a team's code completes them and a typo fails to compile. */
export function mockContractTypes(spec: OpenApiDocument): string {
  const keys = testKeyList(mockOperations(spec))
    .map(
      (entry) =>
        `  { readonly key: ${JSON.stringify(entry.key)}; readonly operationId: ${JSON.stringify(entry.operationId)}; readonly example: ${JSON.stringify(entry.example)}; readonly status: ${entry.status} },`,
    )
    .join('\n');
  return `${operationTypes}/** The documented test keys: a ConfirmKey or FilePath that the mocks answer with the named example of its operation. */
export declare const testKeys: readonly [
${keys}
];
`;
}

const operationTypes = `// Generated from spec/ by \`npm run generate\`. Do not edit.
export interface ParameterViolation {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
/** Checks (and coerces, as a query string is text) a request's parameters, by name. */
export type ParameterValidator = ((values: Record<string, unknown>) => boolean) & { errors?: ParameterViolation[] | null };
export interface ContractParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  secret: boolean;
  schema: { type?: string; enum?: unknown[]; pattern?: string; minLength?: number; format?: string };
  example?: unknown;
}
/** A named response example: the status it is answered with, the response it documents (\`200\`, \`default\`), its body, and for one whose dates move, the moment they were written for and where they are (keys from the body down, \`*\` for every array item). */
export interface ContractExample {
  status: number;
  response: string;
  value: unknown;
  now?: string;
  dates?: string[][];
}
export interface ContractOperation {
  /** The operationId. */
  id: string;
  method: string;
  /** The path as the spec writes it. */
  path: string;
  /** The query flag that selects the operation on its path (\`upload\`, \`renew\`), if any. */
  flag: string | null;
  parameters: ContractParameter[];
  examples: Record<string, ContractExample>;
  /** Test key (a value of the path parameter testKeyParameter) → the response example it is answered with. */
  testKeys: Record<string, string>;
  testKeyParameter: string | null;
}
export declare const operations: ContractOperation[];
export declare const parameterValidators: Record<string, ParameterValidator>;
/** The names of query parameters whose values are secrets (API keys, \`format: password\`), in lower case. */
export declare const secretParameterNames: string[];
`;

/** The query parameter names of the operation's API-key security schemes. */
function apiKeysInQuery(spec: OpenApiDocument, operation: Node): string[] {
  const requirements: Node[] = operation.security ?? spec.security ?? [];
  const schemes = spec.components?.securitySchemes ?? {};
  return [...new Set(requirements.flatMap((requirement) => Object.keys(requirement)))].flatMap((id) => {
    const scheme = schemes[id];
    return scheme?.type === 'apiKey' && scheme.in === 'query' ? [scheme.name as string] : [];
  });
}

/** The schema as the mocks check it: without annotations, and without integer widths (a query's digits are bounded by its `minimum`/`maximum`). */
function withoutAnnotations(schema: Node): Node {
  const { description, example, examples, ...rest } = schema;
  if (rest.format === 'int32' || rest.format === 'int64') delete rest.format;
  return rest;
}

/** Every `format: date-time` field under `schema`, as its keys. */
function dateTimeFields(schema: Node, at: string[] = []): string[][] {
  if (schema.format === 'date-time') return [at];
  const fields = Object.entries<Node>(schema.properties ?? {}).flatMap(([name, property]) => dateTimeFields(property, [...at, name]));
  if (schema.items) fields.push(...dateTimeFields(schema.items, [...at, '*']));
  return fields;
}
