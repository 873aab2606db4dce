// End-to-end tests: the release build in dist/ (make dist), served by tests/e2e/serve.mjs and
// driven in Debian's headless Chromium. Playwright's own browsers are never downloaded (they
// can't be here): we point it at /usr/bin/chromium.
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
// Set BASE_PATH=/linekeeper/ (with a dist built by `make dist PUBLIC_URL=/linekeeper/`) to run
// the same specs against the app hosted under a sub-path. Specs navigate relatively ('./').
const basePath = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/` : '/';
const baseURL = `http://127.0.0.1:${port}${basePath.replace(/\/\/+/g, '/')}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'target/playwright/test-results',
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // list for people; json so that `make test` can end with one plain 'N passed, N failed' line.
  reporter: [['list'], ['json', { outputFile: 'target/playwright/results.json' }]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/Brussels',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          // --no-sandbox: Chromium refuses to start as root otherwise. The rest keep it from
          // calling home: tests run without network access, and refused connections only add noise.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node tests/e2e/serve.mjs',
    url: `${baseURL}index.html`,
    env: { PORT: String(port), HOST: '127.0.0.1', ...(process.env.BASE_PATH ? { BASE_PATH: basePath } : {}) },
    reuseExistingServer: !process.env.CI,
    timeout: 15_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
