// How an error message shows a value it refuses.

/** Strings quoted, numbers as JavaScript writes them (NaN and Infinity too), anything else by its type. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return `a value of type ${Array.isArray(value) ? 'array' : typeof value}`;
}
