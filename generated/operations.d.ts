// Generated from spec/ by `npm run generate`. Do not edit.
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
/** A named response example: the status it is answered with, the response it documents (`200`, `default`), its body, and for one whose dates move, the moment they were written for and where they are (keys from the body down, `*` for every array item). */
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
  /** The query flag that selects the operation on its path (`upload`, `renew`), if any. */
  flag: string | null;
  parameters: ContractParameter[];
  examples: Record<string, ContractExample>;
  /** Test key (a value of the path parameter testKeyParameter) → the response example it is answered with. */
  testKeys: Record<string, string>;
  testKeyParameter: string | null;
}
export declare const operations: ContractOperation[];
export declare const parameterValidators: Record<string, ParameterValidator>;
/** The names of query parameters whose values are secrets (API keys, `format: password`), in lower case. */
export declare const secretParameterNames: string[];
