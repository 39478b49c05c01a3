#!/usr/bin/env node
// The contract's HTTP mock: `smh-upload-mock [--port N]` (or PORT; default
// 4010) on 127.0.0.1. Further arguments go to `prism mock`.
import { runPrism } from './prism.js';

runPrism({ name: 'smh-upload-mock', mode: 'mock', spec: 'openapi.mock.json', args: process.argv.slice(2), defaultPort: 4010 });
