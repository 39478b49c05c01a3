// MD5 in a browser, where Web Crypto has none: js-md5, incremental.
import { md5 as jsMd5 } from 'js-md5';
import type { Md5 } from './md5.node.js';

export function createMd5(): Md5 {
  const hash = jsMd5.create();
  return {
    update: (bytes) => void hash.update(bytes),
    hex: () => hash.hex(),
  };
}
