// The documented test keys, as a typed list: a ConfirmKey or FilePath that
// every mock face answers with the named example of its operation.
import { testKeys } from '../../generated/operations.js';

export { testKeys };
/** One documented test key: the key, its operation, the example it answers and that example's status. */
export type TestKeyEntry = (typeof testKeys)[number];
/** A documented test key, e.g. `example-UploadNotFound`. */
export type TestKey = TestKeyEntry['key'];
