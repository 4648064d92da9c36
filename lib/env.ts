import { z } from 'zod';
import { fresh, installationSecrets } from './installation-secrets';

/**
 * The only reader of process.env. Every variable is validated here.
 *
 * Demo mode (`npm start`, `npm run dev`, tests) runs on localhost with the simulators and mock
 * adapters, and secrets generated for this installation on its first start (lib/installation-secrets.ts).
 * Anything else is production: `NODE_ENV=production` without an explicit `DEMO_MODE=true`, or an
 * APP_URL that is not localhost. A production start refuses to boot with a missing or published
 * secret, a simulator or a mock adapter, and says which setting is wrong.
 */

/** Secrets that were once in this repository's source: public, so never accepted. */
export const PUBLISHED_SECRETS: readonly string[] = ['dev-only-secret-change-me-0123456789abcdef0123456789', 'dev-only-vneid-client-secret'];

/** The external systems, each chosen here. Only simulators exist in this build so far. */
const ADAPTERS = {
  POPULATION_ADAPTER: ['mock'],
  AGENCIES_ADAPTER: ['mock'],
  MESSAGES_ADAPTER: ['mock'],
  PAYMENTS_ADAPTER: ['mock'],
} as const;
const SIMULATORS = new Set(['mock']);

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Set by Next.js: `next build` evaluates modules but serves nothing; the checks run at start. */
    NEXT_PHASE: z.string().optional(),
    PORT: z.coerce.number().int().positive().default(3000),
    DEMO_MODE: bool.optional(),
    DATABASE_URL: z.url().optional(),
    DATA_DIR: z.string().min(1).default('.data/pglite'),
    FILES_DIR: z.string().min(1).default('.data/files'),
    /** Where attachments and issued documents are kept: this machine's disk, or an S3-compatible server shared by several instances. */
    FILE_STORAGE: z.enum(['disk', 's3']).default('disk'),
    /** For a server other than AWS (MinIO, Ceph): its base URL. */
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_BUCKET: z.string().min(3).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: bool.default(true),
    /** The message catalogues, one `<language tag>.json` per language (lib/i18n/catalogues.ts). */
    MESSAGES_DIR: z.string().min(1).default('lib/i18n/messages'),
    APP_URL: z.url().optional(),
    /** Where a demo installation keeps the secrets it generated on its first start. */
    SECRETS_FILE: z.string().min(1).default('.data/secrets.json'),
    /** The document-signing keys (one file per key id and the active one's id). */
    KEYS_DIR: z.string().min(1).default('.data/keys'),
    AUTH_SECRET: z.string().min(32).optional(),
    VNEID_ISSUER: z.url().optional(),
    VNEID_CLIENT_ID: z.string().min(1).default('ho-tich-truc-tuyen'),
    VNEID_CLIENT_SECRET: z.string().min(16).optional(),
    /** Shared with the payment gateway to sign its returns. */
    PAYMENT_SECRET: z.string().min(32).optional(),
    POPULATION_ADAPTER: z.enum(ADAPTERS.POPULATION_ADAPTER).optional(),
    AGENCIES_ADAPTER: z.enum(ADAPTERS.AGENCIES_ADAPTER).optional(),
    MESSAGES_ADAPTER: z.enum(ADAPTERS.MESSAGES_ADAPTER).optional(),
    PAYMENTS_ADAPTER: z.enum(ADAPTERS.PAYMENTS_ADAPTER).optional(),
    OFFICE_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
    /** Reverse proxies in front of the portal that append to X-Forwarded-For (lib/auth/throttle.ts). */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    /** NIST SP 800-63-4 AAL2: an office session ends this long after sign-in, used or not. */
    OFFICE_MAX_HOURS: z.coerce.number().positive().max(12).default(12),
    SEED_DEMO_DATA: bool.optional(),
    GENERATED_RESIDENTS: z.coerce.number().int().min(0).default(5000),
    /** How often the server runs the time-driven jobs (confirmation by silence, outbox delivery). */
    JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  })
  .superRefine((v, ctx) => {
    if (v.NEXT_PHASE === BUILD_PHASE) return;
    const appUrl = v.APP_URL ?? `http://localhost:${v.PORT}`;
    const local = isLocalhost(appUrl);
    const production = isProduction(v);
    const problem = (key: string, message: string) => ctx.addIssue({ code: 'custom', path: [key], message });
    if (v.FILE_STORAGE === 's3') for (const key of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) if (!v[key]) problem(key, `${key} is required with FILE_STORAGE=s3`);
    if (v.DEMO_MODE === true && !local) problem('DEMO_MODE', `DEMO_MODE=true serves simulators and demo accounts: it is allowed on localhost only, not at ${appUrl}`);
    for (const key of ['AUTH_SECRET', 'VNEID_CLIENT_SECRET', 'PAYMENT_SECRET'] as const) {
      const value = v[key];
      if (value && PUBLISHED_SECRETS.includes(value)) problem(key, `${key} is a published default: generate a new one (openssl rand -base64 32)`);
      else if (production && !value) problem(key, `${key} is required in production (generate one with openssl rand -base64 32)`);
    }
    if (!production) return;
    for (const key of ['VNEID_ISSUER', 'APP_URL'] as const) if (!v[key]) problem(key, `${key} is required in production`);
    if (v.VNEID_ISSUER?.replace(/\/$/, '').endsWith('/vneid-sim')) problem('VNEID_ISSUER', 'VNEID_ISSUER points at the VNeID simulator, which serves in demo mode only');
    for (const key of Object.keys(ADAPTERS) as (keyof typeof ADAPTERS)[]) {
      const value = v[key];
      if (!value) problem(key, `${key} is required in production (choices: ${ADAPTERS[key].filter((a) => !SIMULATORS.has(a)).join(', ') || 'none in this build: only a simulator exists'})`);
      else if (SIMULATORS.has(value)) problem(key, `${key}=${value} is a simulator: it serves in demo mode only`);
    }
  });

