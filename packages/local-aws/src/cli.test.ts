import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@internal/local-dagster';

jest.setTimeout(60_000);

describe('the local-aws command', () => {
  it('prints the set-up ids, and takes its moto down with it when killed outright', async () => {
    const port = await freePort();
    // Killed outright, the command cannot remove a temporary log of its own.
    const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-aws-cli-'));
    const cli = spawn(
      process.execPath,
      [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        path.join(__dirname, 'cli.ts'),
        '--port',
        String(port),
        '--log',
        path.join(logDir, 'moto.log'),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    await new Promise<void>((resolve, reject) => {
      cli.stdout!.on('data', chunk => {
        output += String(chunk);
        if (output.includes('moto ready at')) resolve();
      });
      cli.once('exit', code => reject(new Error(`exited with ${code}`)));
    });
    expect(output).toContain(
      `local-aws: moto ready at http://127.0.0.1:${port}`,
    );
    const ids = JSON.parse(output.slice(0, output.indexOf('local-aws:')));
    expect(ids.ecs.clusterArn).toBe(
      'arn:aws:ecs:eu-west-2:123456789012:cluster/dagster-portal',
    );
    const alive = () =>
      fetch(`http://127.0.0.1:${port}/moto-api/config`).then(
        r => r.ok,
        () => false,
      );
    expect(await alive()).toBe(true);

    cli.kill('SIGKILL');
    const deadline = Date.now() + 30_000;
    while ((await alive()) && Date.now() < deadline) {
      await new Promise(r => setTimeout(r, 250));
    }
    expect(await alive()).toBe(false);
    fs.rmSync(logDir, { recursive: true, force: true });
  });
});
