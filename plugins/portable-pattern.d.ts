/** What makes `pattern` unportable between ECMAScript and RE2, one reason per problem; empty when it is portable. */
export function portablePatternProblems(pattern: string): string[];
