#!/usr/bin/env node
// The validation proxy in front of a real server (`smh-upload-proxy --help` lists every option).
import { main } from '../dist/proxy/cli.js';

await main(process.argv.slice(2));
