// How two versions of one schema differ in ways that break its users: in a
// request, accepting less; in a response, allowing anything else but an added
// optional field. docs/versioning.md gives each rule and its reason.
import { isDeepStrictEqual } from 'node:util';

export type Node = Record<string, any>;
/** Requests: narrowing what is accepted breaks. Responses: any change to what may be sent breaks, except adding an optional field. */
export type Direction = 'request' | 'response';

const LOWER_BOUNDS = ['minimum', 'minLength', 'minItems', 'minProperties'];
const UPPER_BOUNDS = ['maximum', 'maxLength', 'maxItems', 'maxProperties'];
const FLAGS = ['exclusiveMinimum', 'exclusiveMaximum', 'uniqueItems'];
const FORMATS = ['pattern', 'format', 'multipleOf'];

/** `field`: the path inside the value (`/parts[]/ETag`), '' for the value itself. */
type Report = (field: string, kind: string) => void;

/** Reports each break between two dereferenced schemas. */
export function compareSchemas(oldSchema: Node | undefined, newSchema: Node | undefined, direction: Direction, report: Report): void {
  new SchemaComparison(direction, report).compare('', oldSchema, newSchema);
}

class SchemaComparison {
  // Pairs compared further up the stack: dereferenced, a recursive schema is an object cycle, which stops here.
  private readonly inProgress: Array<[Node, Node]> = [];

  constructor(
    private readonly direction: Direction,
    private readonly report: Report,
  ) {}

  compare(field: string, oldSchema: Node | undefined, newSchema: Node | undefined): void {
    const before = oldSchema ?? {};
    const after = newSchema ?? {};
    if (this.inProgress.some(([b, a]) => sameSchema(b, before) && sameSchema(a, after))) return;
    this.inProgress.push([before, after]);
    const report = (kind: string) => this.report(field, kind);
    const isResponse = this.direction === 'response';

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

    this.properties(field, before, after);
    this.additionalProperties(field, before.additionalProperties, after.additionalProperties);
    if (before.items !== undefined || after.items !== undefined) this.compare(`${field}[]`, before.items, after.items);
    for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
      const oldList: Node[] = before[keyword] ?? [];
      const newList: Node[] = after[keyword] ?? [];
      // Alternatives are matched by position; a different count is reported as a whole.
      if (oldList.length !== newList.length) report(`${keyword} changed from ${oldList.length} to ${newList.length} schemas`);
      else for (const [index, schema] of oldList.entries()) this.compare(`${field}/${keyword}/${index}`, schema, newList[index]);
    }
    if (before.not !== undefined || after.not !== undefined) {
      if (!isDeepStrictEqual(before.not, after.not)) report('not changed');
    }
    this.inProgress.pop();
  }

  private enumeration(before: unknown[] | undefined, after: unknown[] | undefined, isResponse: boolean, report: (kind: string) => void) {
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

  private properties(field: string, before: Node, after: Node): void {
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
        this.report(at, 'removed');
        continue;
      }
      if (!had) {
        if (newRequired.has(name)) this.report(at, 'added as required');
        continue;
      }
      if (this.direction === 'response' && oldRequired.has(name) && !newRequired.has(name)) this.report(at, 'made optional');
      if (!oldRequired.has(name) && newRequired.has(name)) this.report(at, 'made required');
      this.compare(at, oldProps[name], newProps[name]);
    }
  }

  private additionalProperties(field: string, oldValue: unknown, newValue: unknown): void {
    const isSchema = (value: unknown): value is Node => typeof value === 'object' && value !== null;
    if (isSchema(oldValue) && isSchema(newValue)) {
      this.compare(`${field}/*`, oldValue, newValue);
      return;
    }
    const before = oldValue ?? true;
    const after = newValue ?? true;
    if (isDeepStrictEqual(before, after)) return;
    // In a request, only closing an open object (true → schema or false) narrows it.
    const narrowed = after === false || (before === true && isSchema(after));
    if (this.direction === 'response' || narrowed) {
      const label = (value: unknown) => (isSchema(value) ? 'a schema' : String(value));
      this.report(field, `additionalProperties changed from ${label(before)} to ${label(after)}`);
    }
  }
}

/** One schema, or a copy of it: dereferencing copies a referenced schema's fields into each place that refers to it. */
function sameSchema(a: Node, b: Node): boolean {
  const keys = Object.keys(a);
  return a === b || (keys.length === Object.keys(b).length && keys.every((key) => key in b && a[key] === b[key]));
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
export function show(value: unknown): string {
  return typeof value === 'string' && /^[\w.-]+$/.test(value) ? value : JSON.stringify(value);
}
