// What Dredd does with each transaction, decided here and applied by
// test/dredd/hooks.cjs. The mock is asked for every documented response the
// way a consumer's code asks (test keys; `Prefer` where none pairs); a real
// server can be made to answer 200, 400, 403 and 404 only.
import { examples, testKeyPairs, uploadTaskPath } from '../support/spec.ts';
import type { SmhTarget } from '../support/target.ts';
import type { DreddResponse } from './dredd-spec.ts';
import { requiredHeaders, responseBodySchema } from './schemas.ts';

/** The token in a planned request target: the hooks put the real one where Dredd sends, never where it prints. */
export const MASKED_TOKEN = 'access_token=***';

export interface Step extends Omit<DreddResponse, 'examples'> {
  /** On the mock, the 200 transaction is copied once per named example (Dredd's parser keeps one), each asking for it. */
  copyOf?: string;
  example?: string;
  served?: unknown;
  /** Why it is not run; else the request target, token masked, and the `Prefer` header, if any. */
  skip?: string;
  uri?: string;
  prefer?: string;
  /** What the answer is judged by. */
  bodySchema: Record<string, unknown>;
  headers: Record<string, string>;
}

function requestTarget(target: SmhTarget, confirmKey: string, token = MASKED_TOKEN): string {
  const ids: Record<string, string> = { LibraryId: target.libraryId, SpaceId: target.spaceId, ConfirmKey: confirmKey };
  const path = uploadTaskPath.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(ids[name]!));
  // The flag bare, as the vendor documents it.
  return `${path}?${['upload', token, target.userId && `user_id=${encodeURIComponent(target.userId)}`].filter(Boolean).join('&')}`;
}

type Asking = Pick<Step, 'uri' | 'prefer' | 'skip'>;

function ask(target: SmhTarget, { statusCode, examples: names }: DreddResponse, againstMock: boolean): Asking {
  if (statusCode === 400) return { uri: requestTarget(target, target.confirmKey, '') };
  if (againstMock) {
    const keyed = testKeyPairs().find(([, , status]) => status === String(statusCode));
    if (keyed) return { uri: requestTarget(target, keyed[1]) };
    return { uri: requestTarget(target, target.confirmKey), prefer: `code=${statusCode}, example=${names[0]}` };
  }
  if (statusCode === 200) return { uri: requestTarget(target, target.confirmKey) };
  if (statusCode === 403) return { uri: requestTarget(target, target.confirmKey, 'access_token=dredd-invalid-access-token') };
  if (statusCode === 404) return { uri: requestTarget(target, 'dredd-unknown-confirm-key') };
  return { skip: `a server cannot be made to answer ${statusCode} on demand` };
}

export function planSteps(responses: DreddResponse[], target: SmhTarget, againstMock: boolean): Step[] {
  return responses.flatMap((documented): Step[] => {
    const { name, statusCode, response, examples: names } = documented;
    // JSON, and the headers the spec requires (any value); the body by the real schema.
    const headers = { 'Content-Type': 'application/json', ...Object.fromEntries(requiredHeaders(response).map((header) => [header, ''])) };
    const checks = { statusCode, response, bodySchema: responseBodySchema(response), headers };
    if (!againstMock || statusCode !== 200) return [{ name, ...checks, ...ask(target, documented, againstMock) }];
    return names.map((example) => {
      const key = testKeyPairs().find(([paired]) => paired === example)?.[1];
      if (key === undefined) throw new Error(`no test key pairs with the 200 example ${example}`);
      const served = examples[example]!.value;
      return { name: `${name} > example ${example}`, copyOf: name, example, served, ...checks, uri: requestTarget(target, key) };
    });
  });
}
