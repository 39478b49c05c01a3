// Compares two bundled OpenAPI 3.0 documents and lists the changes that can
// break code written against the older one. docs/versioning.md gives each rule
// and its reason; in short: what a client may send must stay accepted, and what
// the service may send must keep both its shape (readers) and its validity
// (the shipped validator and the mock check responses against the schema).
import { isDeepStrictEqual } from 'node:util';

export type OpenApiDocument = Record<string, any>;
type Node = Record<string, any>;

export interface BreakingChange {
  /** `GET /api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}`, or `components` */
  operation: string;
  /** Which part: `response 200`, `query parameter user_id`, `request body`, `security`…; '' for the whole operation. */
  where: string;
  /** Path inside the value: `/uploadPartInfo/expiration`, `/parts[]/ETag`; '' for the value itself. */
  field: string;
  /** What happened to it: `removed`, `made optional`, `type changed from integer to string`… */
  kind: string;
}

/** One readable line, e.g. `GET /p response 200 /uploadPartInfo/expiration: removed`. */
export function describeChange(change: BreakingChange): string {
  return `${[change.operation, change.where, change.field].filter(Boolean).join(' ')}: ${change.kind}`;
}

/** Requests: narrowing what is accepted breaks. Responses: any change to what may be sent breaks, except adding an optional field. */
type Direction = 'request' | 'response';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
// The generated `components` type, which the package exports, is keyed by these.
const TYPED_COMPONENTS = ['schemas', 'responses', 'parameters', 'requestBodies', 'headers', 'pathItems'];
const LOWER_BOUNDS = ['minimum', 'minLength', 'minItems', 'minProperties'];
const UPPER_BOUNDS = ['maximum', 'maxLength', 'maxItems', 'maxProperties'];
const FLAGS = ['exclusiveMinimum', 'exclusiveMaximum', 'uniqueItems'];
const FORMATS = ['pattern', 'format', 'multipleOf'];

export function findBreakingChanges(released: OpenApiDocument, current: OpenApiDocument): BreakingChange[] {
  const found: BreakingChange[] = [];
  for (const [path, oldItemRaw] of Object.entries<Node>(released.paths ?? {})) {
    const oldItem = resolve(released, oldItemRaw);
    const newItem = current.paths?.[path] === undefined ? undefined : resolve(current, current.paths[path]);
    for (const method of METHODS) {
      const oldOp = oldItem[method];
      if (!oldOp) continue;
      const newOp = newItem?.[method];
      const operation = `${method.toUpperCase()} ${path}`;
      if (!newOp) {
        found.push({ operation, where: '', field: '', kind: 'removed' });
        continue;
      }
      const site = new Comparison(released, current, found, operation);
      site.operationId(oldOp, newOp);
      site.security(oldOp, newOp);
      site.parameters(parametersOf(released, oldItem, oldOp), parametersOf(current, newItem, newOp));
      site.requestBody(oldOp.requestBody, newOp.requestBody);
      site.responses(oldOp.responses ?? {}, newOp.responses ?? {});
    }
  }
  for (const section of TYPED_COMPONENTS) {
    for (const name of Object.keys(released.components?.[section] ?? {})) {
      if (current.components?.[section]?.[name] === undefined) {
        found.push({ operation: 'components', where: section, field: name, kind: 'removed' });
      }
    }
  }
  return found;
}

class Comparison {
  // Schema pairs being compared further up the stack: a recursive schema stops here.
  private readonly inProgress: Array<[unknown, unknown]> = [];

  constructor(
    private readonly before: OpenApiDocument,
    private readonly after: OpenApiDocument,
    private readonly found: BreakingChange[],
    private readonly operation: string,
  ) {}

  private report(where: string, field: string, kind: string): void {
    this.found.push({ operation: this.operation, where, field, kind });
  }

  operationId(oldOp: Node, newOp: Node): void {
    // The generated `operations` type is keyed by it.
    if (oldOp.operationId !== undefined && oldOp.operationId !== newOp.operationId) {
      this.report('operationId', '', `changed from ${show(oldOp.operationId)} to ${show(newOp.operationId)}`);
    }
  }

  security(oldOp: Node, newOp: Node): void {
    const accepted = new Set(securityAlternatives(this.after, newOp));
    for (const alternative of securityAlternatives(this.before, oldOp)) {
      if (!accepted.has(alternative)) this.report('security', '', `${alternative} no longer accepted`);
    }
  }

