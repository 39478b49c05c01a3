// A stand-in for SMH: it answers the error cases as the service does (400
// without a token, 403 for another token, 404 for another task) and the one
// known task with `body`, whatever that is.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SmhTarget } from './target.ts';

export function fakeSmh(target: Omit<SmhTarget, 'baseUrl'>, body: unknown) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://fixture');
    const send = (status: number, payload: unknown) => {
      const text = JSON.stringify(payload);
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'fixture-request' });
      response.end(text);
    };
    const token = url.searchParams.get('access_token');
    if (!token) return send(400, { code: 'EmptyAccessToken', message: 'access token is empty' });
    if (token !== target.accessToken) return send(403, { code: 'InvalidAccessToken', message: 'access token is invalid' });
    if (url.pathname !== `/api/v1/file/${target.libraryId}/${target.spaceId}/${target.confirmKey}`)
      return send(404, { code: 'UploadNotFound', message: 'upload not found' });
    return send(200, body);
  };
}
