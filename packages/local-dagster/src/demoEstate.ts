import { LocalDagster, startLocalDagster } from './startLocalDagster';
import { demoEstateSeedScript, demoEstateWorkspace } from './paths';

/** Options of {@link startDemoEstate}. @public */
export interface DemoEstateOptions {
  port?: number;
  host?: string;
  home?: string;
  /** Run `dagster-daemon` too (the demo does; most tests need not). */
  daemon?: boolean;
  /** Materialise the estate's history first (default true). */
  seed?: boolean;
}

/**
 * Starts real Dagster serving the demo estate (`examples/dagster-estate`),
 * after its seed script has materialised a few runs of history.
 *
 * @public
 */
export function startDemoEstate(
  options: DemoEstateOptions = {},
): Promise<LocalDagster> {
  return startLocalDagster({
    workspace: demoEstateWorkspace(),
    seedScript: options.seed === false ? undefined : demoEstateSeedScript(),
    port: options.port,
    host: options.host,
    home: options.home,
    daemon: options.daemon,
  });
}

/**
 * The demo estate for a test suite: the one `make test` started (its URL in
 * `DAGSTER_DEMO_URL`) or, when run on its own, a new one that `stop` ends.
 *
 * @public
 */
export async function useDemoEstate(): Promise<
  Pick<LocalDagster, 'url' | 'graphqlUrl' | 'stop'>
> {
  const shared = process.env.DAGSTER_DEMO_URL;
  if (shared) {
    const url = shared.replace(/\/+$/, '');
    return { url, graphqlUrl: `${url}/graphql`, stop: async () => {} };
  }
  return startDemoEstate();
}