type Parsed = z.output<typeof schema>;
const BUILD_PHASE = 'phase-production-build';

function isProduction(v: Pick<Parsed, 'NODE_ENV' | 'DEMO_MODE' | 'APP_URL'>): boolean {
  return (v.NODE_ENV === 'production' && v.DEMO_MODE !== true) || v.DEMO_MODE === false || (!!v.APP_URL && !isLocalhost(v.APP_URL));
}

function isLocalhost(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

export type Env = ReturnType<typeof parseEnv>;

export function parseEnv(source: Record<string, string | undefined>) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  const v = parsed.data;
  const appUrl = (v.APP_URL ?? `http://localhost:${v.PORT}`).replace(/\/$/, '');
  // Past the checks above, a missing secret means demo mode on localhost.
  const demoMode = !isProduction(v);
  const generated = v.AUTH_SECRET && v.VNEID_CLIENT_SECRET && v.PAYMENT_SECRET ? null : v.NEXT_PHASE === BUILD_PHASE ? fresh() : installationSecrets(v.SECRETS_FILE);
  const authSecret = v.AUTH_SECRET ?? generated!.authSecret;
  return {
    nodeEnv: v.NODE_ENV,
    demoMode,
    databaseUrl: v.DATABASE_URL,
    dataDir: v.DATA_DIR,
    /** Private storage of attachments and issued documents (local disk). */
    filesDir: v.FILES_DIR,
    messagesDir: v.MESSAGES_DIR,
    /** FILE_STORAGE=s3: the bucket and its credentials (lib/uploads/s3-storage.ts). */
    s3:
      v.FILE_STORAGE === 's3'
        ? { endpoint: v.S3_ENDPOINT, region: v.S3_REGION, bucket: v.S3_BUCKET!, accessKeyId: v.S3_ACCESS_KEY_ID!, secretAccessKey: v.S3_SECRET_ACCESS_KEY!, forcePathStyle: v.S3_FORCE_PATH_STYLE }
        : null,
    appUrl,
    authSecret,
    payments: {
      secret: v.PAYMENT_SECRET ?? generated!.paymentSecret,
      /** The built-in mock gateway serves in demo mode only. */
      simulatorEnabled: demoMode,
    },
    vneid: {
      issuer: (v.VNEID_ISSUER ?? `${appUrl}/vneid-sim`).replace(/\/$/, ''),
      clientId: v.VNEID_CLIENT_ID,
      clientSecret: v.VNEID_CLIENT_SECRET ?? generated!.vneidClientSecret,
      /** The built-in simulator serves in demo mode only. */
      simulatorEnabled: demoMode,
    },
    organisations: {
      /** The demo identity provider for organisations (its own accounts) serves in demo mode only. */
      demoProviderEnabled: demoMode,
    },
    /** Which implementation serves each external system (production refuses the simulators). */
    adapters: {
      population: v.POPULATION_ADAPTER ?? 'mock',
      agencies: v.AGENCIES_ADAPTER ?? 'mock',
      messages: v.MESSAGES_ADAPTER ?? 'mock',
      payments: v.PAYMENTS_ADAPTER ?? 'mock',
    },
    signing: {
      keysDir: v.KEYS_DIR,
      /** In demo mode the first start generates the signing key; production must provide it. */
      demo: demoMode,
    },
    officeIdleMinutes: v.OFFICE_IDLE_MINUTES,
    officeMaxHours: v.OFFICE_MAX_HOURS,
    trustedProxyHops: v.TRUSTED_PROXY_HOPS,
    seedDemoData: v.SEED_DEMO_DATA ?? demoMode,
    generatedResidents: v.GENERATED_RESIDENTS,
    jobsIntervalSeconds: v.JOBS_INTERVAL_SECONDS,
  };
}

export const env = parseEnv(process.env);
