export interface Config {
  /** Configuration of the Dagster plugin family. */
  dagster?: {
    /** The Dagster instances (webservers) the portal reads from. */
    instances?: Array<{
      /** Stable id of the instance, used in entity annotations; lowercase letters, digits and hyphens. */
      id: string;
      /** The GraphQL endpoint, for example https://dagster.example.gov.uk/graphql. */
      graphqlUrl: string;
      /** The Dagster UI, used for links; defaults to graphqlUrl without /graphql. */
      webUrl?: string;
      /**
       * A Dagster+ user or agent token, sent as the Dagster-Cloud-Api-Token header.
       * @visibility secret
       */
      token?: string;
    }>;
    /** How every Dagster client of the backend talks to Dagster: the portal's pages and catalog ingestion. */
    client?: {
      /** Per-request timeout in milliseconds (default 15000). */
      timeoutMs?: number;
      /** Attempts per request, retries included (default 4). */
      maxAttempts?: number;
      /** First retry delay in milliseconds; later ones back off with jitter. */
      baseDelayMs?: number;
      /**
       * Longest one lineage or checks answer waits on Dagster, in
       * milliseconds, every request, retry and backoff wait included; then
       * it is a 503 saying Dagster did not answer in time (default 10000).
       */
      deadlineMs?: number;
    };
    /** Short-lived cache of Dagster answers for lineage and checks. */
    cache?: {
      /** How long an answer is reused, in milliseconds (default 30000). */
      ttlMs?: number;
    };
  };
}
