import { spawn } from 'node:child_process';
import os from 'node:os';

const groups = new WeakSet();

/**
 * Starts a command in a process group of its own, so that stopping it stops what it started too
 * (npx starts next-server, or tsx a node of its own, and does not pass signals on).
 */
export function spawnGroup(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  groups.add(child);
  return child;
}

/** A child of spawnGroup with its whole group; any other child (one whose group its parent's supervisor stops, as Playwright does) alone. */
function signalGroup(child, signal) {
  try {
    if (groups.has(child)) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // already gone
  }
}

/**
 * Processes that run as one (the portal and its worker): a signal to this process goes to each (its
 * group, for those started by spawnGroup); the first to end stops the others and decides the exit code (a
 * signal as 128 + its number).
 */
export function runTogether(children) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => children.forEach((c) => signalGroup(c, signal)));
  let ended = false;
  for (const child of children) {
    child.on('exit', (code, signal) => {
      if (!ended) process.exitCode = code ?? 128 + (os.constants.signals[signal] ?? 15);
      ended = true;
      for (const other of children) if (other !== child) signalGroup(other, 'SIGTERM');
    });
  }
}
