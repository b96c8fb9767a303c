// Temporary apps in temporary git repositories, and the built command run on them as a user would.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll } from 'vitest';
import type { MigrateOptions } from '../../cli/migrate.ts';
import type { Io } from '../../cli/paths.ts';

export const CLI = join(import.meta.dirname, '../../dist/cli/supabase-auth.js');

const created: string[] = [];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
}

export function git(root: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=test', '-c', 'commit.gpgsign=false', ...args], { cwd: root, encoding: 'utf8' });
}

/** A temporary directory holding `files`; a git repository with everything committed unless `git: false`. */
export function makeApp(files: Record<string, string>, options: { git?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'supabase-auth-cli-'));
  created.push(root);
  writeFiles(root, files);
  if (options.git !== false) {
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'init');
  }
  return root;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node dist/cli/supabase-auth.js …args` in `cwd`, as in CI (plain lines, no colours). */
export function runCli(cwd: string, ...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: undefined },
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The command as a user without root's rights, so that a `chmod 000` file really cannot be read: as
 * `nobody` when the tests run as root (CI does), with `root` opened to others.
 */
export function runCliUnprivileged(root: string, cwd: string, ...args: string[]): CliRun {
  if (process.getuid?.() !== 0) return runCli(cwd, ...args);
  chmodSync(root, 0o755); // mkdtemp made it 0700; what is inside is readable to others already
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: undefined, HOME: tmpdir() },
    timeout: 120_000,
    uid: 65534,
    gid: 65534,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `root` (but .git) → its bytes, to prove a run changed nothing. */
export function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      if (entry === '.git') continue;
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(root, full).split('\\').join('/')] = readFileSync(full, 'latin1');
    }
  };
  walk(root);
  return files;
}

export const read = (root: string, rel: string) => readFileSync(join(root, rel), 'utf8');

/** An Io for calling the runner in-process, collecting what it prints. */
export function capture(cwd: string): Io & { out: string; err: string } {
  const io = {
    cwd,
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    tty: false,
    ci: true,
    color: false,
  };
  return io;
}

/** `migrate --json` options, as the command line would pass them. */
export const migrateOptions = (overrides: Partial<MigrateOptions> = {}): MigrateOptions => ({
  paths: [],
  dry: false,
  force: false,
  json: true,
  strict: false,
  updatePackageJson: false,
  ...overrides,
});

// ---- A small auth-helpers app ---------------------------------------------------------------------

/** A package.json with these dependencies, as npm writes it. */
export const packageJson = (dependencies: Record<string, string>, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ name: 'legacy-app', private: true, ...extra, dependencies }, null, 2) + '\n';

export const PACKAGE_JSON = packageJson({ next: '15.5.0', '@supabase/auth-helpers-nextjs': '^0.10.0', '@supabase/supabase-js': '^2.45.0' });

/** An app already on current @supabase/ssr and supabase-js. */
export const MIGRATED_PACKAGE_JSON = packageJson({ next: '15.5.0', '@supabase/ssr': '^0.12.7', '@supabase/supabase-js': '^2.119.1' });

export const MIDDLEWARE_NARROW = `import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'

export async function middleware(request: NextRequest) {
  return await updateSession(request)
}

export const config = { matcher: ['/dashboard/:path*'] }
`;

export const MIDDLEWARE_NO_CONFIG = `import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'

export async function middleware(request: NextRequest) {
  return await updateSession(request)
}
`;

export const HELPERS_PAGE = `import { createServerComponentClient } from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'

export default async function Dashboard() {
  const supabase = createServerComponentClient({ cookies })
  const { data } = await supabase.from('todos').select()
  return <pre>{JSON.stringify(data)}</pre>
}
`;

export const CANONICAL_SERVER = `import { createServerClient } from '@supabase/ssr'
import { cookies } from 'next/headers'

export async function createClient() {
  const cookieStore = await cookies()
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      getAll() {
        return cookieStore.getAll()
      },
      setAll(cookiesToSet) {
        try {
          cookiesToSet.forEach(({ name, value, options }) => cookieStore.set(name, value, options))
        } catch {
          // Server Components cannot write cookies.
        }
      },
    },
  })
}
`;

export const CANONICAL_PAGE = `import { createClient } from '@/utils/supabase/server'

export default async function Dashboard() {
  const supabase = await createClient()
  const { data } = await supabase.auth.getClaims()
  return <p>{data?.claims?.email}</p>
}
`;

/** The base of every test app: package.json, tsconfig with the `@/` alias, .gitignore. */
export const BASE: Record<string, string> = {
  'package.json': PACKAGE_JSON,
  'tsconfig.json': JSON.stringify({ compilerOptions: { jsx: 'preserve', paths: { '@/*': ['./*'] } } }, null, 2),
  '.gitignore': 'node_modules\n.next\nignored-by-git/\n',
};
