// How a file of `fileSize` bytes splits into parts of `partSize`, within
// object storage's multipart limits: every part but the last is `partSize`
// bytes, the last holds the rest.
import { SmhInputError } from '../errors.js';

export const MiB = 1024 * 1024;
/** Every part but the last is at least this big. */
export const MIN_PART_SIZE = MiB;
/** No part is bigger. */
export const MAX_PART_SIZE = 5 * 1024 * MiB;
/** Part numbers run from 1 to this. */
export const MAX_PARTS = 10_000;

export interface Layout {
  fileSize: number;
  partSize: number;
  /** How many parts: at least one, even for an empty file. */
  partCount: number;
}

/**
 * The file's parts, refusing a part size object storage would not take.
 * `blame` names where the size came from: `partSize`, or the stored part
 * that shows it.
 */
export function layout(fileSize: number, partSize: number, blame: string): Layout {
  // An empty file is still one (empty) part.
  const partCount = fileSize === 0 ? 1 : Math.ceil(fileSize / partSize);
  if (partSize > MAX_PART_SIZE)
    throw new SmhInputError(blame, `makes ${partSize}-byte parts; a part holds at most ${MAX_PART_SIZE} bytes (5 GiB)`);
  // Only the last part may be smaller: a file of one part may use any size.
  if (partCount > 1 && partSize < MIN_PART_SIZE)
    throw new SmhInputError(
      blame,
      `makes ${partSize}-byte parts, too small for a ${fileSize}-byte file of several parts: every part but the last holds at least ${MIN_PART_SIZE} bytes (1 MiB)`,
    );
  if (partCount > MAX_PARTS)
    throw new SmhInputError(
      blame,
      `splits a ${fileSize}-byte file into ${partCount} parts of ${partSize} bytes; at most ${MAX_PARTS} parts are allowed`,
    );
  return { fileSize, partSize, partCount };
}

/** Part `partNumber`'s bytes: from `start` up to, not including, `end`. */
export function rangeOf({ fileSize, partSize }: Layout, partNumber: number): { start: number; end: number } {
  const start = (partNumber - 1) * partSize;
  return { start, end: Math.min(start + partSize, fileSize) };
}
