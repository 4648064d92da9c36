import { expect, test } from './fixtures';
import { startBuild } from './servers';

/** Starts the production build as an operator would, and returns how it ended and what it said. */
async function start(settings: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const started = await startBuild(settings);
  return new Promise((resolve) => started.child.on('exit', (code: number | null) => resolve({ code, output: started.output() })));
}

test('a production start with the old published AUTH_SECRET exits with a message naming the setting', async () => {
  const { code, output } = await start({ NODE_ENV: 'production', APP_URL: 'https://hotich.example.gov.vn', AUTH_SECRET: 'dev-only-secret-change-me-0123456789abcdef0123456789' });
  expect(code).toBe(1);
  expect(output).toContain('refusing to start');
  expect(output).toContain('AUTH_SECRET is a published default');
  // and everything else a production start lacks, each by name
  for (const setting of ['VNEID_CLIENT_SECRET', 'PAYMENT_SECRET', 'VNEID_ISSUER', 'POPULATION_ADAPTER']) expect(output).toContain(setting);
});

test('the demo (the simulators) does not start at an address other than localhost', async () => {
  const { code, output } = await start({ NODE_ENV: 'production', DEMO_MODE: 'true', APP_URL: 'https://hotich.example.gov.vn' });
  expect(code).toBe(1);
  expect(output).toContain('DEMO_MODE=true serves simulators and demo accounts: it is allowed on localhost only');
});
