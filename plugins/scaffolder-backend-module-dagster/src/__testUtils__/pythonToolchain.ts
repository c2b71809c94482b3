import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './templateBackend';

/** The tools from python/requirements.lock that the generated project's checks run. */
const TOOLS = ['python', 'ruff', 'dbt', 'pytest', 'dagster'];

/**
 * The Python toolchain made by scripts/python.sh: `DAGSTER_PORTAL_VENV` when set,
 * else `<repo root>/.tools/venv`. Throws, saying how to make it, when it is missing.
 */
export function findVenv(): string {
  const fromEnv = process.env.DAGSTER_PORTAL_VENV;
  const venv = fromEnv || path.join(repoRoot, '.tools', 'venv');
  const missing = TOOLS.filter(
    tool => !fs.existsSync(path.join(venv, 'bin', tool)),
  );
  if (missing.length > 0) {
    throw new Error(
      `The Python toolchain is missing at ${venv}` +
        ` (${
          fromEnv
            ? 'DAGSTER_PORTAL_VENV'
            : 'the default; set DAGSTER_PORTAL_VENV to use another'
        }):` +
        ` no ${missing.join(
          ', ',
        )} in its bin/. Run scripts/python.sh to install it from` +
        ' python/requirements.lock.',
    );
  }
  return venv;
}

export interface ToolRun {
  command: string;
  exitCode: number | null;
  timedOut: boolean;
  /** stdout and stderr, interleaved as they came. */
  output: string;
  seconds: number;
}

/**
 * Runs `argv` (argv[0] a tool in the venv's bin/) as a child process in its own
 * process group, killed with everything it started once `timeoutMs` passes.
 */
export function runTool(
  venv: string,
  argv: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<ToolRun> {
  const started = Date.now();
  const command = argv
    .map(arg => (arg.includes('\n') ? '<script>' : arg))
    .join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(venv, 'bin', argv[0]), argv.slice(1), {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', chunk => chunks.push(chunk));
    child.stderr.on('data', chunk => chunks.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // It ended meanwhile.
      }
    }, options.timeoutMs);
    child.on('error', error => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', exitCode => {
      clearTimeout(timer);
      resolve({
        command,
        exitCode,
        timedOut,
        output: Buffer.concat(chunks).toString('utf8'),
        seconds: (Date.now() - started) / 1000,
      });
    });
  });
}

/** The last `maxChars` of a tool's output, where its error usually is. */
export function outputTail(output: string, maxChars = 20_000): string {
  return output.length <= maxChars
    ? output
    : `[… ${output.length - maxChars} characters cut …]\n${output.slice(
        -maxChars,
      )}`;
}

/** Runs a tool and fails, with its output, unless it exits 0 in time. */
export async function expectToolSucceeds(
  venv: string,
  argv: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<ToolRun> {
  const run = await runTool(venv, argv, options);
  if (run.timedOut || run.exitCode !== 0) {
    const how = run.timedOut
      ? `was stopped after ${options.timeoutMs / 1000}s`
      : `exited with ${run.exitCode} after ${run.seconds.toFixed(1)}s`;
    throw new Error(
      `\`${run.command}\` ${how} in ${options.cwd}:\n${outputTail(run.output)}`,
    );
  }
  return run;
}

// Run with the venv's Python: every requirement of a pyproject.toml that the version in a
// pip lock file does not satisfy, and requires-python when the venv's Python is outside it.
const CHECK_PINS = `
import json
import platform
import re
import sys
import tomllib

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

pyproject, lock = sys.argv[1:3]
project = tomllib.load(open(pyproject, "rb"))["project"]
requirements = [*project["dependencies"]]
for group in project.get("optional-dependencies", {}).values():
    requirements.extend(group)


def normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


pattern = r"^([A-Za-z0-9][A-Za-z0-9_.-]*)==([^\\s\\\\;]+)"
locked = {normalise(n): v for n, v in re.findall(pattern, open(lock).read(), re.M)}
unmet = []
for requirement in map(Requirement, requirements):
    version = locked.get(normalise(requirement.name))
    if version is None or not requirement.specifier.contains(version, prereleases=True):
        unmet.append(f"{requirement} (lock: {version})")
if not SpecifierSet(project["requires-python"]).contains(platform.python_version()):
    unmet.append(f"requires-python {project['requires-python']} ({platform.python_version()})")
print(json.dumps(unmet))
`;

/**
 * The requirements of a pyproject.toml that the lock the venv was installed from does not
 * satisfy (with the locked version), and requires-python if the venv's Python is outside it.
 */
export async function unmetByLock(
  venv: string,
  pyproject: string,
  lock: string,
): Promise<string[]> {
  const run = await expectToolSucceeds(
    venv,
    ['python', '-c', CHECK_PINS, pyproject, lock],
    { cwd: path.dirname(pyproject), env: process.env, timeoutMs: 60_000 },
  );
  return JSON.parse(run.output.trim().split('\n').pop()!);
}
