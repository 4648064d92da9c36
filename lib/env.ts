import { createHmac } from 'node:crypto';
import { z } from 'zod';

/**
 * The only reader of process.env. Every variable is validated here and has a development default,
 * so `npm start` works on a fresh machine; production sets DEMO_MODE=false, which makes the secrets
 * mandatory and switches off the VNeID simulator and demo seeding.
 */
const DEV_AUTH_SECRET = 'dev-only-secret-change-me-0123456789abcdef0123456789';
const DEV_VNEID_CLIENT_SECRET = 'dev-only-vneid-client-secret';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().positive().default(3000),
    DEMO_MODE: bool.default(true),
    DATABASE_URL: z.url().optional(),
    DATA_DIR: z.string().min(1).default('.data/pglite'),
    FILES_DIR: z.string().min(1).default('.data/files'),
    APP_URL: z.url().optional(),
    AUTH_SECRET: z.string().min(32).optional(),
    VNEID_ISSUER: z.url().optional(),
    VNEID_CLIENT_ID: z.string().min(1).default('ho-tich-truc-tuyen'),
    VNEID_CLIENT_SECRET: z.string().min(16).optional(),
    /** Shared with the payment gateway to sign its returns; derived from AUTH_SECRET in demo mode. */
    PAYMENT_SECRET: z.string().min(32).optional(),
    OFFICE_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
    SEED_DEMO_DATA: bool.optional(),
    GENERATED_RESIDENTS: z.coerce.number().int().min(0).default(5000),
    /** How often the server runs the time-driven jobs (confirmation by silence, outbox delivery). */
    JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  })
  .superRefine((v, ctx) => {
    if (!v.DEMO_MODE) {
      for (const key of ['AUTH_SECRET', 'VNEID_ISSUER', 'VNEID_CLIENT_SECRET', 'APP_URL', 'PAYMENT_SECRET'] as const) {
        if (!v[key]) ctx.addIssue({ code: 'custom', path: [key], message: `${key} is required when DEMO_MODE=false` });
      }
    }
  });

export type Env = ReturnType<typeof parseEnv>;

export function parseEnv(source: Record<string, string | undefined>) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  const v = parsed.data;
  const appUrl = (v.APP_URL ?? `http://localhost:${v.PORT}`).replace(/\/$/, '');
  const authSecret = v.AUTH_SECRET ?? DEV_AUTH_SECRET;
  return {
    nodeEnv: v.NODE_ENV,
    demoMode: v.DEMO_MODE,
    databaseUrl: v.DATABASE_URL,
    dataDir: v.DATA_DIR,
    /** Private storage of attachments and issued documents (local disk). */
    filesDir: v.FILES_DIR,
    appUrl,
    authSecret,
    payments: {
      secret: v.PAYMENT_SECRET ?? createHmac('sha256', authSecret).update('payment-gateway').digest('hex'),
      /** The built-in mock gateway serves in demo mode only. */
      simulatorEnabled: v.DEMO_MODE,
    },
    vneid: {
      issuer: (v.VNEID_ISSUER ?? `${appUrl}/vneid-sim`).replace(/\/$/, ''),
      clientId: v.VNEID_CLIENT_ID,
      clientSecret: v.VNEID_CLIENT_SECRET ?? DEV_VNEID_CLIENT_SECRET,
      /** The built-in simulator serves in demo mode only. */
      simulatorEnabled: v.DEMO_MODE,
    },
    organisations: {
      /** The demo identity provider for organisations (its own accounts) serves in demo mode only. */
      demoProviderEnabled: v.DEMO_MODE,
    },
    officeIdleMinutes: v.OFFICE_IDLE_MINUTES,
    seedDemoData: v.SEED_DEMO_DATA ?? v.DEMO_MODE,
    generatedResidents: v.GENERATED_RESIDENTS,
    jobsIntervalSeconds: v.JOBS_INTERVAL_SECONDS,
  };
}

export const env = parseEnv(process.env);
