// A Redocly CLI plugin (redocly.yaml: `plugins`): the rule `portable/pattern`
// reports every schema `pattern` (parameters, headers, properties, items…)
// that ECMAScript and RE2 would not compile alike, at its line in spec/.
import { portablePatternProblems } from './portable-pattern.js';

function portablePattern() {
  return {
    Schema: {
      enter(schema, ctx) {
        if (typeof schema.pattern !== 'string') return;
        for (const problem of portablePatternProblems(schema.pattern)) {
          ctx.report({ message: `Pattern ${JSON.stringify(schema.pattern)} is not portable to RE2 (Go, Rust, re2j): ${problem}.`, location: ctx.location.child(['pattern']) });
        }
      },
    },
  };
}

export default function portablePlugin() {
  return { id: 'portable', rules: { oas3: { pattern: portablePattern } } };
}
