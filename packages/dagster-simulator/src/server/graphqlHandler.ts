import {
  DocumentNode,
  GraphQLError,
  execute,
  getOperationAST,
  parse,
  validate,
} from 'graphql';
import { loadSimulatorSchema } from '../schema';
import { rootValue, SimContext } from '../resolvers';

/** A GraphQL request after HTTP decoding. */
export interface GraphqlRequest {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** What to send back: status code and JSON body. */
export interface GraphqlResponse {
  status: number;
  body: unknown;
}

function requestError(status: number, message: string): GraphqlResponse {
  return { status, body: { errors: [{ message }] } };
}

function graphqlErrors(
  status: number,
  errors: readonly GraphQLError[],
): GraphqlResponse {
  return { status, body: { errors: errors.map(e => e.toJSON()) } };
}

/**
 * Parses, validates and executes one request against the simulator schema.
 * Request errors (no query, bad syntax, failed validation, bad variables)
 * answer 400 with an `errors` array, as dagster-webserver does; execution
 * answers 200 with `data` (and `errors` if a resolver failed).
 */
export async function handleGraphql(
  request: GraphqlRequest,
  context: SimContext,
  method: 'GET' | 'POST',
): Promise<GraphqlResponse> {
  const { query, operationName } = request;
  let variables = request.variables;
  if (typeof query !== 'string' || query.trim() === '') {
    return requestError(400, 'No GraphQL query found in the request');
  }
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables);
    } catch {
      return requestError(400, 'Variables are invalid JSON.');
    }
  }
  if (
    variables !== undefined &&
    variables !== null &&
    typeof variables !== 'object'
  ) {
    return requestError(400, 'Variables must be a JSON object.');
  }
  if (
    operationName !== undefined &&
    operationName !== null &&
    typeof operationName !== 'string'
  ) {
    return requestError(400, 'operationName must be a string.');
  }
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (e) {
    if (e instanceof GraphQLError) return graphqlErrors(400, [e]);
    throw e;
  }
  const schema = loadSimulatorSchema();
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) return graphqlErrors(400, validationErrors);
  const operation = getOperationAST(document, operationName ?? undefined);
  if (method === 'GET' && operation?.operation === 'mutation') {
    return requestError(
      405,
      'Can only perform a mutation operation from a POST request.',
    );
  }
  const result = await execute({
    schema,
    document,
    rootValue,
    contextValue: context,
    variableValues: (variables ?? undefined) as
      | Record<string, unknown>
      | undefined,
    operationName: (operationName as string | null | undefined) ?? undefined,
  });
  if (!('data' in result) || result.data === undefined) {
    return graphqlErrors(400, result.errors ?? []);
  }
  return { status: 200, body: result };
}
