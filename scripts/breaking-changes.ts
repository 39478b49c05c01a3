// Compares two dereferenced OpenAPI 3.0 documents (scripts/spec.ts) and lists
// the changes that can break code written against the older one.
// docs/versioning.md gives each rule and its reason; in short: what a client
// may send must stay accepted, and what the service may send must keep both its
// shape (readers) and its validity (the shipped validator and the mock check
// responses against the schema). Hand-written, as no diff tool works offline
// here: @pb33f/openapi-changes downloads a binary when it installs, and
// openapi-diff and api-smart-diff miss some of these rules.
import { isDeepStrictEqual } from 'node:util';
import { compareSchemas, type Direction, type Node, show } from './breaking-schemas.ts';

export type OpenApiDocument = Record<string, any>;

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

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
// The generated `components` type, which the package exports, is keyed by these.
const TYPED_COMPONENTS = ['schemas', 'responses', 'parameters', 'requestBodies', 'headers', 'pathItems'];

export function findBreakingChanges(released: OpenApiDocument, current: OpenApiDocument): BreakingChange[] {
  const found: BreakingChange[] = [];
  for (const [path, oldItem] of Object.entries<Node>(released.paths ?? {})) {
    const newItem: Node | undefined = current.paths?.[path];
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
      site.parameters(parametersOf(oldItem, oldOp), parametersOf(newItem ?? {}, newOp));
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
  constructor(
    private readonly before: OpenApiDocument,
    private readonly after: OpenApiDocument,
    private readonly found: BreakingChange[],
    private readonly operation: string,
  ) {}

  private report(where: string, field: string, kind: string): void {
    this.found.push({ operation: this.operation, where, field, kind });
  }

  private schema(where: string, before: Node | undefined, after: Node | undefined, direction: Direction): void {
    compareSchemas(before, after, direction, (field, kind) => this.report(where, field, kind));
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
      this.schema(where, parameterSchema(oldParam), parameterSchema(newParam), 'request');
      this.parameterExamples(where, oldParam.examples ?? {}, newParam.examples ?? {});
    }
    for (const [key, newParam] of after) {
      if (!before.has(key) && newParam.required) this.report(`${newParam.in} parameter ${newParam.name}`, '', 'added as required');
    }
  }

  /** A parameter's named examples are documented values (ConfirmKey's are the mocks' test keys): consumers hard-code them. */
  private parameterExamples(where: string, before: Node, after: Node): void {
    for (const [name, oldExample] of Object.entries<Node>(before)) {
      const newExample: Node | undefined = after[name];
      if (newExample === undefined) {
        this.report(where, '', `example ${name} removed`);
        continue;
      }
      const [oldValue, newValue] = [oldExample.value, newExample.value];
      if (isDeepStrictEqual(oldValue, newValue)) continue;
      this.report(where, '', `example ${name} changed from ${show(oldValue)} to ${show(newValue)}`);
    }
  }

  requestBody(oldBody: Node | undefined, newBody: Node | undefined): void {
    if (!oldBody) {
      if (newBody?.required) this.report('request body', '', 'added as required');
      return;
    }
    if (!newBody) {
      this.report('request body', '', 'removed');
      return;
    }
    if (!oldBody.required && newBody.required) this.report('request body', '', 'made required');
    this.content('request body', oldBody.content ?? {}, newBody.content ?? {}, 'request');
  }

  responses(before: Node, after: Node): void {
    for (const [status, oldResponse] of Object.entries<Node>(before)) {
      const where = `response ${status}`;
      const newResponse: Node | undefined = after[status];
      if (newResponse === undefined) {
        this.report(where, '', 'removed');
        continue;
      }
      this.headers(where, oldResponse.headers ?? {}, newResponse.headers ?? {});
      this.content(where, oldResponse.content ?? {}, newResponse.content ?? {}, 'response');
    }
  }

  private headers(where: string, before: Node, after: Node): void {
    // Header names are case-insensitive.
    const newByName = new Map(Object.entries<Node>(after).map(([name, header]) => [name.toLowerCase(), header]));
    const oldNames = new Set(Object.keys(before).map((name) => name.toLowerCase()));
    for (const [name, oldHeader] of Object.entries<Node>(before)) {
      const headerWhere = `${where} header ${name}`;
      const newHeader = newByName.get(name.toLowerCase());
      if (newHeader === undefined) {
        this.report(headerWhere, '', 'removed');
        continue;
      }
      if (oldHeader.required && !newHeader.required) this.report(headerWhere, '', 'made optional');
      if (!oldHeader.required && newHeader.required) this.report(headerWhere, '', 'made required');
      this.schema(headerWhere, parameterSchema(oldHeader), parameterSchema(newHeader), 'response');
    }
    for (const [name, newHeader] of Object.entries<Node>(after)) {
      if (!oldNames.has(name.toLowerCase()) && newHeader.required) {
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
      this.schema(mediaWhere, oldMedia.schema, newMedia.schema, direction);
      if (direction === 'response') {
        // The mock serves a named example on `Prefer: example=<name>`.
        for (const name of Object.keys(oldMedia.examples ?? {})) {
          if (newMedia.examples?.[name] === undefined) this.report(mediaWhere, '', `example ${name} removed`);
        }
      }
    }
  }
}

/** Path-level parameters, overridden by operation-level ones with the same name and location. */
function parametersOf(pathItem: Node, operation: Node): Map<string, Node> {
  const byKey = new Map<string, Node>();
  for (const parameter of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])] as Node[]) {
    byKey.set(`${parameter.in} ${parameter.name}`, parameter);
  }
  return byKey;
}

function parameterSchema(parameter: Node): Node {
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
      const scheme: Node = doc.components?.securitySchemes?.[name] ?? {};
      const how =
        scheme.type === 'apiKey'
          ? `apiKey ${show(scheme.name)} in ${scheme.in}`
          : [scheme.type, scheme.scheme, scheme.bearerFormat].filter(Boolean).join(' ');
      return scopes.length > 0 ? `${how} (scopes ${[...scopes].sort().join(' ')})` : how;
    });
    return schemes.length > 0 ? schemes.sort().join(' + ') : 'anonymous';
  });
}
