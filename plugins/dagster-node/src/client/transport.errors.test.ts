import {
  DagsterGraphQLError,
  DagsterHttpError,
  DagsterProtocolError,
} from './errors';
import { TOKEN, useScriptedClients } from './__testUtils__/scriptedClient';
import { inTurn } from './__testUtils__/scriptedServer';

describe('Dagster client transport: failures that are not retried', () => {
  const clientFor = useScriptedClients();

  it('does not retry a GraphQL validation error answered with 400', async () => {
    const { client, server: s } = await clientFor(
      inTurn({
        status: 400,
        body: {
          errors: [{ message: 'Cannot query field "x" on type "Query".' }],
        },
      }),
    );
    const error = await client.getServerInfo().catch(e => e);
    expect(error).toBeInstanceOf(DagsterGraphQLError);
    expect(error.messages).toEqual(['Cannot query field "x" on type "Query".']);
    expect(error.status).toBe(400);
    expect(s.requests).toHaveLength(1);
  });

  it('does not retry top-level GraphQL errors answered with 200', async () => {
    const { client, server: s } = await clientFor(
      inTurn({
        body: {
          data: null,
          errors: [{ message: 'boom' }, { message: 'bang' }],
        },
      }),
    );
    await expect(client.getServerInfo()).rejects.toThrow(
      /rejected BsServerVersion: boom; bang/,
    );
    expect(s.requests).toHaveLength(1);
  });

  it('does not retry other 4xx answers', async () => {
    const { client, server: s } = await clientFor(
      inTurn({ status: 401, body: 'nope' }),
    );
    const error = await client.getServerInfo().catch(e => e);
    expect(error).toBeInstanceOf(DagsterHttpError);
    expect(error.message).toMatch(/HTTP 401 .*check the token/);
    expect(s.requests).toHaveLength(1);
  });

  // An HTML sign-in page is proven through the fault proxy (dagster.integration.test.ts).
  it.each([
    ['garbage', '\u0000\u0001 not json {'],
    ['JSON without data', { hello: 'world' }],
  ])(
    'calls %s a server that does not look like Dagster',
    async (_what, body) => {
      const { client, server: s } = await clientFor(inTurn({ body }));
      const error = await client.getServerInfo().catch(e => e);
      expect(error).toBeInstanceOf(DagsterProtocolError);
      expect(error.message).toMatch(
        /does not look like a Dagster GraphQL server/,
      );
      expect(s.requests).toHaveLength(1);
    },
  );

  it('keeps the token out of error messages and log lines even when the server echoes it', async () => {
    const {
      client,
      server: s,
      lines,
    } = await clientFor(
      inTurn(
        { status: 503, body: `upstream rejected ${TOKEN}` },
        { status: 400, body: { errors: [{ message: `bad token ${TOKEN}` }] } },
      ),
    );
    const graphqlError = await client.getServerInfo().catch(e => e);
    expect(graphqlError).toBeInstanceOf(DagsterGraphQLError);
    expect(
      s.requests.every(r => r.headers['dagster-cloud-api-token'] === TOKEN),
    ).toBe(true);

    const html = await clientFor(
      inTurn({ body: `<html>your token is ${TOKEN}</html>` }),
    );
    const protocolError = await html.client.getServerInfo().catch(e => e);
    expect(protocolError).toBeInstanceOf(DagsterProtocolError);

    const seen = [graphqlError, protocolError].map(
      e => `${e.message} ${e.stack} ${JSON.stringify(e)}`,
    );
    expect(lines.length + html.lines.length).toBeGreaterThan(0);
    for (const text of [...seen, ...lines, ...html.lines]) {
      expect(text).not.toContain(TOKEN);
    }
    expect(graphqlError.message).toContain('bad token [redacted]');
  });
});
