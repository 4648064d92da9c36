import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A port no one listens on now: tests that start their own server run side by side (fullyParallel). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export type Started = { child: ChildProcess; port: number; output: () => string };

/**
 * The production build started as an operator would (`next start`), on a fresh embedded database
 * of its own, with these settings on top of the inherited environment minus the journeys' own.
 */
export async function startBuild(settings: Record<string, string>): Promise<Started> {
  const port = await freePort();
  return startProcess('npx', ['next', 'start', '-p', String(port)], { ...settings, PORT: String(port), DATA_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'hotich-start-')), 'db') });
}

/** Waits until the server answers its health check (or exits, which fails with what it said). */
export async function whenHealthy(started: Started): Promise<string> {
  const base = `http://localhost:${started.port}`;
  for (;;) {
    if (started.child.exitCode !== null) throw new Error(`The server exited (${started.child.exitCode}):\n${started.output()}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return base;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Stops the server and everything it started (npx → next-server), and waits until it has gone. */
export async function stopServer(started: Started): Promise<void> {
  if (started.child.exitCode !== null || started.child.pid === undefined) return;
  const exited = new Promise((resolve) => started.child.once('exit', resolve));
  try {
    process.kill(-started.child.pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  await exited;
}

/**
 * Any of the portal's processes (`next start`, the worker, the deploy step) with these settings on
 * top of the inherited environment minus the journeys' own, in a process group of its own.
 */
export function startProcess(command: string, args: string[], settings: Record<string, string>): Started {
  const inherited: Record<string, string> = { ...(process.env as Record<string, string>) };
  for (const name of ['DATABASE_URL', 'DEMO_MODE', 'APP_URL', 'AUTH_SECRET', 'PORT']) delete inherited[name];
  const child = spawn(command, args, { env: { ...inherited, NODE_ENV: 'production', ...settings }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return { child, port: Number(settings.PORT ?? 0), output: () => output };
}

/** Waits for a process to end; fails with what it said unless it ended well. */
export async function finished(started: Started): Promise<void> {
  const code = started.child.exitCode ?? (await new Promise<number | null>((resolve) => started.child.once('exit', resolve)));
  if (code !== 0) throw new Error(`${started.child.spawnargs.join(' ')} exited (${code}):\n${started.output()}`);
}
