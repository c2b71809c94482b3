import { ServerResponse } from 'node:http';
import { Faults, Prng } from './faults';

const BAD_GATEWAY_HTML =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n' +
  '<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

const SIGN_IN_HTML =
  '<!DOCTYPE html><html lang="en"><head><title>Sign in</title></head>' +
  '<body><h1>Sign in to continue</h1><form method="post" action="/oauth2/start"></form></body></html>';

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(body);
}

/**
 * Answers in Dagster's place when a fault applies, as the things that stand
 * between a client and a webserver do (load balancers, auth proxies).
 * Returns true when it answered.
 */
export function answerWithFault(
  res: ServerResponse,
  faults: Faults,
  prng: Prng,
): boolean {
  if (faults.status429) {
    send(
      res,
      429,
      '{"errors":[{"message":"Too Many Requests"}]}',
      'application/json',
      {
        'retry-after': '1',
      },
    );
    return true;
  }
  if (faults.errorRate > 0 && prng.next() < faults.errorRate) {
    const pick = Math.floor(prng.next() * 3);
    if (pick === 0) send(res, 500, 'Internal Server Error', 'text/plain');
    else if (pick === 1) send(res, 502, BAD_GATEWAY_HTML, 'text/html');
    else
      send(res, 503, '{"message":"Service Unavailable"}', 'application/json');
    return true;
  }
  if (faults.garbage) {
    send(res, 200, SIGN_IN_HTML, 'text/html; charset=utf-8');
    return true;
  }
  return false;
}