  parameters(before: Map<string, Node>, after: Map<string, Node>): void {
    for (const [key, oldParam] of before) {
      const where = `${oldParam.in} parameter ${oldParam.name}`;
      const newParam = after.get(key);
      if (!newParam) {
        this.report(where, '', 'removed');
        continue;
      }
      if (!oldParam.required && newParam.required) this.report(where, '', 'made required');
      if (oldParam.allowEmptyValue && !newParam.allowEmptyValue) this.report(where, '', 'empty value no longer allowed');
      const oldStyle = serialization(oldParam);
      const newStyle = serialization(newParam);
      if (oldStyle !== newStyle) this.report(where, '', `serialization changed from ${oldStyle} to ${newStyle}`);
      this.schema(where, '', parameterSchema(oldParam), parameterSchema(newParam), 'request');
      this.parameterExamples(where, oldParam.examples ?? {}, newParam.examples ?? {});
    }
    for (const [key, newParam] of after) {
      if (!before.has(key) && newParam.required) this.report(`${newParam.in} parameter ${newParam.name}`, '', 'added as required');
    }
  }

  /** A parameter's named examples are documented values (ConfirmKey's are the mocks' test keys): consumers hard-code them. */
  private parameterExamples(where: string, before: Node, after: Node): void {
    for (const [name, oldRaw] of Object.entries<Node>(before)) {
      const newRaw = after[name];
      if (newRaw === undefined) {
        this.report(where, '', `example ${name} removed`);
        continue;
      }
      const [oldValue, newValue] = [resolve(this.before, oldRaw).value, resolve(this.after, newRaw).value];
      if (!isDeepStrictEqual(oldValue, newValue)) this.report(where, '', `example ${name} changed from ${show(oldValue)} to ${show(newValue)}`);
    }
  }

  requestBody(oldRaw: unknown, newRaw: unknown): void {
    const oldBody = oldRaw === undefined ? undefined : resolve(this.before, oldRaw);
    const newBody = newRaw === undefined ? undefined : resolve(this.after, newRaw);
    if (!oldBody) {
      if (newBody?.required) this.report('request body', '', 'added as required');
      return;
    }
    if (!newBody) return this.report('request body', '', 'removed');
    if (!oldBody.required && newBody.required) this.report('request body', '', 'made required');
    this.content('request body', oldBody.content ?? {}, newBody.content ?? {}, 'request');
  }

  responses(before: Node, after: Node): void {
    for (const [status, oldRaw] of Object.entries(before)) {
      const where = `response ${status}`;
      if (after[status] === undefined) {
        this.report(where, '', 'removed');
        continue;
      }
      const oldResponse = resolve(this.before, oldRaw);
      const newResponse = resolve(this.after, after[status]);
      this.headers(where, oldResponse.headers ?? {}, newResponse.headers ?? {});
      this.content(where, oldResponse.content ?? {}, newResponse.content ?? {}, 'response');
    }
  }

  private headers(where: string, before: Node, after: Node): void {
    // Header names are case-insensitive.
    const newByName = new Map(Object.entries(after).map(([name, header]) => [name.toLowerCase(), header]));
    const oldNames = new Set(Object.keys(before).map((name) => name.toLowerCase()));
    for (const [name, oldRaw] of Object.entries(before)) {
      const headerWhere = `${where} header ${name}`;
      const newRaw = newByName.get(name.toLowerCase());
      if (newRaw === undefined) {
        this.report(headerWhere, '', 'removed');
        continue;
      }
      const oldHeader = resolve(this.before, oldRaw);
      const newHeader = resolve(this.after, newRaw);
      if (oldHeader.required && !newHeader.required) this.report(headerWhere, '', 'made optional');
      if (!oldHeader.required && newHeader.required) this.report(headerWhere, '', 'made required');
      this.schema(headerWhere, '', parameterSchema(oldHeader), parameterSchema(newHeader), 'response');
    }
    for (const [name, newRaw] of Object.entries(after)) {
      if (!oldNames.has(name.toLowerCase()) && resolve(this.after, newRaw).required) {
        this.report(`${where} header ${name}`, '', 'added as required');
      }
    }
  }

  private content(where: string, before: Node, after: Node, direction: Direction): void {
    for (const [mediaType, oldMedia] of Object.entries<Node>(before)) {
      const newMedia: Node | undefined = after[mediaType];
      if (!newMedia) {
        this.report(where, '', `media type ${mediaType} removed`);
        continue;
      }
      const mediaWhere = mediaType === 'application/json' ? where : `${where} (${mediaType})`;
      this.schema(mediaWhere, '', oldMedia.schema ?? {}, newMedia.schema ?? {}, direction);
      if (direction === 'response') {
        // The mock serves a named example on `Prefer: example=<name>`.
        for (const name of Object.keys(oldMedia.examples ?? {})) {
          if (newMedia.examples?.[name] === undefined) this.report(mediaWhere, '', `example ${name} removed`);
        }
      }
    }
  }

