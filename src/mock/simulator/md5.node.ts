// MD5 as object storage computes a part's ETag, in Node: node:crypto.
// Bundlers for the browser take md5.browser.ts (package.json `imports`, `#md5`).
import { createHash } from 'node:crypto';

export interface Md5 {
  update(bytes: Uint8Array): void;
  /** The digest, in lower-case hex. */
  hex(): string;
}

export function createMd5(): Md5 {
  const hash = createHash('md5');
  return {
    update: (bytes) => void hash.update(bytes),
    hex: () => hash.digest('hex'),
  };
}
