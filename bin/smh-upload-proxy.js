#!/usr/bin/env node
// Prism's validation proxy in front of a real server:
// `smh-upload-proxy <upstream-url> [--port N]` (or PORT; default 4011) on
// 127.0.0.1. Traffic passes through unchanged; each response's violations of
// the contract come back in the `sl-violations` header and in the log.
// Further arguments go to `prism proxy` (`--errors` turns violations into 500s).
import { runPrism } from './prism.js';

const [upstream, ...rest] = process.argv.slice(2);
if (!upstream || !URL.canParse(upstream) || !/^https?:$/.test(new URL(upstream).protocol)) {
  console.error('usage: smh-upload-proxy <upstream http(s) URL> [--port N] [prism proxy options]');
  process.exit(2);
}
runPrism({ name: 'smh-upload-proxy', mode: 'proxy', spec: 'openapi.proxy.json', upstream: [upstream], args: rest, defaultPort: 4011 });
