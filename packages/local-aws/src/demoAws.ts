import { MotoServer, startMotoServer } from './motoServer';
import { DemoAwsResources, setUpDemoAws } from './setUpDemoAws';

/** The demo's AWS on a moto: where it answers and what the set-up made. @public */
export interface DemoAws {
  endpoint: string;
  region: string;
  resources: DemoAwsResources;
  /** Stops the moto if this process started it; a shared one is left running. */
  stop(): Promise<void>;
}

/** Any fixed number: moto draws its ids (VPC, subnets, security group) from a random generator seeded with it. */
const MOTO_SEED = 2026;

/**
 * Starts moto and sets up the demo's AWS in it. moto's random ids are seeded
 * first, so every new demo AWS has the same subnet and security group ids.
 *
 * @public
 */
export async function startDemoAws(
  options: { port?: number; logFile?: string } = {},
): Promise<DemoAws & Pick<MotoServer, 'logFile'>> {
  const moto = await startMotoServer(options);
  try {
    const seeded = await fetch(
      `${moto.endpoint}/moto-api/seed?a=${MOTO_SEED}`,
      {
        method: 'POST',
      },
    );
    if (!seeded.ok) {
      throw new Error(`POST /moto-api/seed answered ${seeded.status}`);
    }
    const resources = await setUpDemoAws(moto.endpoint);
    return { ...moto, resources };
  } catch (error) {
    await moto.stop();
    throw error;
  }
}

/**
 * The demo's AWS for a test suite: the moto that `make test` started (its
 * endpoint in `AWS_DEMO_ENDPOINT`, set up again, which keeps what exists) or,
 * when run on its own, a new one that `stop` ends.
 *
 * @public
 */
export async function useDemoAws(): Promise<DemoAws> {
  const shared = process.env.AWS_DEMO_ENDPOINT;
  if (!shared) return startDemoAws();
  const endpoint = shared.replace(/\/+$/, '');
  const resources = await setUpDemoAws(endpoint);
  return {
    endpoint,
    region: resources.region,
    resources,
    stop: async () => {},
  };
}
