/* eslint-disable no-console */
import { parseArgs } from 'node:util';
import { Dataset } from './dataset/types';
import { loadDatasetFile, loadDemoDataset } from './dataset/load';
import { generateWorkspace } from './generate/generateWorkspace';
import { startDagsterSimulator } from './server/start';

const USAGE = `Usage: yarn workspace @internal/dagster-simulator start [options]

  --port <n>          port to listen on (default 3100; 0 picks a free one)
  --host <address>    interface to bind (default 127.0.0.1)
  --dataset <demo|file.json>   dataset to serve (default demo)
  --generate <n>      serve a generated estate of n assets instead
  --locations <n>     code locations for --generate (default n/100, at least 1)
  --seed <n>          seed for --generate (default 1)
  --run-step-ms <n>   duration of each phase of a launched run (default 1000)
  --help`;

function fail(message: string): never {
  console.error(`dagster-simulator: ${message}`);
  process.exit(1);
}

function integer(
  value: string | undefined,
  name: string,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    fail(`--${name} must be a whole number, got "${value}"`);
  return n;
}

function chooseDataset(values: Record<string, string | boolean | undefined>): {
  dataset: Dataset;
  label: string;
} {
  if (values.generate !== undefined) {
    const total = integer(values.generate as string, 'generate', 0);
    const locations = integer(
      values.locations as string | undefined,
      'locations',
      Math.max(1, Math.round(total / 100)),
    );
    const seed = integer(values.seed as string | undefined, 'seed', 1);
    return {
      dataset: generateWorkspace({ totalAssets: total, locations, seed }),
      label: `generated: ${total} assets in ${locations} locations, seed ${seed}`,
    };
  }
  const choice = (values.dataset as string | undefined) ?? 'demo';
  if (choice === 'demo')
    return {
      dataset: loadDemoDataset(),
      label: 'demo (Department for Public Data)',
    };
  try {
    return { dataset: loadDatasetFile(choice), label: choice };
  } catch (e) {
    return fail(`cannot load dataset ${choice}: ${(e as Error).message}`);
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      dataset: { type: 'string' },
      generate: { type: 'string' },
      locations: { type: 'string' },
      seed: { type: 'string' },
      'run-step-ms': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = integer(values.port, 'port', 3100);
  const { dataset, label } = chooseDataset(values);
  let sim;
  try {
    sim = await startDagsterSimulator({
      dataset,
      port,
      host: values.host,
      runStepMs: integer(values['run-step-ms'], 'run-step-ms', 1000),
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      fail(
        `port ${port} is already in use. Stop whatever listens there or pass --port <another port>.`,
      );
    }
    if (code === 'EACCES') fail(`not allowed to listen on port ${port}.`);
    throw e;
  }
  console.log(`Dagster simulator (not Dagster) serving ${label}`);
  console.log(`  GraphQL: ${sim.graphqlUrl}`);
  console.log(`  Faults:  POST ${sim.url}/__simulator/faults`);
  const shutdown = () => {
    sim.stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch(e => fail((e as Error).stack ?? String(e)));
