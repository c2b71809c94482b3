import { CodeSnippet, EmptyState } from '@backstage/core-components';

const EXAMPLE_CONFIG = `dagster:
  instances:
    - id: analytics
      graphqlUrl: https://dagster.example.gov.uk/graphql
      # token: \${DAGSTER_API_TOKEN}  # only for Dagster+`;

/** What an operator sees before any Dagster instance is configured. */
export function NotConfiguredState() {
  return (
    <EmptyState
      missing="info"
      title="Dagster is not configured yet"
      description="Add at least one entry to dagster.instances in app-config (id, graphqlUrl and, for Dagster+, an optional token), then restart the backend."
      action={<CodeSnippet language="yaml" text={EXAMPLE_CONFIG} />}
    />
  );
}
