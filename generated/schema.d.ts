// Generated from spec/ by `npm run generate`. Do not edit.
export interface paths {
    "/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The media library ID, from the media hosting console ("create media
                 *     library"). One path segment: it may not contain `/` or control characters,
                 *     and may not be `.` or `..` (a URL parser would collapse those and the request
                 *     would name another resource).
                 * @example smh0000000000000
                 */
                LibraryId: components["parameters"]["LibraryId"];
                /**
                 * @description The tenant space ID. For a single-tenant library it is the literal `-`; for a
                 *     multi-tenant library it names the space ("create tenant space"), and `-` is
                 *     answered with 400 `NotMultiSpaceLibrary`. The vendor page marks it "not
                 *     required", meaning a single-tenant library has no space of its own; the
                 *     segment itself is always present. Same segment rules as `LibraryId`.
                 * @example -
                 */
                SpaceId: components["parameters"]["SpaceId"];
                /**
                 * @description The `confirmKey` field of the response that started the upload ("begin
                 *     upload"). Same segment rules as `LibraryId`: one path segment, never `.` or
                 *     `..`.
                 * @example 2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3
                 */
                ConfirmKey: components["parameters"]["ConfirmKey"];
            };
            cookie?: never;
        };
        /**
         * Get file upload task status
         * @description Returns the state of an upload task started by "begin upload", to resume
         *     it: whether it is confirmed, the file's final path, and, for a multipart
         *     upload, the parts already stored (`parts`) and where and with which
         *     headers to send the rest (`uploadPartInfo`). Send each missing part to
         *     `https://{uploadPartInfo.domain}/{uploadPartInfo.path}?uploadId={uploadId}&partNumber={N}`
         *     with `uploadPartInfo.headers`, before `uploadPartInfo.expiration`; after
         *     that, renew them (`POST …/{ConfirmKey}?renew`). Then confirm the upload
         *     (`POST …/{ConfirmKey}?confirm`).
         *
         *     The `upload` query flag selects this operation: without it the same path
         *     names another operation.
         */
        get: operations["getUploadTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A part already stored. The keys are PascalCase because they come from the
         *     object storage (COS) unchanged.
         */
        UploadPart: {
            /**
             * Format: int32
             * @description The part's number, from 1 (object storage allows up to 10000 parts).
             */
            PartNumber: number;
            /**
             * Format: date-time
             * @description When the part was stored (RFC 3339).
             */
            LastModified: string;
            /**
             * @description The part's entity tag, as object storage returns it: the double quotes
             *     are part of the value (`"39270a968a357d24207e9911162507eb"`, written
             *     `"\"39270a…\""` in JSON). Send it back unchanged.
             * @example "39270a968a357d24207e9911162507eb"
             */
            ETag: string;
            /**
             * Format: int64
             * @description The part's size in bytes. 64-bit: a part, like the file, may exceed
             *     4 GiB. JavaScript numbers hold it exactly up to 2⁵³ − 1 (9007199254740991) bytes.
             */
            Size: number;
        };
        /**
         * @description Multipart uploads only (absent otherwise): where and how to send the
         *     remaining parts, as in "Start Multipart Upload". Send part N with
         *     `PUT https://{domain}/{path}?uploadId={uploadId}&partNumber={N}` and the
         *     `headers`, before `expiration`. (The vendor page types it Array; it is an
         *     object, as its own example shows.)
         */
        UploadPartInfo: {
            /**
             * @description The object storage host to send parts to (no scheme).
             * @example examplebucket-1250000000.cos.ap-beijing.myqcloud.com
             */
            domain: string;
            /**
             * @description The object's key on that host; the part URL is
             *     `https://{domain}/{path}` (one `/` between them).
             * @example smhxxx/xxx.mp4
             */
            path: string;
            /** @description The object storage upload ID, the same as the task's `uploadId`. */
            uploadId: string;
            /**
             * @description Headers to send with each part, names as given (they carry the
             *     signature, e.g. `Authorization` and `x-cos-security-token`).
             */
            headers: {
                [key: string]: string;
            };
            /**
             * Format: date-time
             * @description When `headers` stop being accepted (RFC 3339). Renew them with
             *     `POST …/{ConfirmKey}?renew`.
             */
            expiration: string;
        };
        /**
         * @description The state of an upload task. The first seven fields come with every task;
         *     `uploadId`, `parts` and `uploadPartInfo` only with a multipart upload.
         *     Fields not listed here are allowed: the service may add fields, and a client
         *     must ignore those it does not know.
         */
        UploadTask: {
            /** @description Whether the upload task is completed (confirmed). */
            confirmed: boolean;
            /**
             * @description The file's final path: the last element is the file name, the others
             *     are the directories from the top. It may differ from the path given
             *     when the upload started, since a same-named file may cause an automatic
             *     rename. `null` when the file's directory, or one of its parents, has
             *     been deleted since: the file can no longer be reached. (The vendor page
             *     types it String; it is an array of strings or null, so it is required
             *     but nullable here.)
             * @example [
             *       "foo",
             *       "bar",
             *       "DCIM001.mp4"
             *     ]
             */
            path: string[] | null;
            /**
             * @description The file's type. Known values: `file`, `image` and `video` (media
             *     libraries use `image` and `video`, file libraries `file`); elsewhere in
             *     SMH entries may also be `dir`, `symlink` or `virtual`. Not an enum on
             *     purpose: the vendor page calls its list non-exhaustive ("including file
             *     and video"), and a closed list would reject a value the service may
             *     legitimately send.
             * @example video
             */
            type: string;
            /**
             * Format: date-time
             * @description When the upload task was created (RFC 3339).
             */
            creationTime: string;
            /**
             * @description What happens on a name conflict when the upload is confirmed, as chosen
             *     when it started (default `rename`). `ask`: 409 Conflict with error code
             *     `SameNameDirectoryOrFileExists`. `rename`: the file is renamed
             *     automatically. `overwrite`: an existing file is overwritten; a directory
             *     or album is never overwritten (treated as `ask`), nor is a file that has
             *     earlier versions.
             * @enum {string}
             */
            conflictResolutionStrategy: "ask" | "rename" | "overwrite";
            /** @description Whether the upload force-overwrites the file at `path`. */
            force: boolean;
            /**
             * Format: int32
             * @description The number of upload domains available to this task.
             */
            availableDomainNum: number;
            /**
             * @description Multipart uploads only (absent otherwise): the object storage upload
             *     ID, sent as `uploadId` with each part.
             */
            uploadId?: string;
            /**
             * @description Multipart uploads only (absent otherwise): the parts already stored.
             *     Upload the missing part numbers only.
             */
            parts?: components["schemas"]["UploadPart"][];
            uploadPartInfo?: components["schemas"]["UploadPartInfo"];
        };
        /**
         * @description The body of every SMH error response. Clients branch on `code`, not on
         *     `message`. When `requestId` is absent, the `X-Request-Id` header carries it.
         */
        SmhError: {
            /**
             * @description The error code, e.g. `InvalidAccessToken`; each response lists the codes it carries.
             * @example UploadNotFound
             */
            code: string;
            /** @description A human-readable explanation, not meant for parsing. */
            message: string;
            /** @description The request's ID, to quote to support. */
            requestId?: string;
        };
    };
    responses: {
        /**
         * @description A parameter is missing or malformed. Codes: `EmptyAccessToken`
         *     (no token: the service answers 400, not 401), `EmptyLibraryId`,
         *     `NotMultiSpaceLibrary`, and other parameter errors.
         */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SmhError"];
            };
        };
        /**
         * @description The token does not allow this call. Codes: `InvalidAccessToken`
         *     (invalid, expired, or for another library), `AccessTokenNotMatchSpace`,
         *     `NoPermission`, `UploadNotBelongYou` (the task belongs to another user).
         */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SmhError"];
            };
        };
        /**
         * @description Nothing to resume. Codes: `UploadNotFound` (no such task, or it
         *     expired), `ConfirmKeyNotFound`, `LibraryNotFound`, `SpaceNotFound`.
         */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SmhError"];
            };
        };
        /** @description Rate limited; retry later with backoff. Code: `RateLimitExceeded`. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SmhError"];
            };
        };
        /**
         * @description The service failed; retry later. Codes: `InternalServerError`,
         *     `ServerOverloaded` (other 5xx statuses carry the same body).
         */
        InternalServerError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SmhError"];
            };
        };
    };
    parameters: {
        /**
         * @description The media library ID, from the media hosting console ("create media
         *     library"). One path segment: it may not contain `/` or control characters,
         *     and may not be `.` or `..` (a URL parser would collapse those and the request
         *     would name another resource).
         * @example smh0000000000000
         */
        LibraryId: string;
        /**
         * @description The tenant space ID. For a single-tenant library it is the literal `-`; for a
         *     multi-tenant library it names the space ("create tenant space"), and `-` is
         *     answered with 400 `NotMultiSpaceLibrary`. The vendor page marks it "not
         *     required", meaning a single-tenant library has no space of its own; the
         *     segment itself is always present. Same segment rules as `LibraryId`.
         * @example -
         */
        SpaceId: string;
        /**
         * @description The `confirmKey` field of the response that started the upload ("begin
         *     upload"). Same segment rules as `LibraryId`: one path segment, never `.` or
         *     `..`.
         * @example 2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3
         */
        ConfirmKey: string;
        /**
         * @description Selects this operation: without it the same path names another operation.
         *     The vendor page writes it bare (`?upload`), the vendor's JavaScript SDK
         *     sends `upload=1`, and URL libraries often write `upload=`; the service
         *     accepts all three, and so does this contract.
         */
        UploadFlag: "" | "1";
        /**
         * @description Acts for this user. Only used when the access token has `admin` permission
         *     and was issued without a user identity; see "Generate Access Token".
         * @example user-1
         */
        UserId: string;
        /**
         * @description The library's secret. Not on the vendor's page for this call; the vendor's
         *     SDK sends it for this operation, so the contract admits it.
         */
        LibrarySecret: string;
        /**
         * @description `1` asks for intranet upload domains in `uploadPartInfo` (for uploaders
         *     inside Tencent Cloud), `0` or absent for public ones. Not on the vendor's
         *     page for this call; the vendor's SDK sends it for this operation.
         */
        InternalDomain: 0 | 1;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The request's ID, to quote to support. Clients read it from here when an
         *     error body carries no `requestId`.
         * @example NjE3OTk5YTBfNzEyZjNiMGFfMjQ5NWZfNzY1ZDg5
         */
        "X-Request-Id": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getUploadTask: {
        parameters: {
            query: {
                /**
                 * @description Selects this operation: without it the same path names another operation.
                 *     The vendor page writes it bare (`?upload`), the vendor's JavaScript SDK
                 *     sends `upload=1`, and URL libraries often write `upload=`; the service
                 *     accepts all three, and so does this contract.
                 */
                upload: components["parameters"]["UploadFlag"];
                /**
                 * @description Acts for this user. Only used when the access token has `admin` permission
                 *     and was issued without a user identity; see "Generate Access Token".
                 * @example user-1
                 */
                user_id?: components["parameters"]["UserId"];
                /**
                 * @description The library's secret. Not on the vendor's page for this call; the vendor's
                 *     SDK sends it for this operation, so the contract admits it.
                 */
                library_secret?: components["parameters"]["LibrarySecret"];
                /**
                 * @description `1` asks for intranet upload domains in `uploadPartInfo` (for uploaders
                 *     inside Tencent Cloud), `0` or absent for public ones. Not on the vendor's
                 *     page for this call; the vendor's SDK sends it for this operation.
                 */
                internal_domain?: components["parameters"]["InternalDomain"];
            };
            header?: never;
            path: {
                /**
                 * @description The media library ID, from the media hosting console ("create media
                 *     library"). One path segment: it may not contain `/` or control characters,
                 *     and may not be `.` or `..` (a URL parser would collapse those and the request
                 *     would name another resource).
                 * @example smh0000000000000
                 */
                LibraryId: components["parameters"]["LibraryId"];
                /**
                 * @description The tenant space ID. For a single-tenant library it is the literal `-`; for a
                 *     multi-tenant library it names the space ("create tenant space"), and `-` is
                 *     answered with 400 `NotMultiSpaceLibrary`. The vendor page marks it "not
                 *     required", meaning a single-tenant library has no space of its own; the
                 *     segment itself is always present. Same segment rules as `LibraryId`.
                 * @example -
                 */
                SpaceId: components["parameters"]["SpaceId"];
                /**
                 * @description The `confirmKey` field of the response that started the upload ("begin
                 *     upload"). Same segment rules as `LibraryId`: one path segment, never `.` or
                 *     `..`.
                 * @example 2a8c5ec76a6bb1f7d2bb4d0fd7c4a5e3
                 */
                ConfirmKey: components["parameters"]["ConfirmKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upload task's state. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadTask"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
