// The parts a task says are stored, checked against the file they belong to.

import type { UploadPart } from '../contract/types.js';
import { describeValue, SmhInputError } from '../errors.js';
import { type Layout, MAX_PARTS, rangeOf } from './file-layout.js';

export interface StoredPart {
  /** Its place in `task.parts`, to name it in an error. */
  index: number;
  partNumber: number;
  size: number;
}

/** Each stored part's number and size, refusing one that is malformed or given twice. */
export function readStoredParts(parts: readonly UploadPart[] | null | undefined): StoredPart[] {
  // Absent (or null): nothing is stored yet.
  if (parts === undefined || parts === null) return [];
  if (!Array.isArray(parts)) throw new SmhInputError('parts', `must be an array, got ${describeValue(parts)}`);
  const seen = new Map<number, number>();
  return parts.map((part, index) => {
    const name = `parts[${index}]`;
    const { PartNumber: partNumber, Size: size } = (part ?? {}) as Partial<UploadPart>;
    if (!Number.isInteger(partNumber) || partNumber! < 1 || partNumber! > MAX_PARTS)
      throw new SmhInputError(name, `has PartNumber ${describeValue(partNumber)}; part numbers are integers from 1 to ${MAX_PARTS}`);
    if (!Number.isSafeInteger(size) || size! < 0)
      throw new SmhInputError(name, `has Size ${describeValue(size)}; a size is a non-negative safe integer (bytes)`);
    const twin = seen.get(partNumber!);
    if (twin !== undefined) throw new SmhInputError(name, `is part ${partNumber} again (parts[${twin}] is part ${partNumber} too)`);
    seen.set(partNumber!, index);
    return { index, partNumber: partNumber!, size: size! };
  });
}

/**
 * The stored part that shows the part size: part 1, or else any part below
 * the highest stored number (those are full parts); undefined when neither
 * is stored.
 */
export function partSizeShownBy(parts: readonly StoredPart[]): StoredPart | undefined {
  const highest = Math.max(0, ...parts.map((part) => part.partNumber));
  return parts.find((part) => part.partNumber === 1) ?? parts.find((part) => part.partNumber < highest);
}

/** Refuses a stored part the file cannot have: past its end, or of another size than its place implies. */
export function checkAgainstFile(parts: readonly StoredPart[], file: Layout): void {
  for (const { index, partNumber, size } of parts) {
    const name = `parts[${index}]`;
    if (partNumber > file.partCount)
      throw new SmhInputError(
        name,
        `is part ${partNumber}, past the end of a ${file.fileSize}-byte file in ${file.partSize}-byte parts (${file.partCount} parts)`,
      );
    const { start, end } = rangeOf(file, partNumber);
    if (size !== end - start)
      throw new SmhInputError(
        name,
        `holds ${size} bytes, but a ${file.fileSize}-byte file in ${file.partSize}-byte parts puts ${end - start} in part ${partNumber}`,
      );
  }
}

/** The part numbers from 1 to `partCount` that no stored part has, ascending. */
export function missingParts(partCount: number, parts: readonly StoredPart[]): number[] {
  const stored = new Set(parts.map((part) => part.partNumber));
  return Array.from({ length: partCount }, (_, index) => index + 1).filter((partNumber) => !stored.has(partNumber));
}
