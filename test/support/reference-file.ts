// Reading the built reference page as a file, before any browser runs it:
// the URLs its markup names, its Content-Security-Policy, its script elements
// and the spec it inlines.

/** The page with its script text left out: script text is code, not markup. */
export function markupOf(html: string): string {
  return html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');
}

/** Every URL the markup names in an attribute that loads or links something, or in a CSS url(). */
export function urlsIn(markup: string): string[] {
  const attributes = [...markup.matchAll(/\b(?:src|href|srcset|poster|data|action|xlink:href)\s*=\s*["']?([^"'\s>]+)/gi)];
  const styles = [...markup.matchAll(/url\(\s*["']?([^"')\s]+)/gi)];
  return [...attributes, ...styles].map((match) => match[1]!);
}

/** The policy of the page's Content-Security-Policy meta element, if it has one. */
export function contentSecurityPolicyOf(markup: string): string | undefined {
  return markup.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i)?.[1];
}

/** The opening tags of the page's script elements, in order. */
export function scriptTagsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]);
}

/** The OpenAPI document the page inlines for Redoc. */
export function inlinedSpecOf(html: string): unknown {
  const inlined = html.match(/<script id="openapi-document" type="application\/json">([\s\S]*?)<\/script>/);
  if (!inlined) throw new Error('the page inlines no openapi-document script');
  return JSON.parse(inlined[1]!);
}
