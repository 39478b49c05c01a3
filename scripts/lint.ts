// `npm run lint [-- <root.yaml>]`: redocly.yaml's rules (strict, examples
// against their schemas, portable patterns) on the spec, in process: the
// same engine as `redocly lint`, without its Node 20 deprecation banner.
import { lintSpec, specRoot } from './spec.ts';

const root = process.argv[2] ?? specRoot;
const clean = await lintSpec(root);
console.log(clean ? `${root}: no problems` : `${root}: lint failed`);
process.exitCode = clean ? 0 : 1;
