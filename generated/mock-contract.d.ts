// Generated from spec/ by `npm run generate`. Do not edit.
export interface ParameterViolation {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
/** Checks (and coerces, as a query string is text) the request's parameters, by name. */
export declare const validateParameters: ((values: Record<string, unknown>) => boolean) & { errors?: ParameterViolation[] | null };
export declare const uploadTaskPath: "/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}";
export declare const method: string;
export interface ContractParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  secret: boolean;
  schema: { type?: string; enum?: unknown[]; pattern?: string; minLength?: number; format?: string };
  example?: unknown;
}
export declare const parameters: ContractParameter[];
/**
 * Every named response example: the status it is answered with, the
 * response it documents (`200`, `default`), its body, and, for one whose
 * dates move, the moment they were written for.
 */
export declare const examples: Record<string, { status: number; response: string; value: unknown; now?: string }>;
/** ConfirmKey test key → the response example it is answered with. */
export declare const testKeys: Record<string, string>;
/** Where the 200 body holds dates: keys from the body down, `*` for every array item. */
export declare const dateTimeFields: string[][];