  private schema(where: string, field: string, oldRaw: unknown, newRaw: unknown, direction: Direction): void {
    const before = resolve(this.before, oldRaw ?? {});
    const after = resolve(this.after, newRaw ?? {});
    if (this.inProgress.some(([b, a]) => b === before && a === after)) return;
    this.inProgress.push([before, after]);
    const report = (kind: string) => this.report(where, field, kind);
    const isResponse = direction === 'response';

    if (before.type !== after.type && (isResponse || !widensType(before.type, after.type))) {
      report(keywordChange('type', before.type, after.type));
    }
    if (!!before.nullable !== !!after.nullable && (isResponse || before.nullable)) {
      report(after.nullable ? 'made nullable' : 'no longer nullable');
    }
    this.enumeration(before.enum, after.enum, isResponse, report);
    for (const keyword of [...LOWER_BOUNDS, ...UPPER_BOUNDS, ...FLAGS, ...FORMATS]) {
      if (isDeepStrictEqual(before[keyword], after[keyword])) continue;
      if (isResponse || narrows(keyword, before[keyword], after[keyword])) report(keywordChange(keyword, before[keyword], after[keyword]));
    }
    // A changed default changes what a request that omits the value does.
    if (!isResponse && !isDeepStrictEqual(before.default, after.default)) report(keywordChange('default', before.default, after.default));

    this.properties(where, field, before, after, direction);
    this.additionalProperties(where, field, before.additionalProperties, after.additionalProperties, direction);
    if (before.items !== undefined || after.items !== undefined) this.schema(where, `${field}[]`, before.items, after.items, direction);
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
      const oldList: unknown[] = before[keyword] ?? [];
      const newList: unknown[] = after[keyword] ?? [];
      // Alternatives are matched by position; a different count is reported as a whole.
      if (oldList.length !== newList.length) report(`${keyword} changed from ${oldList.length} to ${newList.length} schemas`);
      else oldList.forEach((schema, index) => this.schema(where, `${field}/${keyword}/${index}`, schema, newList[index], direction));
    }
    if (before.not !== undefined || after.not !== undefined) {
      if (!isDeepStrictEqual(before.not, after.not)) report('not changed');
    }
    this.inProgress.pop();
  }

  private enumeration(before: unknown[] | undefined, after: unknown[] | undefined, isResponse: boolean, report: (kind: string) => void): void {
    if (!before && !after) return;
    if (!before) return report(`enum added (${show(after)})`);
    if (!after) return isResponse ? report(`enum removed (was ${show(before)})`) : undefined;
    const removed = before.filter((value) => !after.some((other) => isDeepStrictEqual(value, other)));
    const added = after.filter((value) => !before.some((other) => isDeepStrictEqual(value, other)));
    // Removed: requests lose an accepted value; responses lose one the service sent (and typed comparisons with it stop compiling).
    if (removed.length > 0) report(`enum value ${removed.map((value) => JSON.stringify(value)).join(', ')} removed`);
    // Added to a response: a reader's exhaustive switch meets a value it does not know.
    if (isResponse && added.length > 0) report(`enum value ${added.map((value) => JSON.stringify(value)).join(', ')} added`);
  }

  private properties(where: string, field: string, before: Node, after: Node, direction: Direction): void {
    const oldProps: Node = before.properties ?? {};
    const newProps: Node = after.properties ?? {};
    const oldRequired = new Set<string>(before.required ?? []);
    const newRequired = new Set<string>(after.required ?? []);
    const names = new Set([...Object.keys(oldProps), ...oldRequired, ...Object.keys(newProps), ...newRequired]);
    for (const name of names) {
      const at = `${field}/${name}`;
      const had = name in oldProps || oldRequired.has(name);
      const has = name in newProps || newRequired.has(name);
      if (!has) {
        this.report(where, at, 'removed');
        continue;
      }
      if (!had) {
        if (newRequired.has(name)) this.report(where, at, 'added as required');
        continue;
      }
      if (direction === 'response' && oldRequired.has(name) && !newRequired.has(name)) this.report(where, at, 'made optional');
      if (!oldRequired.has(name) && newRequired.has(name)) this.report(where, at, 'made required');
      this.schema(where, at, oldProps[name], newProps[name], direction);
    }
  }

  private additionalProperties(where: string, field: string, oldRaw: unknown, newRaw: unknown, direction: Direction): void {
    const isSchema = (value: unknown) => typeof value === 'object' && value !== null;
    if (isSchema(oldRaw) && isSchema(newRaw)) return this.schema(where, `${field}/*`, oldRaw, newRaw, direction);
    const before = oldRaw ?? true;
    const after = newRaw ?? true;
    if (isDeepStrictEqual(before, after)) return;
    // In a request, only closing an open object (true → schema or false) narrows it.
    const narrowed = after === false || (before === true && isSchema(after));
    if (direction === 'response' || narrowed) {
      const label = (value: unknown) => (isSchema(value) ? 'a schema' : String(value));
      this.report(where, field, `additionalProperties changed from ${label(before)} to ${label(after)}`);
    }
  }
}

