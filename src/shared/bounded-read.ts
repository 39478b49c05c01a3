// Reading a body with a limit: what the client does with every answer and
// the servers with every request body. Nothing past the limit is kept.

/** What readBounded gives for a body longer than its limit. */
export const TOO_LARGE = Symbol('too large');

/** Hands each chunk of `body` to `take`, in order: the bytes taken, or TOO_LARGE once they pass `limit` (the stream is cancelled: the rest is not read). */
export async function eachChunk(
  body: ReadableStream<Uint8Array> | null | undefined,
  limit: number,
  take: (chunk: Uint8Array) => void,
): Promise<number | typeof TOO_LARGE> {
  if (!body) return 0;
  const reader = body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return size;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return TOO_LARGE;
    }
    take(value);
  }
}

/** The whole body, or TOO_LARGE once it passes `limit` bytes (the stream is cancelled: the rest is not read); empty when none came. */
export async function readBounded(
  body: ReadableStream<Uint8Array> | null | undefined,
  limit: number,
): Promise<Uint8Array | typeof TOO_LARGE> {
  const chunks: Uint8Array[] = [];
  const size = await eachChunk(body, limit, (chunk) => chunks.push(chunk));
  if (size === TOO_LARGE) return TOO_LARGE;
  // A body in one chunk needs no copy.
  // Stryker disable next-line ConditionalExpression: copying one chunk gives the same bytes, only slower
  if (chunks.length === 1) return chunks[0]!;
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return whole;
}
