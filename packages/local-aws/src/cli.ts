/* eslint-disable no-console */
import { parseArgs } from 'node:util';
import { stopOnSignals } from '@internal/local-dagster';
import { startDemoAws } from './demoAws';

const USAGE = `Usage: yarn workspace @internal/local-aws start [options]

Runs moto's AWS server from .tools/venv with the demo's AWS set up (VPC,
roles, ECS cluster and task definition, Lambda function, Batch queues) and
prints the endpoint and the ids, until Ctrl-C.

  --port <n>    port (default 5100; 0 picks a free one)
  --log <file>  moto's own output (default: a temporary file)
  --help`;

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '5100' },
      log: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a port number, got "${values.port}"`);
  }
  const aws = await startDemoAws({ port, logFile: values.log });
  console.log(JSON.stringify(aws.resources, null, 2));
  console.log(
    `local-aws: moto ready at ${aws.endpoint} (region ${aws.region}; moto's log ${aws.logFile})`,
  );
  stopOnSignals(() => aws.stop());
}

main().catch(error => {
  console.error(`local-aws: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
