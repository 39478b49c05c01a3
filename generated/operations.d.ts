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
/** The documented test keys: a ConfirmKey or FilePath that the mocks answer with the named example of its operation. */
export declare const testKeys: readonly [
  { readonly key: "example-multipartInProgress"; readonly operationId: "getUploadTask"; readonly example: "multipartInProgress"; readonly status: 200 },
  { readonly key: "example-multipartExpired"; readonly operationId: "getUploadTask"; readonly example: "multipartExpired"; readonly status: 200 },
  { readonly key: "example-simpleUpload"; readonly operationId: "getUploadTask"; readonly example: "simpleUpload"; readonly status: 200 },
  { readonly key: "example-confirmed"; readonly operationId: "getUploadTask"; readonly example: "confirmed"; readonly status: 200 },
  { readonly key: "example-directoryDeleted"; readonly operationId: "getUploadTask"; readonly example: "directoryDeleted"; readonly status: 200 },
  { readonly key: "example-InvalidAccessToken"; readonly operationId: "getUploadTask"; readonly example: "InvalidAccessToken"; readonly status: 403 },
  { readonly key: "example-AccessTokenNotMatchLibrary"; readonly operationId: "getUploadTask"; readonly example: "AccessTokenNotMatchLibrary"; readonly status: 403 },
  { readonly key: "example-AccessTokenNotMatchSpace"; readonly operationId: "getUploadTask"; readonly example: "AccessTokenNotMatchSpace"; readonly status: 403 },
  { readonly key: "example-AccessTokenVersionNotMatch"; readonly operationId: "getUploadTask"; readonly example: "AccessTokenVersionNotMatch"; readonly status: 403 },
  { readonly key: "example-NoPermission"; readonly operationId: "getUploadTask"; readonly example: "NoPermission"; readonly status: 403 },
  { readonly key: "example-UploadNotBelongYou"; readonly operationId: "getUploadTask"; readonly example: "UploadNotBelongYou"; readonly status: 403 },
  { readonly key: "example-LibraryServiceExpired"; readonly operationId: "getUploadTask"; readonly example: "LibraryServiceExpired"; readonly status: 403 },
  { readonly key: "example-SpaceBanned"; readonly operationId: "getUploadTask"; readonly example: "SpaceBanned"; readonly status: 403 },
  { readonly key: "example-UploadNotFound"; readonly operationId: "getUploadTask"; readonly example: "UploadNotFound"; readonly status: 404 },
  { readonly key: "example-ConfirmKeyNotFound"; readonly operationId: "getUploadTask"; readonly example: "ConfirmKeyNotFound"; readonly status: 404 },
  { readonly key: "example-LibraryNotFound"; readonly operationId: "getUploadTask"; readonly example: "LibraryNotFound"; readonly status: 404 },
  { readonly key: "example-SpaceNotFound"; readonly operationId: "getUploadTask"; readonly example: "SpaceNotFound"; readonly status: 404 },
  { readonly key: "example-RouteNotFound"; readonly operationId: "getUploadTask"; readonly example: "RouteNotFound"; readonly status: 404 },
  { readonly key: "example-RateLimitExceeded"; readonly operationId: "getUploadTask"; readonly example: "RateLimitExceeded"; readonly status: 429 },
  { readonly key: "example-InternalServerError"; readonly operationId: "getUploadTask"; readonly example: "InternalServerError"; readonly status: 500 },
  { readonly key: "example-ServerOverloaded"; readonly operationId: "getUploadTask"; readonly example: "ServerOverloaded"; readonly status: 503 },
  { readonly key: "example-InvalidAccessToken"; readonly operationId: "cancelUpload"; readonly example: "InvalidAccessToken"; readonly status: 403 },
  { readonly key: "example-AccessTokenNotMatchLibrary"; readonly operationId: "cancelUpload"; readonly example: "AccessTokenNotMatchLibrary"; readonly status: 403 },
  { readonly key: "example-AccessTokenNotMatchSpace"; readonly operationId: "cancelUpload"; readonly example: "AccessTokenNotMatchSpace"; readonly status: 403 },
  { readonly key: "example-AccessTokenVersionNotMatch"; readonly operationId: "cancelUpload"; readonly example: "AccessTokenVersionNotMatch"; readonly status: 403 },
  { readonly key: "example-NoPermission"; readonly operationId: "cancelUpload"; readonly example: "NoPermission"; readonly status: 403 },
  { readonly key: "example-UploadNotBelongYou"; readonly operationId: "cancelUpload"; readonly example: "UploadNotBelongYou"; readonly status: 403 },
  { readonly key: "example-LibraryServiceExpired"; readonly operationId: "cancelUpload"; readonly example: "LibraryServiceExpired"; readonly status: 403 },
  { readonly key: "example-SpaceBanned"; readonly operationId: "cancelUpload"; readonly example: "SpaceBanned"; readonly status: 403 },
  { readonly key: "example-UploadNotFound"; readonly operationId: "cancelUpload"; readonly example: "UploadNotFound"; readonly status: 404 },
  { readonly key: "example-ConfirmKeyNotFound"; readonly operationId: "cancelUpload"; readonly example: "ConfirmKeyNotFound"; readonly status: 404 },
  { readonly key: "example-LibraryNotFound"; readonly operationId: "cancelUpload"; readonly example: "LibraryNotFound"; readonly status: 404 },
  { readonly key: "example-SpaceNotFound"; readonly operationId: "cancelUpload"; readonly example: "SpaceNotFound"; readonly status: 404 },
  { readonly key: "example-RouteNotFound"; readonly operationId: "cancelUpload"; readonly example: "RouteNotFound"; readonly status: 404 },
  { readonly key: "example-RateLimitExceeded"; readonly operationId: "cancelUpload"; readonly example: "RateLimitExceeded"; readonly status: 429 },
  { readonly key: "example-InternalServerError"; readonly operationId: "cancelUpload"; readonly example: "InternalServerError"; readonly status: 500 },
  { readonly key: "example-ServerOverloaded"; readonly operationId: "cancelUpload"; readonly example: "ServerOverloaded"; readonly status: 503 },
  { readonly key: "example-InvalidAccessToken"; readonly operationId: "renewUpload"; readonly example: "InvalidAccessToken"; readonly status: 403 },
  { readonly key: "example-AccessTokenNotMatchLibrary"; readonly operationId: "renewUpload"; readonly example: "AccessTokenNotMatchLibrary"; readonly status: 403 },
  { readonly key: "example-AccessTokenNotMatchSpace"; readonly operationId: "renewUpload"; readonly example: "AccessTokenNotMatchSpace"; readonly status: 403 },
  { readonly key: "example-AccessTokenVersionNotMatch"; readonly operationId: "renewUpload"; readonly example: "AccessTokenVersionNotMatch"; readonly status: 403 },
  { readonly key: "example-NoPermission"; readonly operationId: "renewUpload"; readonly example: "NoPermission"; readonly status: 403 },
  { readonly key: "example-UploadNotBelongYou"; readonly operationId: "renewUpload"; readonly example: "UploadNotBelongYou"; readonly status: 403 },
  { readonly key: "example-LibraryServiceExpired"; readonly operationId: "renewUpload"; readonly example: "LibraryServiceExpired"; readonly status: 403 },
  { readonly key: "example-SpaceBanned"; readonly operationId: "renewUpload"; readonly example: "SpaceBanned"; readonly status: 403 },
  { readonly key: "example-UploadNotFound"; readonly operationId: "renewUpload"; readonly example: "UploadNotFound"; readonly status: 404 },
  { readonly key: "example-ConfirmKeyNotFound"; readonly operationId: "renewUpload"; readonly example: "ConfirmKeyNotFound"; readonly status: 404 },
  { readonly key: "example-LibraryNotFound"; readonly operationId: "renewUpload"; readonly example: "LibraryNotFound"; readonly status: 404 },
  { readonly key: "example-SpaceNotFound"; readonly operationId: "renewUpload"; readonly example: "SpaceNotFound"; readonly status: 404 },
  { readonly key: "example-RouteNotFound"; readonly operationId: "renewUpload"; readonly example: "RouteNotFound"; readonly status: 404 },
  { readonly key: "example-RateLimitExceeded"; readonly operationId: "renewUpload"; readonly example: "RateLimitExceeded"; readonly status: 429 },
  { readonly key: "example-InternalServerError"; readonly operationId: "renewUpload"; readonly example: "InternalServerError"; readonly status: 500 },
  { readonly key: "example-ServerOverloaded"; readonly operationId: "renewUpload"; readonly example: "ServerOverloaded"; readonly status: 503 },
  { readonly key: "example-InvalidAccessToken"; readonly operationId: "confirmUpload"; readonly example: "InvalidAccessToken"; readonly status: 403 },
  { readonly key: "example-AccessTokenNotMatchLibrary"; readonly operationId: "confirmUpload"; readonly example: "AccessTokenNotMatchLibrary"; readonly status: 403 },
  { readonly key: "example-AccessTokenNotMatchSpace"; readonly operationId: "confirmUpload"; readonly example: "AccessTokenNotMatchSpace"; readonly status: 403 },
  { readonly key: "example-AccessTokenVersionNotMatch"; readonly operationId: "confirmUpload"; readonly example: "AccessTokenVersionNotMatch"; readonly status: 403 },
  { readonly key: "example-NoPermission"; readonly operationId: "confirmUpload"; readonly example: "NoPermission"; readonly status: 403 },
  { readonly key: "example-UploadNotBelongYou"; readonly operationId: "confirmUpload"; readonly example: "UploadNotBelongYou"; readonly status: 403 },
  { readonly key: "example-LibraryServiceExpired"; readonly operationId: "confirmUpload"; readonly example: "LibraryServiceExpired"; readonly status: 403 },
  { readonly key: "example-SpaceBanned"; readonly operationId: "confirmUpload"; readonly example: "SpaceBanned"; readonly status: 403 },
  { readonly key: "example-UploadNotFound"; readonly operationId: "confirmUpload"; readonly example: "UploadNotFound"; readonly status: 404 },
  { readonly key: "example-ConfirmKeyNotFound"; readonly operationId: "confirmUpload"; readonly example: "ConfirmKeyNotFound"; readonly status: 404 },
  { readonly key: "example-LibraryNotFound"; readonly operationId: "confirmUpload"; readonly example: "LibraryNotFound"; readonly status: 404 },
  { readonly key: "example-SpaceNotFound"; readonly operationId: "confirmUpload"; readonly example: "SpaceNotFound"; readonly status: 404 },
  { readonly key: "example-RouteNotFound"; readonly operationId: "confirmUpload"; readonly example: "RouteNotFound"; readonly status: 404 },
  { readonly key: "example-RateLimitExceeded"; readonly operationId: "confirmUpload"; readonly example: "RateLimitExceeded"; readonly status: 429 },
  { readonly key: "example-InternalServerError"; readonly operationId: "confirmUpload"; readonly example: "InternalServerError"; readonly status: 500 },
  { readonly key: "example-ServerOverloaded"; readonly operationId: "confirmUpload"; readonly example: "ServerOverloaded"; readonly status: 503 },
  { readonly key: "example-UploadComplete"; readonly operationId: "confirmUpload"; readonly example: "UploadComplete"; readonly status: 409 },
  { readonly key: "example-SameNameDirectoryOrFileExists"; readonly operationId: "confirmUpload"; readonly example: "SameNameDirectoryOrFileExists"; readonly status: 409 },
  { readonly key: "example-MultipartUploadIncomplete"; readonly operationId: "confirmUpload"; readonly example: "MultipartUploadIncomplete"; readonly status: 400 },
  { readonly key: "example-UploadIncomplete"; readonly operationId: "confirmUpload"; readonly example: "UploadIncomplete"; readonly status: 400 },
  { readonly key: "example-MultipartUploadPartTooSmall"; readonly operationId: "confirmUpload"; readonly example: "MultipartUploadPartTooSmall"; readonly status: 400 },
  { readonly key: "example-BadCrc64"; readonly operationId: "confirmUpload"; readonly example: "BadCrc64"; readonly status: 400 },
  { readonly key: "example-DirectoryNotFound/clip.mp4"; readonly operationId: "beginMultipartUpload"; readonly example: "DirectoryNotFound"; readonly status: 404 },
  { readonly key: "example-SameNameDirectoryOrFileExists.mp4"; readonly operationId: "beginMultipartUpload"; readonly example: "SameNameDirectoryOrFileExists"; readonly status: 409 },
  { readonly key: "example-QuotaLimitReached.mp4"; readonly operationId: "beginMultipartUpload"; readonly example: "QuotaLimitReached"; readonly status: 400 },
  { readonly key: "example-fullHashRequired.mp4"; readonly operationId: "beginMultipartUpload"; readonly example: "fullHashRequired"; readonly status: 202 },
  { readonly key: "example-alreadyStored.mp4"; readonly operationId: "beginMultipartUpload"; readonly example: "alreadyStored"; readonly status: 200 },
  { readonly key: "example-DirectoryNotFound/clip.mp4"; readonly operationId: "beginSimpleUpload"; readonly example: "DirectoryNotFound"; readonly status: 404 },
  { readonly key: "example-SameNameDirectoryOrFileExists.mp4"; readonly operationId: "beginSimpleUpload"; readonly example: "SameNameDirectoryOrFileExists"; readonly status: 409 },
  { readonly key: "example-QuotaLimitReached.mp4"; readonly operationId: "beginSimpleUpload"; readonly example: "QuotaLimitReached"; readonly status: 400 },
  { readonly key: "example-fullHashRequired.mp4"; readonly operationId: "beginSimpleUpload"; readonly example: "fullHashRequired"; readonly status: 202 },
  { readonly key: "example-alreadyStored.mp4"; readonly operationId: "beginSimpleUpload"; readonly example: "alreadyStored"; readonly status: 200 },
];
