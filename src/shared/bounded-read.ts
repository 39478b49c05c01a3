// Reading a body with a limit: what the client does with every answer and
// the servers with every request body. Nothing past the limit is kept.

/** What readBounded gives for a body longer than its limit. */
export const TOO_LARGE = Symbol('too large');

/** The whole body, or TOO_LARGE once it passes `limit` bytes (the stream is cancelled: the rest is not read); empty when none came. */
export async function readBounded(
  body: ReadableStream<Uint8Array> | null | undefined,
  limit: number,
): Promise<Uint8Array | typeof TOO_LARGE> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return TOO_LARGE;
    }
    chunks.push(value);
  }
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
