// Object storage's multipart limits, as SMH's uploads meet them.

export const MiB = 1024 * 1024;
/** Every part but the last is at least this big. */
export const MIN_PART_SIZE = MiB;
/** No part is bigger. */
export const MAX_PART_SIZE = 5 * 1024 * MiB;
/** Part numbers run from 1 to this. */
export const MAX_PARTS = 10_000;
