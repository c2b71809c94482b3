/* eslint-disable no-console */
import { parseArgs } from 'node:util';
import { startDemoEstate } from './demoEstate';
import { stopOnSignals } from './processes';
import { LocalDagster, startLocalDagster } from './startLocalDagster';

const USAGE = `Usage: yarn workspace @internal/local-dagster start [options]

Runs the real Dagster (dagster-webserver, and dagster-daemon with --daemon) from
.tools/venv until Ctrl-C.

  --workspace <file>  serve this workspace.yaml instead of the demo estate
  --port <n>          webserver port (default 3100; 0 picks a free one)
  --host <address>    interface to bind (default 127.0.0.1)
  --home <dir>        DAGSTER_HOME (default: a new temporary folder)
  --no-seed           do not materialise the demo estate's history first
  --daemon            run dagster-daemon too (launches queued runs)
  --help`;

async function main() {
  const { values } = parseArgs({
    options: {
      workspace: { type: 'string' },
      port: { type: 'string', default: '3100' },
      host: { type: 'string', default: '127.0.0.1' },
      home: { type: 'string' },
      'no-seed': { type: 'boolean', default: false },
      daemon: { type: 'boolean', default: false },
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
  const started = Date.now();
  if (!values.workspace && !values['no-seed']) {
    console.log(
      'local-dagster: materialising the demo estate history (seed.py)...',
    );
  }
  const dagster: LocalDagster = values.workspace
    ? await startLocalDagster({
        workspace: values.workspace,
        port,
        host: values.host,
        home: values.home,
        daemon: values.daemon,
      })
    : await startDemoEstate({
        port,
        host: values.host,
        home: values.home,
        daemon: values.daemon,
        seed: !values['no-seed'],
      });
  console.log(
    `local-dagster: Dagster ready at ${dagster.url} after ${(
      (Date.now() - started) /
      1000
    ).toFixed(1)} s (DAGSTER_HOME ${dagster.home})`,
  );
  stopOnSignals(() => dagster.stop());
}

main().catch(error => {
  console.error(
    `local-dagster: ${error instanceof Error ? error.message : error}`,
  );
  process.exit(1);
});
