import { defineConfig } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh demo publish target per run, so projects created by tests never collide. */
const demoRepositories =
  process.env.E2E_DEMO_REPOSITORIES ??
  (process.env.E2E_DEMO_REPOSITORIES = fs.mkdtempSync(
    path.join(os.tmpdir(), 'e2e-demo-repos-'),
  ));

/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser) against
 * the demo portal: the backend serves the built app at :7007.
 * `make test` builds the app first and starts the demo Dagster, which is reused here.
 */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'test-results/e2e-report' }],
  ],
  outputDir: 'test-results/e2e-artifacts',
  webServer: [
    {
      // Real Dagster serving the demo estate; `make test` has it running already.
      command:
        'yarn workspace @internal/local-dagster start --port 3100 --daemon',
      url: 'http://127.0.0.1:3100/server_info',
      reuseExistingServer: true,
      timeout: 300_000,
    },
    {
      command: 'yarn workspace backend start',
      url: 'http://localhost:7007/api/dagster/health',
      reuseExistingServer: false,
      timeout: 180_000,
      env: {
        APP_CONFIG_app_baseUrl: 'http://localhost:7007',
        APP_CONFIG_backend_cors_origin: 'http://localhost:7007',
        // Read Dagster soon after start rather than after the demo's ten seconds,
        // and again soon if its code locations were still loading.
        APP_CONFIG_catalog_providers_dagster_schedule_initialDelay:
          '{"seconds":3}',
        APP_CONFIG_catalog_providers_dagster_schedule_frequency:
          '{"seconds":15}',
        APP_CONFIG_dagster_demoRepositories_directory: demoRepositories,
      },
    },
  ],
  use: {
    baseURL: 'http://localhost:7007',
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
    screenshot: 'only-on-failure',
  },
});
