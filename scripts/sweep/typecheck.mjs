// `tsc --noEmit` before and after, and the errors the migration added.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { resolveFrom } from './app.mjs';
import { run, tail } from './process.mjs';

const TSC_LINE = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;
const TSC_GLOBAL = /^error (TS\d+): (.*)$/;

/**
 * `file(line,col): TSxxxx message`, file relative to the scratch copy. A diagnostic's continuation lines
 * (indented) belong to its message, so a chain such as "Type X is not assignable… / Property y is missing"
 * compares as one error.
 */
function parseTsc(output, root, dir) {
  const errors = [];
  for (const line of output.split('\n')) {
    const located = TSC_LINE.exec(line);
    const global = located ? null : TSC_GLOBAL.exec(line);
    if (located) {
      const file = relative(dir, resolve(root, located[1])).split(sep).join('/');
      errors.push({ file, line: Number(located[2]), col: Number(located[3]), code: located[4], message: located[5] });
    } else if (global) {
      errors.push({ file: '', line: 0, col: 0, code: global[1], message: global[2] });
    } else if (/^\s+\S/.test(line) && errors.length > 0) {
      errors.at(-1).message += `\n${line.trimEnd()}`;
    }
  }
  return errors;
}

export const formatTscError = (e) => `${e.file}(${e.line},${e.col}): ${e.code} ${e.message}`;

/** `tsc --noEmit` with the root's own tsconfig and, when installed, its own TypeScript. */
export async function typecheck(root, dir, timeoutMs) {
  if (!existsSync(join(root, 'tsconfig.json'))) return { skipped: 'no tsconfig.json' };
  const ownTsc = resolveFrom(root, 'typescript/bin/tsc');
  const tsc = ownTsc ?? createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = await run(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: root, timeoutMs, env: { NODE_OPTIONS: '--max-old-space-size=8192' } });
  const errors = parseTsc(result.stdout, root, dir);
  const crashed = result.timedOut || (result.code !== 0 && errors.length === 0);
  return { typescript: ownTsc ? 'app' : 'sweep (app has none)', ms: Math.round(result.ms), timedOut: result.timedOut, errors, ...(crashed ? { crash: tail(result.stderr + result.stdout) } : {}) };
}

/** Errors after that are not before, matched on file + code + message (line shifts don't count), as multisets. */
export function newErrors(before, after) {
  const key = (e) => `${e.file}\u0000${e.code}\u0000${e.message}`;
  const remaining = new Map();
  for (const e of before) remaining.set(key(e), (remaining.get(key(e)) ?? 0) + 1);
  return after.filter((e) => {
    const left = remaining.get(key(e)) ?? 0;
    remaining.set(key(e), left - 1);
    return left <= 0;
  });
}
