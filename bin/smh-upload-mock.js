#!/usr/bin/env node
// The contract's HTTP mock: `smh-upload-mock [--port N] [--dynamic] [--seed S] [-v LEVEL]`
// (or PORT; default 4010) on 127.0.0.1. `--help` lists the options.
import { main } from '../dist/mock/cli.js';

await main(process.argv.slice(2));
