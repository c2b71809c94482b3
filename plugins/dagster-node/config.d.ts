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
  };
}
