#!/usr/bin/env node
// The contract's HTTP mock on 127.0.0.1 (`smh-upload-mock --help` lists every option).
import { main } from '../dist/mock/cli.js';

await main(process.argv.slice(2));
