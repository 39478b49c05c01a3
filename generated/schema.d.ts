// Generated from spec/ by `npm run generate`. Do not edit.
export interface paths {
    "/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The media library ID, from the media hosting console ("create media
                 *     library"). One path segment: it may not contain `/` or control characters.
                 *
                 *     Nor may it be `.` or `..`: URL parsers collapse those segments, and the
                 *     request would name another resource. The pattern says all of this without
                 *     lookaround, so that it compiles alike in ECMAScript and RE2, for every
                 *     generator that loads it.
                 * @example smh0000000000000
                 */
                LibraryId: components["parameters"]["LibraryId"];
                /**
                 * @description The tenant space ID. For a single-tenant library it is the literal `-`; for
                 *     a multi-tenant library it names the space ("create tenant space"). The
                 *     vendor page marks it "not required", meaning a single-tenant library has no
                 *     space of its own; the segment itself is always present. Same segment rules
                 *     as `LibraryId`.
                 * @example -
                 */
                SpaceId: components["parameters"]["SpaceId"];
                /**
                 * @description The `confirmKey` field of the response that started the upload ("begin
                 *     upload"). One path segment, like `LibraryId`.
                 *
                 *     **Test keys.** Each example below is a documented key that the contract's
                 *     mocks answer, on every call that documents a response example of the same
                 *     name, with that example (status and body), the way Microcks pairs
                 *     examples by name and Stripe documents test card numbers: code under test
                 *     needs no mock-only header to meet a confirmed task, a deleted directory or
                 *     a 404. The keys are stable: removing or changing one is a breaking change.
                 *     Any other key names a task the mock simulates, or none (404
                 *     `UploadNotFound`). They are test values only: the real service has no
                 *     tasks under them.
                 */
                ConfirmKey: components["parameters"]["ConfirmKey"];
            };
            cookie?: never;
        };
        /**
         * Get file upload task status
         * @description ```
         *     GET /api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}?upload&access_token={token}
         *     ```
         *
         *     Returns the state of an upload task started by "begin upload",
         *     [to resume it](#tag/Resuming-an-upload).
         */
        get: operations["getUploadTask"];
        put?: never;
        post?: never;
        /**
         * Cancel an upload
         * @description ```
         *     DELETE /api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}?upload&access_token={token}
         *     ```
         *
         *     Ends the upload task: the parts stored are dropped, and object storage
         *     aborts the multipart upload (a part sent later gets 404 `NoSuchUpload`).
         *     A later status of the task is 404 `UploadNotFound` [inferred].
         */
        delete: operations["cancelUpload"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}#renew": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The media library ID, from the media hosting console ("create media
                 *     library"). One path segment: it may not contain `/` or control characters.
                 *
                 *     Nor may it be `.` or `..`: URL parsers collapse those segments, and the
                 *     request would name another resource. The pattern says all of this without
                 *     lookaround, so that it compiles alike in ECMAScript and RE2, for every
                 *     generator that loads it.
                 * @example smh0000000000000
                 */
                LibraryId: components["parameters"]["LibraryId"];
                /**
                 * @description The tenant space ID. For a single-tenant library it is the literal `-`; for
                 *     a multi-tenant library it names the space ("create tenant space"). The
                 *     vendor page marks it "not required", meaning a single-tenant library has no
                 *     space of its own; the segment itself is always present. Same segment rules
                 *     as `LibraryId`.
                 * @example -
                 */
                SpaceId: components["parameters"]["SpaceId"];
                /**
                 * @description The `confirmKey` field of the response that started the upload ("begin
                 *     upload"). One path segment, like `LibraryId`.
                 *
                 *     **Test keys.** Each example below is a documented key that the contract's
                 *     mocks answer, on every call that documents a response example of the same
                 *     name, with that example (status and body), the way Microcks pairs
                 *     examples by name and Stripe documents test card numbers: code under test
                 *     needs no mock-only header to meet a confirmed task, a deleted directory or
                 *     a 404. The keys are stable: removing or changing one is a breaking change.
                 *     Any other key names a task the mock simulates, or none (404
                 *     `UploadNotFound`). They are test values only: the real service has no
                 *     tasks under them.
                 */
                ConfirmKey: components["parameters"]["ConfirmKey"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew the part credentials
         * @description ```
         *     POST /api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}?renew&access_token={token}
         *     ```
         *
         *     Issues fresh part headers and `expiration` for a multipart upload, under
         *     the same `confirmKey` and `uploadId` [inferred]: call it when the
         *     headers expired or expire soon, or when storage answers 403 "Request has
         *     expired". The parts stored stay stored. A simple upload has no renew:
         *     begin it again. No request body.
         */
        post: operations["renewUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}#confirm": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The media library ID, from the media hosting console ("create media
                 *     library"). One path segment: it may not contain `/` or control characters.
                 *
                 *     Nor may it be `.` or `..`: URL parsers collapse those segments, and the
                 *     request would name another resource. The pattern says all of this without
                 *     lookaround, so that it compiles alike in ECMAScript and RE2, for every
                 *     generator that loads it.
                 * @example smh0000000000000
                 */
                LibraryId: components["parameters"]["LibraryId"];
                /**
                 * @description The tenant space ID. For a single-tenant library it is the literal `-`; for
                 *     a multi-tenant library it names the space ("create tenant space"). The
                 *     vendor page marks it "not required", meaning a single-tenant library has no
                 *     space of its own; the segment itself is always present. Same segment rules
                 *     as `LibraryId`.
                 * @example -
                 */
                SpaceId: components["parameters"]["SpaceId"];
                /**
                 * @description The `confirmKey` field of the response that started the upload ("begin
                 *     upload"). One path segment, like `LibraryId`.
                 *
                 *     **Test keys.** Each example below is a documented key that the contract's
                 *     mocks answer, on every call that documents a response example of the same
                 *     name, with that example (status and body), the way Microcks pairs
                 *     examples by name and Stripe documents test card numbers: code under test
                 *     needs no mock-only header to meet a confirmed task, a deleted directory or
                 *     a 404. The keys are stable: removing or changing one is a breaking change.
                 *     Any other key names a task the mock simulates, or none (404
                 *     `UploadNotFound`). They are test values only: the real service has no
                 *     tasks under them.
                 */
                ConfirmKey: components["parameters"]["ConfirmKey"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an upload
         * @description ```
         *     POST /api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}?confirm&access_token={token}
         *     ```
         *
         *     Completes the upload: every part from 1 to the last is stored (no ETags
         *     needed; every part but the last at least 1 MiB), or a simple upload's
         *     bytes. Answers the file; the task's status then says `confirmed: true`.
         */
        post: operations["confirmUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/file/{LibraryId}/{SpaceId}/{FilePath}#multipart": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The media library ID, from the media hosting console ("create media
                 *     library"). One path segment: it may not contain `/` or control characters.
                 *
                 *     Nor may it be `.` or `..`: URL parsers collapse those segments, and the
                 *     request would name another resource. The pattern says all of this without
                 *     lookaround, so that it compiles alike in ECMAScript and RE2, for every
                 *     generator that loads it.
                 * @example smh0000000000000
                 */
                LibraryId: components["parameters"]["LibraryId"];
                /**
                 * @description The tenant space ID. For a single-tenant library it is the literal `-`; for
                 *     a multi-tenant library it names the space ("create tenant space"). The
                 *     vendor page marks it "not required", meaning a single-tenant library has no
                 *     space of its own; the segment itself is always present. Same segment rules
                 *     as `LibraryId`.
                 * @example -
                 */
                SpaceId: components["parameters"]["SpaceId"];
                /**
                 * @description Where the file goes in the space: its directories and name, `/` between
                 *     them (`dir/sub/clip.mp4`), sent as one path segment with each `/`
                 *     percent-encoded (`dir%2Fsub%2Fclip.mp4`), as the vendor's SDKs send it.
                 *     Parent directories must exist (404 `DirectoryNotFound` otherwise). Not
                 *     `.` or `..`, and no control characters.
                 */
                FilePath: components["parameters"]["FilePath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Begin a multipart upload
         * @description ```
         *     POST /api/v1/file/{LibraryId}/{SpaceId}/{FilePath}?multipart&access_token={token}
         *     ```
         *
         *     Starts an upload in parts: a task whose `confirmKey` the other calls
         *     take, and where and with which headers to send each part. Send the
         *     parts (`PUT` to object storage), renew when the headers expire, then
         *     confirm. The task's status tells what is stored, to resume.
         */
        post: operations["beginMultipartUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/file/{LibraryId}/{SpaceId}/{FilePath}#simple": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The media library ID, from the media hosting console ("create media
                 *     library"). One path segment: it may not contain `/` or control characters.
                 *
                 *     Nor may it be `.` or `..`: URL parsers collapse those segments, and the
                 *     request would name another resource. The pattern says all of this without
                 *     lookaround, so that it compiles alike in ECMAScript and RE2, for every
                 *     generator that loads it.
                 * @example smh0000000000000
                 */
                LibraryId: components["parameters"]["LibraryId"];
                /**
                 * @description The tenant space ID. For a single-tenant library it is the literal `-`; for
                 *     a multi-tenant library it names the space ("create tenant space"). The
                 *     vendor page marks it "not required", meaning a single-tenant library has no
                 *     space of its own; the segment itself is always present. Same segment rules
                 *     as `LibraryId`.
                 * @example -
                 */
                SpaceId: components["parameters"]["SpaceId"];
                /**
                 * @description Where the file goes in the space: its directories and name, `/` between
                 *     them (`dir/sub/clip.mp4`), sent as one path segment with each `/`
                 *     percent-encoded (`dir%2Fsub%2Fclip.mp4`), as the vendor's SDKs send it.
                 *     Parent directories must exist (404 `DirectoryNotFound` otherwise). Not
                 *     `.` or `..`, and no control characters.
                 */
                FilePath: components["parameters"]["FilePath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Begin a simple upload
         * @description ```
         *     PUT /api/v1/file/{LibraryId}/{SpaceId}/{FilePath}?access_token={token}
         *     ```
         *
         *     Starts an upload in one piece: where and with which headers to send the
         *     whole file (`PUT https://{domain}{path}`), then confirm. There is no
         *     renew: when the headers expire, begin again. The task's status has no
         *     `uploadId`, `parts` or `uploadPartInfo`.
         */
        put: operations["beginSimpleUpload"];
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
         * @description The body of every SMH error response. Clients branch on `code`, not on
         *     `message`. When `requestId` is absent, the `X-Request-Id` header carries
         *     it (the official SDKs fall back to the header); when both are present
         *     they are the same ID. The service may add fields; a client must ignore
         *     those it does not know.
         */
        SmhError: {
            /**
             * @description The error code, e.g. `InvalidAccessToken`; each response lists the
             *     codes it carries. An open set: a client must handle a code it does not
             *     know by its HTTP status. The known codes are listed in
             *     `x-extensible-enum`, which code generators ignore; this package's
             *     TypeScript type names them and admits any other string.
             * @example UploadNotFound
             */
            code: "EmptyAccessToken" | "EmptyLibraryId" | "EmptyLibrarySecret" | "EmptyLibraryIdOrSecret" | "NotMultiSpaceLibrary" | "SpaceIdInvalid" | "BadRequest" | "ParamInvalid" | "InvalidAccessToken" | "AccessTokenNotMatchLibrary" | "AccessTokenNotMatchSpace" | "AccessTokenVersionNotMatch" | "NoPermission" | "UploadNotBelongYou" | "LibraryServiceExpired" | "SpaceBanned" | "UploadNotFound" | "ConfirmKeyNotFound" | "LibraryNotFound" | "SpaceNotFound" | "RouteNotFound" | "URITooLong" | "HeaderFieldsTooLarge" | "RateLimitExceeded" | "InternalServerError" | "ServerOverloaded" | "RequestTimeout" | "DirectoryNotFound" | "SameNameDirectoryOrFileExists" | "QuotaLimitReached" | "BadCrc64" | "MultipartUploadIncomplete" | "MultipartUploadPartTooSmall" | "UploadIncomplete" | "UploadComplete" | (string & {});
            /** @description A human-readable explanation, not meant for parsing. */
            message: string;
            /** @description The request's ID, to quote to support. */
            requestId?: string;
        };
        /**
         * @description A part already stored. The keys are PascalCase because they come from the
         *     object storage (COS) unchanged.
         */
        UploadPart: {
            /**
             * Format: int32
             * @description The part's number, from 1 to at most 10,000.
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
             *     `"\"39270a…\""` in JSON). For information only: SMH's confirm needs no
             *     ETags, only parts numbered contiguously from 1.
             * @example "39270a968a357d24207e9911162507eb"
             */
            ETag: string;
            /**
             * Format: int64
             * @description The part's size in bytes: at most 5 GiB (5,368,709,120). Every part but
             *     the last has the same size, at least 1 MiB; the last may be smaller.
             *     64-bit: a size over 2³¹ − 1 needs a 64-bit integer in typed languages.
             */
            Size: number;
        };
        /**
         * @description Multipart uploads only (absent otherwise): where and how to send the
         *     remaining parts, as in "Start Multipart Upload". (The vendor page types it
         *     Array; it is an object, as its own example shows.)
         *
         *     Send each missing part N with `PUT` straight to object storage, one part
         *     per request body, at `https://{domain}/{path}?partNumber={N}&uploadId={uploadId}`
         *     with every header in `headers`, before `expiration`; storage answers 200.
         *     Join `domain` and `path` with exactly one `/`: `path` may or may not start
         *     with one, and a double slash names another object (its signature then
         *     fails with 403). Part numbers run from 1 to at most 10,000; every part but
         *     the last has the same size, from 1 MiB to 5 GiB, and the last may be
         *     smaller. A 403 from storage, or a storage error saying "Request has
         *     expired", means the headers are stale: renew them
         *     (`POST …/{ConfirmKey}?renew`, which answers a fresh `domain`, `path`,
         *     `uploadId`, `headers` and `expiration`) and send the part again.
         */
        UploadPartInfo: {
            /**
             * @description The object storage host to send parts to (no scheme, no path).
             * @example examplebucket-1250000000.cos.ap-beijing.myqcloud.com
             */
            domain: string;
            /**
             * @description The object's key on that host, with or without a leading `/` (the
             *     begin-upload call writes one, this call's example none). The part URL
             *     puts exactly one `/` between `domain` and the key.
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
             * @description When `headers` stop being accepted (RFC 3339, with an offset). At or
             *     after it, renew them with `POST …/{ConfirmKey}?renew` before sending
             *     more parts; the vendor's uploader renews when fewer than 5 minutes
             *     remain.
             */
            expiration: string;
        };
        /**
         * @description The state of an upload task. The first seven fields come with every task;
         *     `uploadId`, `parts` and `uploadPartInfo` only with a multipart upload.
         *
         *     The service may add fields: a client must ignore those it does not know.
         *     `additionalProperties: true` says so to code generators, whose defaults
         *     otherwise differ (some reject an unknown field).
         */
        UploadTask: {
            /** @description Whether the upload task is completed (confirmed). */
            confirmed: boolean;
            /**
             * @description The file's final path: the last element is the file name, the others
             *     are the directories from the top. It may differ from the path given
             *     when the upload started, since a same-named file may cause an automatic
             *     rename. `null` when the file's directory, or one of its parents, has
             *     been deleted since: the file can no longer be reached, and the upload
             *     must start over. (The vendor page types it String; it is an array of
             *     strings or null, so it is required but nullable here.)
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
             *     SMH entries may also be `dir`, `symlink` or `virtual`. An open string on
             *     purpose: the vendor page calls its list non-exhaustive ("including file
             *     and video"), so a client must accept a value it does not know.
             * @example video
             */
            type: "file" | "image" | "video" | (string & {});
            /**
             * Format: date-time
             * @description When the upload task was created (RFC 3339).
             */
            creationTime: string;
            /**
             * @description What happens on a name conflict when the upload is confirmed, as chosen
             *     when it started (default `rename`). Known values: `ask`: 409 Conflict
             *     with error code `SameNameDirectoryOrFileExists`; `rename`: the file is
             *     renamed automatically; `overwrite`: an existing file is overwritten (a
             *     directory or album never is, and is treated as `ask`, nor is a file that
             *     has earlier versions).
             *
             *     An open set: the service may add a strategy, and a client must accept a
             *     value it does not know (and must not assume it overwrites). The known
             *     values are listed in `x-extensible-enum`, which code generators ignore:
             *     their clients type the field as a string; this package's TypeScript
             *     type names the known values and admits any other string.
             * @example rename
             */
            conflictResolutionStrategy: "ask" | "rename" | "overwrite" | (string & {});
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
             * @description Multipart uploads only (absent otherwise): the parts already stored,
             *     in any order. Gaps are normal (parts sent in parallel, one failed):
             *     the part numbers missing from 1 to the last are the parts left to
             *     send. When none is missing, confirm the upload.
             */
            parts?: components["schemas"]["UploadPart"][];
            uploadPartInfo?: components["schemas"]["UploadPartInfo"];
        };
        /**
         * @description Where and how to send the file: what "begin upload" answers with 201, and
         *     "renew" with fresh `headers` and `expiration` for the same task.
         *
         *     Send the bytes with `PUT` straight to object storage at
         *     `https://{domain}/{path}` with every header in `headers`, before
         *     `expiration`: the whole file for a simple upload; for a multipart upload,
         *     each part N at `https://{domain}/{path}?partNumber={N}&uploadId={uploadId}`.
         *     Storage answers 200 with the part's `ETag`; its errors are XML (see the
         *     object storage guide). Then confirm (`POST …/{ConfirmKey}?confirm`).
         */
        UploadStarted: {
            /**
             * @description The object storage host to send the bytes to (no scheme, no path; a port may follow).
             * @example examplebucket-1250000000.cos.ap-beijing.myqcloud.com
             */
            domain: string;
            /**
             * @description The object's key on that host, with a leading `/` here. The URL puts exactly one `/` between `domain` and the key.
             * @example /smhxxx/xxx.mp4
             */
            path: string;
            /** @description Multipart uploads only (absent for a simple upload) — the object storage upload ID, sent as `uploadId` with each part. */
            uploadId?: string;
            /**
             * @description Headers to send with every `PUT` to storage, names as given (they carry
             *     the signature: `Authorization`, `x-cos-security-token`).
             */
            headers: {
                [key: string]: string;
            };
            /** @description The task's key, for status, renew, confirm and cancel (`…/{ConfirmKey}`). */
            confirmKey: string;
            /**
             * Format: date-time
             * @description When `headers` stop being accepted (RFC 3339). Renew before it to send more parts; a simple upload begins again instead.
             */
            expiration: string;
            /**
             * Format: int32
             * @description The number of upload domains available to this task.
             */
            availableDomainNum?: number;
        };
        /**
         * @description What "confirm" may say of the file, all optional. With `crc64` the
         *     service checks the stored bytes against it (400 `BadCrc64` when they
         *     differ).
         */
        ConfirmUploadBody: {
            /**
             * @description The file's CRC-64/XZ (ECMA-182, reflected), as an unsigned decimal string.
             * @example 11598977699294832468
             */
            crc64?: string;
            /** @description Labels to give the file. */
            labels?: string[];
            /** @description A category for the file (media libraries). */
            category?: string;
            /**
             * Format: date-time
             * @description When the file was created where it comes from.
             */
            localCreationTime?: string;
            /**
             * Format: date-time
             * @description When the file was last changed where it comes from.
             */
            localModificationTime?: string;
        };
        /**
         * @description The file an upload stored: what "confirm" answers, and "begin upload"
         *     with 200 when the service stores the same bytes already. Fields beyond
         *     `path` are what the vendor's SDKs read; the service may send more.
         */
        UploadedFile: {
            /**
             * @description The file's final path, the last element its name (it may differ from the path asked for, after a rename).
             * @example [
             *       "videos",
             *       "clip.mp4"
             *     ]
             */
            path: string[];
            /** @description The file's name. */
            name?: string;
            /** @description The file's type; an open set, as the upload task's `type`. */
            type?: "file" | "image" | "video" | (string & {});
            /**
             * Format: date-time
             * @description When the file was created in the space.
             */
            creationTime?: string;
            /**
             * Format: date-time
             * @description When the file was last changed.
             */
            modificationTime?: string;
            /** @description The file's media type. */
            contentType?: string;
            /** @description The file's size in bytes, as a decimal string. */
            size?: string;
            /** @description Object storage's ETag of the stored file. */
            eTag?: string;
            /** @description The file's CRC-64/XZ, as an unsigned decimal string. */
            crc64?: string;
            /** @description Whether an existing file was overwritten. */
            isOverwritten?: boolean;
        };
        /**
         * @description What "begin upload" may say of the file, all optional. With a
         *     `beginningHash` (and `size`) the service may answer 202: send the request
         *     again with the `fullHash` as well, and it answers 200 when it already
         *     stores the same bytes (a rapid upload: nothing to send).
         */
        BeginUploadBody: {
            /** @description SHA-256 over the whole file, chained per MiB as the vendor's SDKs compute it (hex). */
            fullHash?: string;
            /** @description SHA-256 of the first MiB of the file (hex). */
            beginningHash?: string;
            /** @description A hash of samples of the file, as the vendor's SDKs compute it. */
            sampleHash?: string;
            /**
             * @description The file's size in bytes, as a decimal string.
             * @example 5500000
             */
            size?: string;
            /** @description Labels to give the file. */
            labels?: string[];
            /** @description A category for the file (media libraries). */
            category?: string;
            /**
             * Format: date-time
             * @description When the file was created where it comes from.
             */
            localCreationTime?: string;
            /**
             * Format: date-time
             * @description When the file was last changed where it comes from.
             */
            localModificationTime?: string;
        };
    };
    responses: {
        /**
         * @description Any other status, with the same SMH error body: gateways in front of the
         *     service answer 414 `URITooLong` (a request line too long, e.g. a very long
         *     ConfirmKey or token) and 431 `HeaderFieldsTooLarge`, and other statuses
         *     may come. A client handles them by status class and `code`. Each example
         *     names its status in `x-status`.
         *     Body: [SmhError](#tag/SmhError).
         */
        OtherError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SmhError"];
            };
        };
        /**
         * @description A parameter is missing or malformed. Codes: `EmptyAccessToken` (no token,
         *     or an empty one: the service answers 400, not 401), `EmptyLibraryId`,
         *     `NotMultiSpaceLibrary`, `SpaceIdInvalid`, `EmptyLibrarySecret`,
         *     `EmptyLibraryIdOrSecret`, `ParamInvalid` (a malformed or unknown
         *     parameter value; the message names the parameter) and `BadRequest`.
         *     The codes are the vendor SDK's table; an open set.
         *     Body: [SmhError](#tag/SmhError).
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
         *     (invalid, expired, or for another library: there is no separate
         *     "expired" code), `AccessTokenNotMatchLibrary`, `AccessTokenNotMatchSpace`,
         *     `AccessTokenVersionNotMatch`, `NoPermission` (the token lacks every
         *     permission this call accepts), `UploadNotBelongYou` (the task belongs to
         *     another user), `LibraryServiceExpired` and `SpaceBanned`.
         *     Body: [SmhError](#tag/SmhError).
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
         * @description Nothing to resume. Codes: `UploadNotFound` (no such task, or it expired:
         *     start the upload over), `ConfirmKeyNotFound`, `LibraryNotFound`,
         *     `SpaceNotFound`, and `RouteNotFound` (a path the service does not
         *     route).
         *     Body: [SmhError](#tag/SmhError).
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
        /**
         * @description Rate limited; retry later with backoff. Code: `RateLimitExceeded`.
         *     Body: [SmhError](#tag/SmhError).
         */
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
         * @description The service failed; retry later. Code: `InternalServerError`. The vendor
         *     SDK's table groups `InternalServerError`, `ServerOverloaded` and
         *     `RequestTimeout` under "500 / 503": a client should treat any of them
         *     under either status alike.
         *     Body: [SmhError](#tag/SmhError).
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
        /**
         * @description The service is overloaded; retry later with backoff. Code:
         *     `ServerOverloaded` (the vendor SDK's table puts it under 503; see 500 for
         *     the codes it groups with it).
         *     Body: [SmhError](#tag/SmhError).
         */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SmhError"];
            };
        };
        /**
         * @description A parameter is missing or malformed (the codes of every call), or the upload
         *     is not complete: `MultipartUploadIncomplete` (parts missing: they must be
         *     contiguous from 1), `UploadIncomplete` (a simple upload's bytes were never
         *     stored), `MultipartUploadPartTooSmall` (a part other than the last under
         *     1 MiB), `BadCrc64` (the bytes do not have the `crc64` given).
         *     Body: [SmhError](#tag/SmhError).
         */
        ConfirmBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SmhError"];
            };
        };
        /**
         * @description `SameNameDirectoryOrFileExists`: a file or directory of that name exists
         *     and the strategy is `ask`; `UploadComplete`: the upload was confirmed
         *     already ([unknown]: inferred, the vendor's pages show no second confirm).
         *     Body: [SmhError](#tag/SmhError).
         */
        ConfirmConflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SmhError"];
            };
        };
        /**
         * @description A parameter is missing or malformed (the codes of every call: `EmptyAccessToken`,
         *     `ParamInvalid`…), or `QuotaLimitReached`: the library or space has no room
         *     for the file.
         *     Body: [SmhError](#tag/SmhError).
         */
        BeginBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SmhError"];
            };
        };
        /**
         * @description Nowhere to put the file. Codes: `DirectoryNotFound` (a directory on its path
         *     does not exist: parents are not created), `LibraryNotFound`,
         *     `SpaceNotFound`, `RouteNotFound`.
         *     Body: [SmhError](#tag/SmhError).
         */
        BeginNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SmhError"];
            };
        };
        /**
         * @description `SameNameDirectoryOrFileExists`: a file or directory of that name exists
         *     and `conflict_resolution_strategy` is `ask`.
         *     Body: [SmhError](#tag/SmhError).
         */
        BeginConflict: {
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
         *     library"). One path segment: it may not contain `/` or control characters.
         *
         *     Nor may it be `.` or `..`: URL parsers collapse those segments, and the
         *     request would name another resource. The pattern says all of this without
         *     lookaround, so that it compiles alike in ECMAScript and RE2, for every
         *     generator that loads it.
         * @example smh0000000000000
         */
        LibraryId: string;
        /**
         * @description The tenant space ID. For a single-tenant library it is the literal `-`; for
         *     a multi-tenant library it names the space ("create tenant space"). The
         *     vendor page marks it "not required", meaning a single-tenant library has no
         *     space of its own; the segment itself is always present. Same segment rules
         *     as `LibraryId`.
         * @example -
         */
        SpaceId: string;
        /**
         * @description The `confirmKey` field of the response that started the upload ("begin
         *     upload"). One path segment, like `LibraryId`.
         *
         *     **Test keys.** Each example below is a documented key that the contract's
         *     mocks answer, on every call that documents a response example of the same
         *     name, with that example (status and body), the way Microcks pairs
         *     examples by name and Stripe documents test card numbers: code under test
         *     needs no mock-only header to meet a confirmed task, a deleted directory or
         *     a 404. The keys are stable: removing or changing one is a breaking change.
         *     Any other key names a task the mock simulates, or none (404
         *     `UploadNotFound`). They are test values only: the real service has no
         *     tasks under them.
         */
        ConfirmKey: string;
        /**
         * @description Selects this operation: without it the same path names another operation.
         *     The vendor page writes it bare (`?upload`), the vendor's JavaScript SDK
         *     sends `upload=1`, and URL libraries often write `upload=`; the service
         *     accepts all three, and so does this contract. A generated client that
         *     asks for a value should pass `1` (the SDK's spelling, the first listed).
         * @example 1
         */
        UploadFlag: "1" | "";
        /**
         * @description Acts for this user. Only used when the access token has `admin` permission
         *     and was issued without a user identity; see "Generate Access Token".
         * @example user-1
         */
        UserId: string;
        /**
         * @description The library's secret. Not on the vendor's page for this call; the vendor's
         *     SDK sends it for this operation, so the contract admits it.
         *
         *     **A long-lived secret in the URL.** Unlike an access token, it does not
         *     expire, and a URL is written to server, proxy and gateway logs, browser
         *     history and `Referer` headers. Prefer the access token; the vendor's pages
         *     do not say when the service reads the secret instead. Never send it from
         *     a browser or any code a user can read, and mask it in logs as you mask
         *     `access_token`.
         */
        LibrarySecret: string;
        /**
         * @description `1` asks for intranet upload domains in `uploadPartInfo` (for uploaders
         *     inside Tencent Cloud), `0` or absent for public ones. Not on the vendor's
         *     page for this call; the vendor's SDK sends it for this operation.
         */
        InternalDomain: 0 | 1;
        /**
         * @description Selects renewing the part credentials on this path: the vendor's pages write it bare
         *     (`?renew`), its SDKs send `renew=1`, and URL libraries often write
         *     `renew=`; the service accepts all three, and so does this contract. A
         *     generated client that asks for a value should pass `1`.
         * @example 1
         */
        RenewFlag: "1" | "";
        /**
         * @description A speed limit for sending the file to object storage, in bits per
         *     second; the issued part headers carry it (`x-cos-traffic-limit`).
         */
        TrafficLimit: number;
        /**
         * @description Selects confirming the upload on this path: the vendor's pages write it bare
         *     (`?confirm`), its SDKs send `confirm=1`, and URL libraries often write
         *     `confirm=`; the service accepts all three, and so does this contract. A
         *     generated client that asks for a value should pass `1`.
         * @example 1
         */
        ConfirmFlag: "1" | "";
        /**
         * @description What to do when a file or directory of the same name exists where the
         *     file goes, decided when the upload is confirmed: `ask` (409
         *     `SameNameDirectoryOrFileExists`), `rename` (the default: the file gets
         *     another name; `path` in the answer says which) or `overwrite` (a file
         *     with earlier versions, a directory or an album is never overwritten:
         *     treated as `ask`).
         * @example rename
         */
        ConflictResolutionStrategy: "ask" | "rename" | "overwrite";
        /** @description `1` asks for the file's inode in the answer; `0` or absent, none. */
        WithInode: 0 | 1;
        /**
         * @description Where the file goes in the space: its directories and name, `/` between
         *     them (`dir/sub/clip.mp4`), sent as one path segment with each `/`
         *     percent-encoded (`dir%2Fsub%2Fclip.mp4`), as the vendor's SDKs send it.
         *     Parent directories must exist (404 `DirectoryNotFound` otherwise). Not
         *     `.` or `..`, and no control characters.
         */
        FilePath: string;
        /**
         * @description Selects starting a multipart upload on this path: the vendor's pages write it bare
         *     (`?multipart`), its SDKs send `multipart=1`, and URL libraries often write
         *     `multipart=`; the service accepts all three, and so does this contract. A
         *     generated client that asks for a value should pass `1`.
         * @example 1
         */
        MultipartFlag: "1" | "";
        /**
         * @description The file's size in bytes, when known; the service checks it against the library's quota.
         * @example 5500000
         */
        FileSize: number;
        /**
         * @description `1` asks for a storage domain on the API's own origin, where the service
         *     offers one (for browsers behind strict network rules); `0` or absent, the
         *     usual storage domain. Sent by the vendor's SDKs; the pages say little more.
         */
        PreferSameOrigin: 0 | 1;
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
                 *     accepts all three, and so does this contract. A generated client that
                 *     asks for a value should pass `1` (the SDK's spelling, the first listed).
                 * @example 1
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
                 *
                 *     **A long-lived secret in the URL.** Unlike an access token, it does not
                 *     expire, and a URL is written to server, proxy and gateway logs, browser
                 *     history and `Referer` headers. Prefer the access token; the vendor's pages
                 *     do not say when the service reads the secret instead. Never send it from
                 *     a browser or any code a user can read, and mask it in logs as you mask
                 *     `access_token`.
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
                 *     library"). One path segment: it may not contain `/` or control characters.
                 *
                 *     Nor may it be `.` or `..`: URL parsers collapse those segments, and the
                 *     request would name another resource. The pattern says all of this without
                 *     lookaround, so that it compiles alike in ECMAScript and RE2, for every
                 *     generator that loads it.
                 * @example smh0000000000000
                 */
                LibraryId: components["parameters"]["LibraryId"];
                /**
                 * @description The tenant space ID. For a single-tenant library it is the literal `-`; for
                 *     a multi-tenant library it names the space ("create tenant space"). The
                 *     vendor page marks it "not required", meaning a single-tenant library has no
                 *     space of its own; the segment itself is always present. Same segment rules
                 *     as `LibraryId`.
                 * @example -
                 */
                SpaceId: components["parameters"]["SpaceId"];
                /**
                 * @description The `confirmKey` field of the response that started the upload ("begin
                 *     upload"). One path segment, like `LibraryId`.
                 *
                 *     **Test keys.** Each example below is a documented key that the contract's
                 *     mocks answer, on every call that documents a response example of the same
                 *     name, with that example (status and body), the way Microcks pairs
                 *     examples by name and Stripe documents test card numbers: code under test
                 *     needs no mock-only header to meet a confirmed task, a deleted directory or
                 *     a 404. The keys are stable: removing or changing one is a breaking change.
                 *     Any other key names a task the mock simulates, or none (404
                 *     `UploadNotFound`). They are test values only: the real service has no
                 *     tasks under them.
                 */
                ConfirmKey: components["parameters"]["ConfirmKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The upload task's state: whether it is confirmed, the file's final
             *     path and, for a multipart upload, the parts already stored (`parts`)
             *     and where and with which headers to send the rest (`uploadPartInfo`).
             */
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
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    cancelUpload: {
        parameters: {
            query: {
                /**
                 * @description Selects this operation: without it the same path names another operation.
                 *     The vendor page writes it bare (`?upload`), the vendor's JavaScript SDK
                 *     sends `upload=1`, and URL libraries often write `upload=`; the service
                 *     accepts all three, and so does this contract. A generated client that
                 *     asks for a value should pass `1` (the SDK's spelling, the first listed).
                 * @example 1
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
                 *
                 *     **A long-lived secret in the URL.** Unlike an access token, it does not
                 *     expire, and a URL is written to server, proxy and gateway logs, browser
                 *     history and `Referer` headers. Prefer the access token; the vendor's pages
                 *     do not say when the service reads the secret instead. Never send it from
                 *     a browser or any code a user can read, and mask it in logs as you mask
                 *     `access_token`.
                 */
                library_secret?: components["parameters"]["LibrarySecret"];
            };
            header?: never;
            path: {
                /**
                 * @description The media library ID, from the media hosting console ("create media
                 *     library"). One path segment: it may not contain `/` or control characters.
                 *
                 *     Nor may it be `.` or `..`: URL parsers collapse those segments, and the
                 *     request would name another resource. The pattern says all of this without
                 *     lookaround, so that it compiles alike in ECMAScript and RE2, for every
                 *     generator that loads it.
                 * @example smh0000000000000
                 */
                LibraryId: components["parameters"]["LibraryId"];
                /**
                 * @description The tenant space ID. For a single-tenant library it is the literal `-`; for
                 *     a multi-tenant library it names the space ("create tenant space"). The
                 *     vendor page marks it "not required", meaning a single-tenant library has no
                 *     space of its own; the segment itself is always present. Same segment rules
                 *     as `LibraryId`.
                 * @example -
                 */
                SpaceId: components["parameters"]["SpaceId"];
                /**
                 * @description The `confirmKey` field of the response that started the upload ("begin
                 *     upload"). One path segment, like `LibraryId`.
                 *
                 *     **Test keys.** Each example below is a documented key that the contract's
                 *     mocks answer, on every call that documents a response example of the same
                 *     name, with that example (status and body), the way Microcks pairs
                 *     examples by name and Stripe documents test card numbers: code under test
                 *     needs no mock-only header to meet a confirmed task, a deleted directory or
                 *     a 404. The keys are stable: removing or changing one is a breaking change.
                 *     Any other key names a task the mock simulates, or none (404
                 *     `UploadNotFound`). They are test values only: the real service has no
                 *     tasks under them.
                 */
                ConfirmKey: components["parameters"]["ConfirmKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled; no body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    renewUpload: {
        parameters: {
            query: {
                /**
                 * @description Selects renewing the part credentials on this path: the vendor's pages write it bare
                 *     (`?renew`), its SDKs send `renew=1`, and URL libraries often write
                 *     `renew=`; the service accepts all three, and so does this contract. A
                 *     generated client that asks for a value should pass `1`.
                 * @example 1
                 */
                renew: components["parameters"]["RenewFlag"];
                /**
                 * @description Acts for this user. Only used when the access token has `admin` permission
                 *     and was issued without a user identity; see "Generate Access Token".
                 * @example user-1
                 */
                user_id?: components["parameters"]["UserId"];
                /**
                 * @description The library's secret. Not on the vendor's page for this call; the vendor's
                 *     SDK sends it for this operation, so the contract admits it.
                 *
                 *     **A long-lived secret in the URL.** Unlike an access token, it does not
                 *     expire, and a URL is written to server, proxy and gateway logs, browser
                 *     history and `Referer` headers. Prefer the access token; the vendor's pages
                 *     do not say when the service reads the secret instead. Never send it from
                 *     a browser or any code a user can read, and mask it in logs as you mask
                 *     `access_token`.
                 */
                library_secret?: components["parameters"]["LibrarySecret"];
                /**
                 * @description A speed limit for sending the file to object storage, in bits per
                 *     second; the issued part headers carry it (`x-cos-traffic-limit`).
                 */
                traffic_limit?: components["parameters"]["TrafficLimit"];
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
                 *     library"). One path segment: it may not contain `/` or control characters.
                 *
                 *     Nor may it be `.` or `..`: URL parsers collapse those segments, and the
                 *     request would name another resource. The pattern says all of this without
                 *     lookaround, so that it compiles alike in ECMAScript and RE2, for every
                 *     generator that loads it.
                 * @example smh0000000000000
                 */
                LibraryId: components["parameters"]["LibraryId"];
                /**
                 * @description The tenant space ID. For a single-tenant library it is the literal `-`; for
                 *     a multi-tenant library it names the space ("create tenant space"). The
                 *     vendor page marks it "not required", meaning a single-tenant library has no
                 *     space of its own; the segment itself is always present. Same segment rules
                 *     as `LibraryId`.
                 * @example -
                 */
                SpaceId: components["parameters"]["SpaceId"];
                /**
                 * @description The `confirmKey` field of the response that started the upload ("begin
                 *     upload"). One path segment, like `LibraryId`.
                 *
                 *     **Test keys.** Each example below is a documented key that the contract's
                 *     mocks answer, on every call that documents a response example of the same
                 *     name, with that example (status and body), the way Microcks pairs
                 *     examples by name and Stripe documents test card numbers: code under test
                 *     needs no mock-only header to meet a confirmed task, a deleted directory or
                 *     a 404. The keys are stable: removing or changing one is a breaking change.
                 *     Any other key names a task the mock simulates, or none (404
                 *     `UploadNotFound`). They are test values only: the real service has no
                 *     tasks under them.
                 */
                ConfirmKey: components["parameters"]["ConfirmKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Fresh credentials for the same task. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadStarted"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    confirmUpload: {
        parameters: {
            query: {
                /**
                 * @description Selects confirming the upload on this path: the vendor's pages write it bare
                 *     (`?confirm`), its SDKs send `confirm=1`, and URL libraries often write
                 *     `confirm=`; the service accepts all three, and so does this contract. A
                 *     generated client that asks for a value should pass `1`.
                 * @example 1
                 */
                confirm: components["parameters"]["ConfirmFlag"];
                /**
                 * @description What to do when a file or directory of the same name exists where the
                 *     file goes, decided when the upload is confirmed: `ask` (409
                 *     `SameNameDirectoryOrFileExists`), `rename` (the default: the file gets
                 *     another name; `path` in the answer says which) or `overwrite` (a file
                 *     with earlier versions, a directory or an album is never overwritten:
                 *     treated as `ask`).
                 * @example rename
                 */
                conflict_resolution_strategy?: components["parameters"]["ConflictResolutionStrategy"];
                /** @description `1` asks for the file's inode in the answer; `0` or absent, none. */
                with_inode?: components["parameters"]["WithInode"];
                /**
                 * @description Acts for this user. Only used when the access token has `admin` permission
                 *     and was issued without a user identity; see "Generate Access Token".
                 * @example user-1
                 */
                user_id?: components["parameters"]["UserId"];
                /**
                 * @description The library's secret. Not on the vendor's page for this call; the vendor's
                 *     SDK sends it for this operation, so the contract admits it.
                 *
                 *     **A long-lived secret in the URL.** Unlike an access token, it does not
                 *     expire, and a URL is written to server, proxy and gateway logs, browser
                 *     history and `Referer` headers. Prefer the access token; the vendor's pages
                 *     do not say when the service reads the secret instead. Never send it from
                 *     a browser or any code a user can read, and mask it in logs as you mask
                 *     `access_token`.
                 */
                library_secret?: components["parameters"]["LibrarySecret"];
            };
            header?: never;
            path: {
                /**
                 * @description The media library ID, from the media hosting console ("create media
                 *     library"). One path segment: it may not contain `/` or control characters.
                 *
                 *     Nor may it be `.` or `..`: URL parsers collapse those segments, and the
                 *     request would name another resource. The pattern says all of this without
                 *     lookaround, so that it compiles alike in ECMAScript and RE2, for every
                 *     generator that loads it.
                 * @example smh0000000000000
                 */
                LibraryId: components["parameters"]["LibraryId"];
                /**
                 * @description The tenant space ID. For a single-tenant library it is the literal `-`; for
                 *     a multi-tenant library it names the space ("create tenant space"). The
                 *     vendor page marks it "not required", meaning a single-tenant library has no
                 *     space of its own; the segment itself is always present. Same segment rules
                 *     as `LibraryId`.
                 * @example -
                 */
                SpaceId: components["parameters"]["SpaceId"];
                /**
                 * @description The `confirmKey` field of the response that started the upload ("begin
                 *     upload"). One path segment, like `LibraryId`.
                 *
                 *     **Test keys.** Each example below is a documented key that the contract's
                 *     mocks answer, on every call that documents a response example of the same
                 *     name, with that example (status and body), the way Microcks pairs
                 *     examples by name and Stripe documents test card numbers: code under test
                 *     needs no mock-only header to meet a confirmed task, a deleted directory or
                 *     a 404. The keys are stable: removing or changing one is a breaking change.
                 *     Any other key names a task the mock simulates, or none (404
                 *     `UploadNotFound`). They are test values only: the real service has no
                 *     tasks under them.
                 */
                ConfirmKey: components["parameters"]["ConfirmKey"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ConfirmUploadBody"];
            };
        };
        responses: {
            /** @description The stored file. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedFile"];
                };
            };
            400: components["responses"]["ConfirmBadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ConfirmConflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    beginMultipartUpload: {
        parameters: {
            query: {
                /**
                 * @description Selects starting a multipart upload on this path: the vendor's pages write it bare
                 *     (`?multipart`), its SDKs send `multipart=1`, and URL libraries often write
                 *     `multipart=`; the service accepts all three, and so does this contract. A
                 *     generated client that asks for a value should pass `1`.
                 * @example 1
                 */
                multipart: components["parameters"]["MultipartFlag"];
                /**
                 * @description What to do when a file or directory of the same name exists where the
                 *     file goes, decided when the upload is confirmed: `ask` (409
                 *     `SameNameDirectoryOrFileExists`), `rename` (the default: the file gets
                 *     another name; `path` in the answer says which) or `overwrite` (a file
                 *     with earlier versions, a directory or an album is never overwritten:
                 *     treated as `ask`).
                 * @example rename
                 */
                conflict_resolution_strategy?: components["parameters"]["ConflictResolutionStrategy"];
                /**
                 * @description The file's size in bytes, when known; the service checks it against the library's quota.
                 * @example 5500000
                 */
                filesize?: components["parameters"]["FileSize"];
                /**
                 * @description A speed limit for sending the file to object storage, in bits per
                 *     second; the issued part headers carry it (`x-cos-traffic-limit`).
                 */
                traffic_limit?: components["parameters"]["TrafficLimit"];
                /**
                 * @description `1` asks for a storage domain on the API's own origin, where the service
                 *     offers one (for browsers behind strict network rules); `0` or absent, the
                 *     usual storage domain. Sent by the vendor's SDKs; the pages say little more.
                 */
                prefer_same_origin?: components["parameters"]["PreferSameOrigin"];
                /**
                 * @description `1` asks for intranet upload domains in `uploadPartInfo` (for uploaders
                 *     inside Tencent Cloud), `0` or absent for public ones. Not on the vendor's
                 *     page for this call; the vendor's SDK sends it for this operation.
                 */
                internal_domain?: components["parameters"]["InternalDomain"];
                /**
                 * @description Acts for this user. Only used when the access token has `admin` permission
                 *     and was issued without a user identity; see "Generate Access Token".
                 * @example user-1
                 */
                user_id?: components["parameters"]["UserId"];
                /**
                 * @description The library's secret. Not on the vendor's page for this call; the vendor's
                 *     SDK sends it for this operation, so the contract admits it.
                 *
                 *     **A long-lived secret in the URL.** Unlike an access token, it does not
                 *     expire, and a URL is written to server, proxy and gateway logs, browser
                 *     history and `Referer` headers. Prefer the access token; the vendor's pages
                 *     do not say when the service reads the secret instead. Never send it from
                 *     a browser or any code a user can read, and mask it in logs as you mask
                 *     `access_token`.
                 */
                library_secret?: components["parameters"]["LibrarySecret"];
            };
            header?: never;
            path: {
                /**
                 * @description The media library ID, from the media hosting console ("create media
                 *     library"). One path segment: it may not contain `/` or control characters.
                 *
                 *     Nor may it be `.` or `..`: URL parsers collapse those segments, and the
                 *     request would name another resource. The pattern says all of this without
                 *     lookaround, so that it compiles alike in ECMAScript and RE2, for every
                 *     generator that loads it.
                 * @example smh0000000000000
                 */
                LibraryId: components["parameters"]["LibraryId"];
                /**
                 * @description The tenant space ID. For a single-tenant library it is the literal `-`; for
                 *     a multi-tenant library it names the space ("create tenant space"). The
                 *     vendor page marks it "not required", meaning a single-tenant library has no
                 *     space of its own; the segment itself is always present. Same segment rules
                 *     as `LibraryId`.
                 * @example -
                 */
                SpaceId: components["parameters"]["SpaceId"];
                /**
                 * @description Where the file goes in the space: its directories and name, `/` between
                 *     them (`dir/sub/clip.mp4`), sent as one path segment with each `/`
                 *     percent-encoded (`dir%2Fsub%2Fclip.mp4`), as the vendor's SDKs send it.
                 *     Parent directories must exist (404 `DirectoryNotFound` otherwise). Not
                 *     `.` or `..`, and no control characters.
                 */
                FilePath: components["parameters"]["FilePath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["BeginUploadBody"];
            };
        };
        responses: {
            /** @description The service stores the same bytes already (a rapid upload, after a request with `fullHash`); the file is in place, there is no task. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedFile"];
                };
            };
            /** @description A task: where and with which headers to send the file, and its `confirmKey`. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadStarted"];
                };
            };
            /**
             * @description The service may store the same bytes already: send the same request
             *     again with `fullHash` in the body (then 200 or 201). What the body
             *     holds, if anything, is not documented [unknown]; clients need none of it.
             */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            400: components["responses"]["BeginBadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BeginNotFound"];
            409: components["responses"]["BeginConflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    beginSimpleUpload: {
        parameters: {
            query?: {
                /**
                 * @description What to do when a file or directory of the same name exists where the
                 *     file goes, decided when the upload is confirmed: `ask` (409
                 *     `SameNameDirectoryOrFileExists`), `rename` (the default: the file gets
                 *     another name; `path` in the answer says which) or `overwrite` (a file
                 *     with earlier versions, a directory or an album is never overwritten:
                 *     treated as `ask`).
                 * @example rename
                 */
                conflict_resolution_strategy?: components["parameters"]["ConflictResolutionStrategy"];
                /**
                 * @description The file's size in bytes, when known; the service checks it against the library's quota.
                 * @example 5500000
                 */
                filesize?: components["parameters"]["FileSize"];
                /**
                 * @description A speed limit for sending the file to object storage, in bits per
                 *     second; the issued part headers carry it (`x-cos-traffic-limit`).
                 */
                traffic_limit?: components["parameters"]["TrafficLimit"];
                /**
                 * @description `1` asks for a storage domain on the API's own origin, where the service
                 *     offers one (for browsers behind strict network rules); `0` or absent, the
                 *     usual storage domain. Sent by the vendor's SDKs; the pages say little more.
                 */
                prefer_same_origin?: components["parameters"]["PreferSameOrigin"];
                /**
                 * @description `1` asks for intranet upload domains in `uploadPartInfo` (for uploaders
                 *     inside Tencent Cloud), `0` or absent for public ones. Not on the vendor's
                 *     page for this call; the vendor's SDK sends it for this operation.
                 */
                internal_domain?: components["parameters"]["InternalDomain"];
                /**
                 * @description Acts for this user. Only used when the access token has `admin` permission
                 *     and was issued without a user identity; see "Generate Access Token".
                 * @example user-1
                 */
                user_id?: components["parameters"]["UserId"];
                /**
                 * @description The library's secret. Not on the vendor's page for this call; the vendor's
                 *     SDK sends it for this operation, so the contract admits it.
                 *
                 *     **A long-lived secret in the URL.** Unlike an access token, it does not
                 *     expire, and a URL is written to server, proxy and gateway logs, browser
                 *     history and `Referer` headers. Prefer the access token; the vendor's pages
                 *     do not say when the service reads the secret instead. Never send it from
                 *     a browser or any code a user can read, and mask it in logs as you mask
                 *     `access_token`.
                 */
                library_secret?: components["parameters"]["LibrarySecret"];
            };
            header?: never;
            path: {
                /**
                 * @description The media library ID, from the media hosting console ("create media
                 *     library"). One path segment: it may not contain `/` or control characters.
                 *
                 *     Nor may it be `.` or `..`: URL parsers collapse those segments, and the
                 *     request would name another resource. The pattern says all of this without
                 *     lookaround, so that it compiles alike in ECMAScript and RE2, for every
                 *     generator that loads it.
                 * @example smh0000000000000
                 */
                LibraryId: components["parameters"]["LibraryId"];
                /**
                 * @description The tenant space ID. For a single-tenant library it is the literal `-`; for
                 *     a multi-tenant library it names the space ("create tenant space"). The
                 *     vendor page marks it "not required", meaning a single-tenant library has no
                 *     space of its own; the segment itself is always present. Same segment rules
                 *     as `LibraryId`.
                 * @example -
                 */
                SpaceId: components["parameters"]["SpaceId"];
                /**
                 * @description Where the file goes in the space: its directories and name, `/` between
                 *     them (`dir/sub/clip.mp4`), sent as one path segment with each `/`
                 *     percent-encoded (`dir%2Fsub%2Fclip.mp4`), as the vendor's SDKs send it.
                 *     Parent directories must exist (404 `DirectoryNotFound` otherwise). Not
                 *     `.` or `..`, and no control characters.
                 */
                FilePath: components["parameters"]["FilePath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["BeginUploadBody"];
            };
        };
        responses: {
            /** @description The service stores the same bytes already (a rapid upload, after a request with `fullHash`); the file is in place, there is no task. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedFile"];
                };
            };
            /** @description A task: where and with which headers to send the file, and its `confirmKey`. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadStarted"];
                };
            };
            /**
             * @description The service may store the same bytes already: send the same request
             *     again with `fullHash` in the body (then 200 or 201). What the body
             *     holds, if anything, is not documented [unknown]; clients need none of it.
             */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            400: components["responses"]["BeginBadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["BeginNotFound"];
            409: components["responses"]["BeginConflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
}
