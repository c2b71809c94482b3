import { ServerResponse } from 'node:http';
import { Prng } from '../dataset/prng';
import { Faults } from './faults';
import { sendJson, sendText } from './httpUtil';

const BAD_GATEWAY_HTML =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n' +
  '<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

const SIGN_IN_HTML =
  '<!DOCTYPE html><html lang="en"><head><title>Sign in</title></head>' +
  '<body><h1>Sign in to continue</h1><form method="post" action="/oauth2/start"></form></body></html>';

/**
 * Answers a request with the configured HTTP-level fault, if one applies.
 * Returns true when it answered. The `down` fault is handled before this,
 * by dropping the socket.
 */
export function answerWithFault(
  res: ServerResponse,
  faults: Faults,
  prng: Prng,
): boolean {
  if (faults.status429) {
    sendText(
      res,
      429,
      JSON.stringify({ errors: [{ message: 'Too Many Requests' }] }),
      'application/json',
      { 'retry-after': '1' },
    );
    return true;
  }
  if (faults.errorRate > 0 && prng.next() < faults.errorRate) {
    switch (prng.int(0, 2)) {
      case 0:
        sendText(res, 500, 'Internal Server Error');
        break;
      case 1:
        sendText(res, 502, BAD_GATEWAY_HTML, 'text/html');
        break;
      default:
        sendJson(res, 503, { message: 'Service Unavailable', retryable: true });
    }
    return true;
  }
  if (faults.garbage) {
    sendText(res, 200, SIGN_IN_HTML, 'text/html; charset=utf-8');
    return true;
  }
  return false;
}
