// Generated from spec/ by `npm run generate`. Do not edit.
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface ValidateFunction {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
export declare const validate: ValidateFunction;
export default validate;
