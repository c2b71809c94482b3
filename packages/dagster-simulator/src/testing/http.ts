import http from 'node:http';

/** A decoded HTTP answer. */
export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** Parsed body when it is JSON, else undefined. */
  json: any;
}

/**
 * Sends one HTTP request over loopback without connection reuse, so that
 * dropped sockets surface as errors of this request only.
 */
export function httpRequest(
  url: string,
  options: {
    method?: string;
    body?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: false,
      },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', c => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** POSTs a GraphQL operation as JSON. */
export function postGraphql(
  graphqlUrl: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<HttpAnswer> {
  return httpRequest(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
}

/** POSTs an operation and returns `data`, failing loudly on any error. */
export async function queryData(
  graphqlUrl: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<any> {
  const answer = await postGraphql(graphqlUrl, query, variables);
  if (answer.status !== 200 || answer.json?.errors) {
    throw new Error(
      `GraphQL request failed (${answer.status}): ${answer.text.slice(0, 500)}`,
    );
  }
  return answer.json.data;
}
