// Renders the API reference to ONE self-contained HTML file that works with no
// network: the Redoc bundle and the bundled spec are inlined, nothing remote
// is referenced. `redocly build-docs` is not used: it pre-renders with Redoc 3
// and hydrates from a CDN, and the Redoc 3 bundle its --inlineBundle embeds
// names a telemetry endpoint and CDN-hosted icons and logos. The installed
// Redoc 2 standalone bundle renders on the client from the inlined spec.
// `npm run docs -- [--out <file>] [--spec <file>]`: by default the bundled
// canonical spec (generated/openapi.json) to site/index.html.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../..');
export const defaultSpecFile = join(repoRoot, 'generated/openapi.json');
export const defaultOutFile = join(repoRoot, 'site/index.html');
const templateFile = join(repoRoot, 'docs/reference-template.html');
const redocBundleFile = join(repoRoot, 'node_modules/redoc/bundles/redoc.standalone.js');

const systemFonts = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const monoFonts = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

/**
 * Redoc 2.5 options. The page opens on the operation: with no download button
 * above it (the package ships the spec as generated/openapi.{json,yaml}),
 * tighter spacing and a narrower sidebar, the endpoint and where the token
 * goes fit a 1280×800 screen. Only the 200 response opens up front: each
 * error status's title names its codes and links to the error body, which the
 * spec shows once, under "Models", instead of under every status.
 */
export const redocOptions = {
  hideDownloadButton: true,
  expandResponses: '200',
  schemasExpansionLevel: 'all',
  expandSingleSchemaField: true,
  jsonSamplesExpandLevel: 'all',
  sortRequiredPropsFirst: true,
  pathInMiddlePanel: true,
  hideLoading: true,
  theme: {
    spacing: { sectionVertical: 16, sectionHorizontal: 24 },
    sidebar: { width: '220px' },
    typography: {
      // Redoc's default fonts are web fonts it never loads; name local ones.
      fontFamily: systemFonts,
      headings: { fontFamily: systemFonts },
      // Long sample lines wrap instead of running out of the right panel.
      code: { fontFamily: monoFonts, wrap: true },
    },
  },
};

/** Allows inline code and data: images only: no request can leave the page. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'font-src data:',
  'worker-src blob:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Redoc 2 always shows its logo from a CDN in the sidebar footer
// (Redocly/redoc#2108). An empty data: URL fails to decode, and Redoc then
// drops the image, so the page never asks for it.
const remoteLogo = 'https://cdn.redoc.ly/redoc/logo-mini.svg';

/** Makes the Redoc bundle safe to inline and free of remote loads. */
export function offlineRedocBundle(source: string): string {
  const uses = source.split(remoteLogo).length - 1;
  if (uses !== 1) {
    throw new Error(`expected the Redoc bundle to name ${remoteLogo} once, found ${uses}: re-check the offline patch`);
  }
  return escapeInlineScript(source.replace(remoteLogo, 'data:,'));
}

/** The escapes the HTML spec recommends so script text cannot end its element early. */
function escapeInlineScript(code: string): string {
  return code.replace(/<(!--|script|\/script)/gi, '\\x3C$1');
}

/** JSON that can sit inside a <script> element unchanged. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function fill(template: string, values: Record<string, string>): string {
  // A function replacer, so `$` sequences in the bundle stay literal.
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (token, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`docs template names unknown value ${token}`);
    return value;
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The whole page for one OpenAPI document, as text. */
export async function renderDocsHtml(spec: { info?: { title?: string } }): Promise<string> {
  const [template, bundle] = await Promise.all([readFile(templateFile, 'utf8'), readFile(redocBundleFile, 'utf8')]);
  return fill(template, {
    CSP: escapeHtml(contentSecurityPolicy),
    TITLE: escapeHtml(spec.info?.title ?? 'API reference'),
    SPEC_JSON: inlineJson(spec),
    REDOC_OPTIONS: inlineJson(redocOptions),
    REDOC_BUNDLE: offlineRedocBundle(bundle),
  });
}

/** Writes the reference page for `specFile` (the bundled canonical spec) to `outFile`. */
export async function buildDocs(outFile = defaultOutFile, specFile = defaultSpecFile): Promise<string> {
  const spec = JSON.parse(await readFile(specFile, 'utf8'));
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, await renderDocsHtml(spec));
  return outFile;
}

/** `--out <file>` and `--spec <file>`, each defaulting to the repository's own; relative paths from the working directory. */
export function parseCliArgs(args: string[]): { outFile: string; specFile: string } {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, spec: { type: 'string' } }, strict: true });
  return { outFile: resolve(values.out ?? defaultOutFile), specFile: resolve(values.spec ?? defaultSpecFile) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let files: { outFile: string; specFile: string };
  try {
    files = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: build-docs.ts [--out <file>] [--spec <file>]`);
    process.exit(2);
  }
  const { outFile, specFile } = files;
  const written = await buildDocs(outFile, specFile);
  console.log(`API reference written to ${written}`);
}
