// `next start` of a built app on a free port of 127.0.0.1, in its own process group, for the forged-cookie
// proof (scripts/forged-cookie.ts). Readiness is polled, never assumed after a delay.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { REPO } from './example-run.ts';

export interface NextServer {
  url: string;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

const NEXT_BIN = join(REPO, 'node_modules', 'next', 'dist', 'bin', 'next');

/** Starts `next start -p 0` in `dir` and resolves once it answers HTTP, or rejects with its output. */
export async function startNext(dir: string, env: Record<string, string>, timeoutMs = 60_000): Promise<NextServer> {
  // detached: its own process group, so stop() ends it and anything it spawned, and nothing else.
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', '0', '-H', '127.0.0.1'], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));

  const stop = async () => {
    if (exited || child.pid === undefined) return;
    process.kill(-child.pid, 'SIGTERM');
    const stopped = await Promise.race([exit.then(() => true), delay(10_000).then(() => false)]);
    if (!stopped && !exited) process.kill(-child.pid, 'SIGKILL');
    await exit;
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !exited) {
    const url = /- Local:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
    if (url) {
      const answered = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) }).then(
        () => true,
        () => false,
      );
      if (answered) return { url, output: () => output, stop };
    }
    await delay(100);
  }
  await stop();
  throw new Error(`next start did not become ready in ${timeoutMs} ms${exited ? ' (it exited)' : ''}:\n${output.slice(-4000)}`);
}
