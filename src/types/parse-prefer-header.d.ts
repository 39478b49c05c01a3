// Prism's parser of the Prefer header (RFC 7240), which ships no types.
declare module 'parse-prefer-header' {
  /** Preferences by camel-cased token; a token without a value maps to `true`. */
  export default function parsePreferHeader(prefer: string | string[] | undefined): Record<string, string | true>;
}
