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
    /** How each project's materialisation requests are dispatched. */
    dispatch?: {
      /** dagster (a run through Dagster, the default) or aws (straight to ECS, Batch or Lambda). */
      default?: 'dagster' | 'aws';
      /** A project's own mode, by project name. */
      projects?: { [project: string]: 'dagster' | 'aws' };
      /** The id (of dagster.instances) of the Dagster that runs are launched on; the first when absent. */
      instance?: string;
    };
    /**
     * Direct dispatch on AWS (ECS RunTask, Batch SubmitJob, Lambda Invoke).
     * Credentials are not configured: the AWS SDK's default chain finds them.
     */
    aws?: {
      /** The region of the cluster, queues and function, for example eu-west-2. */
      region: string;
      /** An endpoint override, for moto in the demo and the tests; AWS's own when absent. */
      endpoint?: string;
      /** Attempts per AWS call, throttling and 5xx retries included (default 3). */
      maxAttempts?: number;
      /** Where Fargate and Fargate Spot tasks run. */
      ecs?: {
        /** Cluster name or ARN; its capacity providers must include FARGATE and FARGATE_SPOT. */
        cluster: string;
        /** Task definition (family, family:revision or ARN). */
        taskDefinition: string;
        /** The container of the task definition that the overrides apply to. */
        containerName: string;
        /** Subnets of the tasks (awsvpc). */
        subnets: string[];
        /** Security groups of the tasks. */
        securityGroups?: string[];
        /** Give each task a public IP (default false). */
        assignPublicIp?: boolean;
      };
      /** Where Batch jobs go. */
      batch?: {
        /** Job queue (name or ARN) on Spot compute, for work safe to retry. */
        spotQueue: string;
        /** Job queue (name or ARN) on on-demand compute. */
        onDemandQueue: string;
        /** Job definition (name, name:revision or ARN). */
        jobDefinition: string;
      };
      /** The function short stateless work is sent to. */
      lambda?: {
        /** Function name or ARN. */
        functionName: string;
        /** Event (asynchronous, the default) or RequestResponse (waited for). */
        invocationType?: 'Event' | 'RequestResponse';
      };
    };
    /** Short-lived cache of Dagster answers for lineage and checks. */
    cache?: {
      /** How long an answer is reused, in milliseconds (default 30000). */
      ttlMs?: number;
    };
  };
}
