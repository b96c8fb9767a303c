#!/usr/bin/env node
// The `supabase-auth` command: `migrate` (codemods) and `check` (lint with the recommended config).
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { RUN_ORDER } from '../codemods/order.ts';
import { UsageError, type Io } from './paths.ts';

const { version } = createRequire(import.meta.url)('eslint-plugin-supabase-auth/package.json') as { version: string };

const EXIT_CODES = `
Exit codes:
  0  done: nothing left to do by hand (check: no errors)
  1  migrate: review items remain (TODO(supabase-auth) markers, package.json changes to make by hand)
     or files could not be migrated (listed with the reason); check: at least one error
  2  usage error: unknown option or transform, a path that does not exist, a path outside the
     current git repository (or a link out of it) that is not a clean repository of its own,
     a folder outside git or uncommitted changes without --force, a package.json that
     --update-package-json cannot edit; or a fatal error`;

function terminal(): Io {
  const ci = Boolean(process.env.CI) && process.env.CI !== 'false';
  const tty = Boolean(process.stdout.isTTY);
  const color = process.env.NO_COLOR === undefined && (process.env.FORCE_COLOR !== undefined ? process.env.FORCE_COLOR !== '0' : tty);
  return {
    cwd: process.cwd(),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    tty,
    ci,
    color,
  };
}

function parseTransformList(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('give at least one transform name');
  return value;
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('supabase-auth')
    .description('Find and fix Supabase auth mistakes in Next.js apps: migrate to @supabase/ssr, then lint.')
    .version(version, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText('after', EXIT_CODES);

  program
    .command('migrate')
    .description('Rewrite the app to the current @supabase/ssr pattern (auth-helpers, cookies, getSession, middleware session refresh, matcher, dynamic pages).')
    .argument('[paths...]', 'files or folders to migrate; only files inside them are read or written', ['.'])
    .option('--dry', 'write nothing; print a unified diff of every change', false)
    .option('--force', 'run even when git has uncommitted changes in the paths, or when a path is not in a git repository', false)
    .option('--json', 'print one JSON document (files, per-transform counts, review items, failed files, notices, created files) and nothing else on stdout', false)
    .addOption(new Option('--only <transforms>', 'comma-separated transforms to run (in the usual order)').argParser(parseTransformList))
    .option('--strict', "also apply what the 'strict' preset asks for (explicit `dynamic = 'force-dynamic'` on auth pages)", false)
    .option(
      '--update-package-json',
      "edit each app's package.json: remove @supabase/auth-helpers-* no file imports any more, add @supabase/ssr and @supabase/supabase-js, and raise them to versions that have what the migrated code calls",
      false,
    )
    .addHelpText(
      'after',
      `
Transforms, in run order: ${RUN_ORDER.join(', ')}.
What a transform cannot finish is marked in the code with
// TODO(supabase-auth): … and listed as file:line.
Files over 1 MB, or taking over 60 s, are not migrated and listed as failed.
${EXIT_CODES}`,
    )
    .action(async (paths: string[], options: { dry: boolean; force: boolean; json: boolean; only?: string; strict: boolean; updatePackageJson: boolean }) => {
      // The worker threads start first: they load the transforms while this thread loads the runner.
      const { DEFAULT_LIMITS, TaskPool } = await import('./pool.ts');
      const pool = await TaskPool.start({ kind: 'registry' }, DEFAULT_LIMITS);
      const migrate = await import('./migrate.ts').catch(async (error: unknown) => {
        await pool.close(); // live worker threads would keep the process from exiting
        throw error;
      });
      setExit(await migrate.runMigrate({ paths, ...options }, io, undefined, pool));
    });

  program
    .command('check')
    .description("Lint with this plugin's recommended config, ignoring the project's own ESLint config.")
    .argument('[paths...]', 'files or folders to lint', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'sarif']).default('stylish'))
    .addHelpText('after', EXIT_CODES)
    .action(async (paths: string[], options: { format: 'stylish' | 'json' | 'sarif' }) => {
      const { runCheck } = await import('./check.ts');
      setExit(await runCheck({ paths, format: options.format }, io));
    });

  return program;
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = terminal()): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; every parsing problem is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`supabase-auth: ${error.message}\n`);
      return 2;
    }
    io.stderr(`supabase-auth: fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

// Run when executed (the bin symlink or `node dist/cli/supabase-auth.js`), not when imported by tests.
function isMain(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (isMain()) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
