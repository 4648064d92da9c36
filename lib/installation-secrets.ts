import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/*
 * The secrets of one demo installation: generated on its first start and kept in its data folder
 * (`.data/secrets.json`, readable by the owner only), never in the source. Production supplies its
 * own through the environment (lib/env.ts refuses to start without them).
 */

export type InstallationSecrets = { authSecret: string; vneidClientSecret: string; paymentSecret: string };

const KEYS = ['authSecret', 'vneidClientSecret', 'paymentSecret'] as const;

/** Secrets for a process that serves nothing (`next build`): random, kept nowhere. */
export function fresh(): InstallationSecrets {
  return { authSecret: randomBytes(32).toString('base64url'), vneidClientSecret: randomBytes(32).toString('base64url'), paymentSecret: randomBytes(32).toString('base64url') };
}

function read(file: string): InstallationSecrets | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<InstallationSecrets>;
    return KEYS.every((k) => typeof parsed[k] === 'string' && parsed[k].length >= 32) ? (parsed as InstallationSecrets) : null;
  } catch {
    return null;
  }
}

/**
 * Reads the installation's secrets, creating them on first use. Several processes may start
 * together (the two journey servers, a script): the file is created exclusively, and whoever loses
 * the race reads the winner's secrets.
 */
export function installationSecrets(file: string): InstallationSecrets {
  const existing = read(file);
  if (existing) return existing;
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${JSON.stringify(fresh(), null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  for (let attempt = 0; attempt < 50; attempt++) {
    const written = read(file);
    if (written) return written;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20); // the winner is still writing
  }
  throw new Error(`${file} holds no valid secrets: delete it to generate new ones`);
}