/** Follows local `$ref`s (`#/components/...`) until a value that is not a reference. */
function resolve(doc: OpenApiDocument, value: any): Node {
  const seen = new Set<string>();
  while (value !== null && typeof value === 'object' && typeof value.$ref === 'string') {
    const ref: string = value.$ref;
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, not ${ref}`);
    if (seen.has(ref)) throw new Error(`$ref cycle at ${ref}`);
    seen.add(ref);
    value = ref
      .slice(2)
      .split('/')
      .map((token) => decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<any>((node, key) => node?.[key], doc);
    if (value === undefined) throw new Error(`unresolved $ref ${ref}`);
  }
  return value ?? {};
}

/** Path-level parameters, overridden by operation-level ones with the same name and location. */
function parametersOf(doc: OpenApiDocument, pathItem: Node, operation: Node): Map<string, Node> {
  const byKey = new Map<string, Node>();
  for (const raw of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = resolve(doc, raw);
    byKey.set(`${parameter.in} ${parameter.name}`, parameter);
  }
  return byKey;
}

function parameterSchema(parameter: Node): unknown {
  if (parameter.schema !== undefined) return parameter.schema;
  const media = Object.values<Node>(parameter.content ?? {})[0];
  return media?.schema ?? {};
}

/** style/explode/allowReserved with OpenAPI's defaults filled in, so spelling a default out is no change. */
function serialization(parameter: Node): string {
  const style = parameter.style ?? (parameter.in === 'query' || parameter.in === 'cookie' ? 'form' : 'simple');
  const explode = parameter.explode ?? style === 'form';
  return `style=${style} explode=${explode} allowReserved=${parameter.allowReserved ?? false}`;
}

/** Each accepted way to authenticate, as text; `anonymous` when none is needed. */
function securityAlternatives(doc: OpenApiDocument, operation: Node): string[] {
  const requirements: Node[] = operation.security ?? doc.security ?? [];
  if (requirements.length === 0) return ['anonymous'];
  return requirements.map((requirement) => {
    const schemes = Object.entries<string[]>(requirement).map(([name, scopes]) => {
      const scheme = resolve(doc, doc.components?.securitySchemes?.[name] ?? {});
      const how = scheme.type === 'apiKey' ? `apiKey ${show(scheme.name)} in ${scheme.in}` : [scheme.type, scheme.scheme, scheme.bearerFormat].filter(Boolean).join(' ');
      return scopes.length > 0 ? `${how} (scopes ${[...scopes].sort().join(' ')})` : how;
    });
    return schemes.length > 0 ? schemes.sort().join(' + ') : 'anonymous';
  });
}

/** Whether a request's type change only accepts more (removing the type, or integer → number). */
function widensType(before: unknown, after: unknown): boolean {
  return after === undefined || (before === 'integer' && after === 'number');
}

/** Whether a request constraint now accepts less than before. */
function narrows(keyword: string, before: any, after: any): boolean {
  if (after === undefined) return false;
  if (before === undefined) return true;
  if (LOWER_BOUNDS.includes(keyword)) return after > before;
  if (UPPER_BOUNDS.includes(keyword)) return after < before;
  if (FLAGS.includes(keyword)) return after === true;
  return true; // pattern, format or multipleOf changed: values valid before may not be now
}

function keywordChange(keyword: string, before: unknown, after: unknown): string {
  if (before === undefined) return `${keyword} added (${show(after)})`;
  if (after === undefined) return `${keyword} removed (was ${show(before)})`;
  return `${keyword} changed from ${show(before)} to ${show(after)}`;
}

/** Plain words stay bare (`integer`, `date-time`); anything else is quoted, so `""` or a pattern reads unambiguously. */
function show(value: unknown): string {
  return typeof value === 'string' && /^[\w.-]+$/.test(value) ? value : JSON.stringify(value);
}
