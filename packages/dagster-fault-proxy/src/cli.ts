/* eslint-disable no-console */
import { parseArgs } from 'node:util';
import { startFaultProxy } from './startFaultProxy';

async function main() {
  const { values } = parseArgs({
    options: {
      target: { type: 'string', default: 'http://127.0.0.1:3100' },
      port: { type: 'string', default: '3101' },
    },
  });
  const proxy = await startFaultProxy({
    target: values.target!,
    port: Number(values.port),
  });
  console.log(
    `dagster-fault-proxy: ${proxy.url} -> ${values.target}; set faults with: curl -X POST ${proxy.url}/__faults -d '{"latencyMs":800}'`,
  );
  const stop = () => void proxy.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch(error => {
  console.error(
    `dagster-fault-proxy: ${error instanceof Error ? error.message : error}`,
  );
  process.exit(1);
});
