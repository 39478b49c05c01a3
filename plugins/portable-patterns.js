// A Redocly CLI plugin (redocly.yaml: `plugins`): the rule `portable/pattern`
// reports every schema `pattern` (parameters, headers, properties, items,
// additionalProperties…) that ECMAScript and RE2 would not compile alike, at
// its line in spec/.
import { portablePatternProblems } from './portable-pattern.js';

function portablePattern() {
  return {
    Schema: {
      enter(schema, ctx) {
        if (typeof schema.pattern !== 'string') return;
        const problems = portablePatternProblems(schema.pattern);
        if (problems.length === 0) return;
        // Quoted as a single-quoted YAML scalar, the way spec/ writes it, so its backslashes read as written.
        const quoted = `'${schema.pattern.replaceAll("'", "''")}'`;
        ctx.report({
          message: `Pattern ${quoted} is not portable between ECMAScript and RE2 (Go, Rust, re2j): ${problems.join('; ')}.`,
          location: ctx.location.child(['pattern']),
        });
      },
    },
  };
}

// The function form (called with the config's context) is the plugin shape
// Redocly CLI 2 loads without a deprecation notice.
export default function portablePlugin() {
  return { id: 'portable', rules: { oas3: { pattern: portablePattern } } };
}
