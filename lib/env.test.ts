import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv, PUBLISHED_SECRETS } from './env';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'env-'));
const strong = (c: string) => c.repeat(40);
const production = {
  NODE_ENV: 'production',
  APP_URL: 'https://hotich.example.gov.vn',
  AUTH_SECRET: strong('a'),
  VNEID_ISSUER: 'https://vneid.example.gov.vn',
  VNEID_CLIENT_SECRET: strong('b'),
  PAYMENT_SECRET: strong('c'),
};

describe('settings: safe by default', () => {
  it('a demo installation generates its own secrets on first start and keeps them, readable by the owner only', () => {
    const file = path.join(tmp(), 'secrets.json');
    const first = parseEnv({ SECRETS_FILE: file });
    const second = parseEnv({ SECRETS_FILE: file });
    expect(first.authSecret).toHaveLength(43);
    expect(PUBLISHED_SECRETS).not.toContain(first.authSecret);
    expect(second.authSecret).toBe(first.authSecret);
    expect(second.vneid.clientSecret).toBe(first.vneid.clientSecret);
    expect(first.vneid.clientSecret).not.toBe(first.authSecret);
    expect(JSON.parse(readFileSync(file, 'utf8')).authSecret).toBe(first.authSecret);
    expect(statSync(file).mode & 0o077).toBe(0);
    // another installation gets other secrets
    expect(parseEnv({ SECRETS_FILE: path.join(tmp(), 'secrets.json') }).authSecret).not.toBe(first.authSecret);
  });

  it('a production start with a published default secret is refused, naming the setting', () => {
    expect(() => parseEnv({ ...production, AUTH_SECRET: PUBLISHED_SECRETS[0] })).toThrow(/AUTH_SECRET is a published default/);
    // even in a demo
    expect(() => parseEnv({ AUTH_SECRET: PUBLISHED_SECRETS[0], SECRETS_FILE: path.join(tmp(), 's.json') })).toThrow(/AUTH_SECRET/);
  });

  it('NODE_ENV=production without an explicit DEMO_MODE=true is production: missing secrets and mock adapters are refused', () => {
    let message = '';
    try {
      parseEnv({ NODE_ENV: 'production', SECRETS_FILE: path.join(tmp(), 's.json') });
    } catch (err) {
      message = (err as Error).message;
    }
    for (const key of ['AUTH_SECRET', 'VNEID_CLIENT_SECRET', 'PAYMENT_SECRET', 'VNEID_ISSUER', 'APP_URL', 'POPULATION_ADAPTER', 'MESSAGES_ADAPTER']) expect(message).toContain(key);
    expect(() => parseEnv({ ...production, POPULATION_ADAPTER: 'mock', AGENCIES_ADAPTER: 'mock', MESSAGES_ADAPTER: 'mock', PAYMENTS_ADAPTER: 'mock' })).toThrow(/POPULATION_ADAPTER=mock is a simulator/);
  });

  it('the simulators and demo mode serve on localhost only', () => {
    expect(() => parseEnv({ DEMO_MODE: 'true', APP_URL: 'https://hotich.example.gov.vn', SECRETS_FILE: path.join(tmp(), 's.json') })).toThrow(/DEMO_MODE=true .* localhost only/);
    expect(() => parseEnv({ ...production, VNEID_ISSUER: 'https://hotich.example.gov.vn/vneid-sim' })).toThrow(/VNEID_ISSUER points at the VNeID simulator/);
    const demo = parseEnv({ NODE_ENV: 'production', DEMO_MODE: 'true', SECRETS_FILE: path.join(tmp(), 's.json') });
    expect(demo.demoMode).toBe(true);
    expect(demo.vneid.simulatorEnabled).toBe(true);
  });
});
