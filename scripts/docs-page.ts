// Reading the rendered reference the way a reader sees it: the operation's
// section, its endpoint, and where Redoc says each API key goes. What to look
// for comes from the spec, so the checks follow it when it changes.
import type { Locator, Page } from 'playwright-core';

type SecurityRequirement = Record<string, string[]>;
type SecurityScheme = { type?: string; name?: string; in?: string; description?: string };

/** What the page checks read from the spec. */
export type ReferenceSpec = {
  paths: Record<string, Record<string, any>>;
  security?: SecurityRequirement[];
  components?: { securitySchemes?: Record<string, SecurityScheme>; [section: string]: any };
};

/** One operation of the document, with the path item and method it sits under. */
export type Operation = { path: string; method: string; item: Record<string, any>; operation: Record<string, any> };

/** An API key the operation needs: the scheme's id, the parameter's name, where it goes, and why. */
export type ApiKey = { scheme: string; name: string; in: string; description: string };

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The document's only operation: the page and its checks are about one endpoint. */
export function onlyOperation(spec: ReferenceSpec): Operation {
  const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => methods.includes(key))
      .map((method) => ({ path, method, item, operation: item[method] })),
  );
  if (operations.length !== 1) throw new Error(`expected one operation in the spec, found ${operations.length}`);
  return operations[0]!;
}

/** The API-key schemes an operation's security requirements name: its own, else the document's. */
export function apiKeysOf(spec: ReferenceSpec, operation: { security?: SecurityRequirement[] }): ApiKey[] {
  const requirements = operation.security ?? spec.security ?? [];
  const ids = [...new Set(requirements.flatMap((requirement) => Object.keys(requirement)))];
  return ids.flatMap((id) => {
    const scheme = spec.components?.securitySchemes?.[id];
    if (scheme?.type !== 'apiKey' || !scheme.name || !scheme.in) return [];
    return [{ scheme: id, name: scheme.name, in: scheme.in, description: scheme.description ?? '' }];
  });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The section of the page's only operation. */
export function operationSection(page: Page): Locator {
  return page.locator('[data-section-id^="operation/"]');
}

/** The operation's endpoint line: its method and path. */
export function endpoint(section: Locator, path: string): Locator {
  return section.getByRole('button').filter({ hasText: path });
}

/** Redoc's details of one security scheme in an operation, headed "<type>: <scheme id>". */
export function schemeDetails(section: Locator, key: ApiKey): Locator {
  return section
    .locator('h5')
    .filter({ hasText: new RegExp(`:\\s*${escapeRegExp(key.scheme)}\\s*$`) })
    .locator('xpath=..');
}

/** The line of those details that says where the key goes, e.g. "Query parameter name: access_token". */
export function keyLocation(details: Locator, key: ApiKey): Locator {
  const line = new RegExp(`^\\s*${escapeRegExp(key.in)}\\b[^:]*:\\s*${escapeRegExp(key.name)}\\s*$`, 'i');
  // The line and the box around it read alike: take the innermost.
  return details.locator('div').filter({ hasText: line }).last();
}
