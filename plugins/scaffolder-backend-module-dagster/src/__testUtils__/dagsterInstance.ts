import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectToolSucceeds } from './pythonToolchain';

/** What a Dagster instance recorded, next to what the project defines. */
export interface InstanceRecord {
  /** Every materialisable asset key the project's Definitions have, as `a/b`. */
  assets: string[];
  /** Every asset check key the Definitions have, as `a/b:check`. */
  checks: string[];
  runs: {
    status: string;
    tags: Record<string, string>;
    materialized: { asset: string; partition: string | null }[];
    evaluations: { check: string; passed: boolean }[];
  }[];
}

// Run with the venv's Python: loads the project's Definitions and reads every run of the
// instance at $DAGSTER_HOME, with its materialisations and asset check evaluations.
const READ_INSTANCE = `
import json
import sys
from importlib import import_module

from dagster import DagsterEventType, DagsterInstance

package, out = sys.argv[1:3]
graph = import_module(f"{package}.definitions").defs.resolve_asset_graph()
instance = DagsterInstance.get()
runs = []
for run in instance.get_runs():
    materialized, evaluations = [], []
    types = {DagsterEventType.ASSET_MATERIALIZATION, DagsterEventType.ASSET_CHECK_EVALUATION}
    for entry in instance.all_logs(run.run_id, of_type=types):
        event = entry.dagster_event
        if event.event_type == DagsterEventType.ASSET_MATERIALIZATION:
            materialization = event.step_materialization_data.materialization
            materialized.append(
                {
                    "asset": materialization.asset_key.to_user_string(),
                    "partition": materialization.partition,
                }
            )
        else:
            evaluation = event.event_specific_data
            evaluations.append(
                {"check": evaluation.asset_check_key.to_user_string(), "passed": evaluation.passed}
            )
    runs.append(
        {
            "status": run.status.value,
            "tags": dict(run.tags),
            "materialized": materialized,
            "evaluations": evaluations,
        }
    )
with open(out, "w") as file:
    json.dump(
        {
            "assets": sorted(key.to_user_string() for key in graph.materializable_asset_keys),
            "checks": sorted(key.to_user_string() for key in graph.asset_check_keys),
            "runs": runs,
        },
        file,
    )
`;

/** Reads the instance at env.DAGSTER_HOME with the project's own Python environment. */
export async function readDagsterInstance(
  venv: string,
  packageName: string,
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<InstanceRecord> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dagster-instance-'));
  try {
    const out = path.join(dir, 'instance.json');
    await expectToolSucceeds(
      venv,
      ['python', '-c', READ_INSTANCE, packageName, out],
      options,
    );
    return JSON.parse(fs.readFileSync(out, 'utf8'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
