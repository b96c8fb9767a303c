// Child processes of the sweep: each in its own process group, with a time limit, ended with the sweep.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** Process groups of the commands running now, ended with the sweep when it is interrupted. */
const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const pid of running) killGroup(pid);
    process.exit(130);
  });
}

function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * Runs a command with a time limit. The child gets its own process group so that a timeout also ends the
 * package manager's or Next's own children (`kill(-pid)`), never anything this script did not start.
 */
export function run(command, args, { cwd, env = {}, timeoutMs }) {
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    let timedOut = false;
    running.add(child.pid);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    const finish = (code) => {
      clearTimeout(timer);
      running.delete(child.pid);
      done({ code, timedOut, ms: performance.now() - start, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    };
    child.on('error', (error) => {
      err.push(Buffer.from(String(error)));
      finish(-1);
    });
    child.on('close', (code) => finish(timedOut ? null : code));
  });
}

export const tail = (text, lines = 15) => text.trim().split('\n').slice(-lines).join('\n');
export const git = (cwd, ...args) => run('git', ['-c', 'user.name=sweep', '-c', 'user.email=sweep@localhost', '-c', 'core.hooksPath=/dev/null', ...args], { cwd, timeoutMs: 120_000 });
