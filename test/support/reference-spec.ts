// What the API reference page must show, read from the spec it documents:
// the operation, its API keys, parameters and examples, response fields and
// error codes. Page checks take their expectations from here, so they follow
// the spec when it changes.

type SecurityRequirement = Record<string, string[]>;
type SecurityScheme = { type?: string; name?: string; in?: string; description?: string };

/** What the page checks read from the spec. */
export type ReferenceSpec = {
  paths: Record<string, Record<string, any>>;
  security?: SecurityRequirement[];
  components?: { securitySchemes?: Record<string, SecurityScheme>; [section: string]: any };
};

/** One operation of the document, with the path item and method it sits under. */
export type Operation = { path: string; method: string; item: Record<string, any>; operation: Record<string, any> };

/** An API key the operation needs: the scheme's id, the parameter's name, where it goes, and why. */
export type ApiKey = { scheme: string; name: string; in: string; description: string };

export type Schema = { $ref?: string; type?: string; properties?: Record<string, Schema>; items?: Schema };
/** A field and the fields nested in it (through an object or an array of objects). */
export type Field = { name: string; children: Field[] };
export type Example = { value?: unknown; summary?: string; $ref?: string };
export type Parameter = { name: string; in: string; example?: unknown; examples?: Record<string, Example> };

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The document's only operation: the page and its checks are about one endpoint. */
export function onlyOperation(spec: ReferenceSpec): Operation {
  const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => methods.includes(key))
      .map((method) => ({ path, method, item, operation: item[method] })),
  );
  if (operations.length !== 1) throw new Error(`expected one operation in the spec, found ${operations.length}`);
  return operations[0]!;
}

/** The API-key schemes an operation's security requirements name: its own, else the document's. */
export function apiKeysOf(spec: ReferenceSpec, operation: { security?: SecurityRequirement[] }): ApiKey[] {
  const requirements = operation.security ?? spec.security ?? [];
  const ids = [...new Set(requirements.flatMap((requirement) => Object.keys(requirement)))];
  return ids.flatMap((id) => {
    const scheme = spec.components?.securitySchemes?.[id];
    if (scheme?.type !== 'apiKey' || !scheme.name || !scheme.in) return [];
    return [{ scheme: id, name: scheme.name, in: scheme.in, description: scheme.description ?? '' }];
  });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The node a local `$ref` (or a chain of them) points at; the node itself when it is no reference. */
export function deref<T>(spec: ReferenceSpec, node: T & { $ref?: string }): T {
  let current: any = node;
  while (current?.$ref) {
    current = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((at: any, key: string) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  return current;
}

export function fieldsOf(spec: ReferenceSpec, schema: Schema): Field[] {
  const resolved = deref(spec, schema);
  const object = resolved.type === 'array' && resolved.items ? deref(spec, resolved.items) : resolved;
  return Object.entries(object.properties ?? {}).map(([name, child]) => ({ name, children: fieldsOf(spec, child) }));
}

export function fieldPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((f) => [prefix + f.name, ...fieldPaths(f.children, `${prefix}${f.name}.`)]);
}

/** The schema of a response's JSON body, as written (a `$ref` stays one). */
export function jsonSchemaOf(spec: ReferenceSpec, response: any): Schema {
  return deref(spec, response).content['application/json'].schema;
}

/** The statuses the operation documents as errors: 4xx, 5xx and `default`. */
export function errorStatusesOf(operation: Operation): string[] {
  return Object.keys(operation.operation.responses).filter((status) => status === 'default' || Number(status) >= 400);
}

/** The one named schema every error status's body uses: its name and its fields. */
export function errorBodyOf(spec: ReferenceSpec, operation: Operation): { name: string; fields: Field[] } {
  const schemas = errorStatusesOf(operation).map((status) => jsonSchemaOf(spec, operation.operation.responses[status]));
  const refs = [...new Set(schemas.map((schema) => schema.$ref))];
  if (refs.length !== 1 || !refs[0]?.startsWith('#/components/schemas/')) {
    throw new Error(`expected every error status to use one named body schema, found ${refs.join(', ')}`);
  }
  return { name: refs[0].split('/').pop()!, fields: fieldsOf(spec, schemas[0]!) };
}

/** Error codes a response documents: those named in its description, and its named examples. */
export function errorCodesOf(spec: ReferenceSpec, response: any): string[] {
  const resolved = deref<any>(spec, response);
  const named = [...String(resolved.description).matchAll(/`([A-Z][A-Za-z]+)`/g)].map((m) => m[1]!);
  const examples = Object.keys(resolved.content?.['application/json']?.examples ?? {});
  return [...new Set([...named, ...examples])];
}

/** The operation's parameters: the path item's, with the operation's own replacing any of the same name and place. */
export function parametersOf(spec: ReferenceSpec, op: Operation): Parameter[] {
  const all = [...(op.item.parameters ?? []), ...(op.operation.parameters ?? [])].map((p) => deref<Parameter>(spec, p));
  return [...new Map(all.map((p) => [`${p.in} ${p.name}`, p])).values()];
}

/** A parameter's documented values, as the page prints them: its `example`, and every value of its `examples`. */
export function exampleValuesOf(spec: ReferenceSpec, parameter: Parameter): string[] {
  const values = [
    ...('example' in parameter ? [parameter.example] : []),
    ...Object.values(parameter.examples ?? {})
      .map((example) => deref(spec, example))
      .filter((example) => 'value' in example)
      .map((example) => example.value),
  ];
  return values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
}

/** The first words of a Markdown description, as the page prints them. */
export function openingWords(markdown: string): string {
  const plain = markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '');
  return plain.split(/\s+/).filter(Boolean).slice(0, 6).join(' ');
}

/** A copy of the spec with one parameter's examples given as named `examples`, the shape the mocks' test keys use. */
export function withNamedExamples(source: ReferenceSpec): { copy: ReferenceSpec; parameter: Parameter } {
  const copy = structuredClone(source);
  const parameters = parametersOf(copy, onlyOperation(copy));
  // parametersOf hands back the copy's own objects: editing one edits the copy.
  const parameter = parameters.find((p) => p.name === 'ConfirmKey') ?? parameters.find((p) => p.in === 'path') ?? parameters[0]!;
  delete parameter.example;
  parameter.examples = {
    multipartInProgress: { summary: 'Test key: 200 a multipart upload in progress', value: 'example-multipartInProgress' },
    UploadNotFound: { summary: 'Test key: 404 UploadNotFound', value: 'example-UploadNotFound' },
  };
  return { copy, parameter };
}
