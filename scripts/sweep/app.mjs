// The app under test: its scratch copy, package manager, Next app roots, and installed versions.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { run, tail } from './process.mjs';

/** Never copied into the scratch copy: installed, generated, or history (a fresh `git init` replaces it). */
export const SKIPPED_DIRS = new Set(['node_modules', '.next', '.git', '.turbo', '.vercel', 'dist', 'coverage']);
const NEXT_CONFIG = /^next\.config\.(js|mjs|cjs|ts|mts)$/;

/**
 * Copies the app without node_modules (reinstalled in the copy, so `tsc` sees exactly what the app's lockfile
 * installs, before and after the migration changes package.json), build output, git history, and `.env*`
 * files other than examples: a build must not pick up real endpoints or secrets.
 */
export function scratchCopy(source) {
  const dest = mkdtempSync(join(tmpdir(), `sweep-${basename(source)}-`));
  cpSync(source, dest, {
    recursive: true,
    filter: (path) => {
      const name = basename(path);
      if (SKIPPED_DIRS.has(name) && path !== source) return false;
      return !(name.startsWith('.env') && !/example|sample|template/i.test(name));
    },
  });
  return dest;
}

export const readJsonText = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};
export const readJson = (path) => (existsSync(path) ? readJsonText(readFileSync(path, 'utf8')) : null);

/**
 * The pnpm major that wrote the lockfile, when `packageManager` does not say: pnpm 10 reads neither a v5
 * nor a v6 lockfile as such and re-resolves every version, which is not the app the lockfile describes.
 */
function pnpmForLockfile(dir) {
  const version = /^lockfileVersion:\s*'?(\d+)/m.exec(readFileSync(join(dir, 'pnpm-lock.yaml'), 'utf8'))?.[1];
  return { 5: '7', 6: '8' }[version] ?? null;
}

/** The package manager the lockfile names, and the version `packageManager` pins. */
export function detectPackageManager(dir) {
  const spec = readJson(join(dir, 'package.json'))?.packageManager ?? '';
  const pinned = (name) => (spec.startsWith(`${name}@`) ? spec.slice(name.length + 1).split('+')[0] : null);
  if (existsSync(join(dir, 'pnpm-lock.yaml'))) return { name: 'pnpm', lockfile: 'pnpm-lock.yaml', version: pinned('pnpm') ?? pnpmForLockfile(dir) };
  if (existsSync(join(dir, 'yarn.lock'))) return { name: 'yarn', lockfile: 'yarn.lock', version: pinned('yarn') };
  if (existsSync(join(dir, 'package-lock.json'))) return { name: 'npm', lockfile: 'package-lock.json', version: null };
  // bun's lockfile cannot be read by the other managers: npm resolves the ranges afresh.
  const bun = ['bun.lockb', 'bun.lock'].find((file) => existsSync(join(dir, file)));
  return { name: 'npm', lockfile: null, version: null, note: bun ? `${bun} ignored: installed with npm from the ranges` : 'no lockfile' };
}

/**
 * Install command, lifecycle scripts off. pnpm runs as the global pnpm 10 unless `packageManager` pins another
 * major (pnpm 11 refuses a project whose engines ask for it; it needs Node 22+), and never switches versions
 * by itself: its switch refuses releases whose registry signature it cannot verify. npm without a lockfile
 * of its own does not enforce peers (bun and pnpm, whose lockfiles it replaces, don't either).
 */
function installCommand(pm) {
  if (pm.name === 'pnpm') {
    const major = pm.version?.split('.')[0];
    const [cmd, pre] = major && major !== '10' ? ['npx', ['-y', `pnpm@${major}`]] : ['pnpm', []];
    return [cmd, [...pre, 'install', '--ignore-scripts', '--prefer-offline', '--config.engine-strict=false', '--config.manage-package-manager-versions=false', '--config.pm-on-fail=ignore']];
  }
  if (pm.name === 'yarn') return ['yarn', ['install', '--ignore-scripts', '--prefer-offline', '--non-interactive', '--ignore-engines']];
  return ['npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', ...(pm.lockfile ? [] : ['--legacy-peer-deps'])]];
}

export async function install(dir, pm, timeoutMs) {
  const [cmd, args] = installCommand(pm);
  const result = await run(cmd, args, { cwd: dir, timeoutMs, env: { CI: '' } });
  return { command: [cmd, ...args].join(' '), ok: result.code === 0, ms: Math.round(result.ms), timedOut: result.timedOut, log: result.code === 0 ? '' : tail(result.stderr + result.stdout) };
}

/** Folders that hold a Next app: a next.config.*, or a package.json that depends on `next` next to app/ or pages/. */
export function findNextRoots(dir, depth = 0) {
  if (depth > 4) return [];
  const entries = readdirSync(dir, { withFileTypes: true });
  const names = new Set(entries.map((e) => e.name));
  const pkg = names.has('package.json') ? readJson(join(dir, 'package.json')) : null;
  const dependsOnNext = Boolean(pkg?.dependencies?.next ?? pkg?.devDependencies?.next);
  const hasRoutes = ['app', 'pages', 'src'].some((d) => names.has(d));
  const roots = entries.some((e) => NEXT_CONFIG.test(e.name)) || (dependsOnNext && hasRoutes) ? [dir] : [];
  for (const entry of entries) {
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) roots.push(...findNextRoots(join(dir, entry.name), depth + 1));
  }
  return roots;
}

/** Resolves a package the way the app root does (workspaces hoist, pnpm links), or null. */
export function resolveFrom(root, request) {
  try {
    return createRequire(join(root, 'package.json')).resolve(request);
  } catch {
    return null;
  }
}

const SUPABASE_PACKAGES = ['@supabase/auth-helpers-nextjs', '@supabase/auth-helpers-react', '@supabase/ssr', '@supabase/supabase-js'];

/** Declared ranges and installed versions of next, typescript and the Supabase packages, per app root. */
export function versionsOf(root) {
  const pkg = readJson(join(root, 'package.json')) ?? {};
  const declared = { ...pkg.devDependencies, ...pkg.dependencies };
  const result = {};
  for (const name of ['next', 'typescript', ...SUPABASE_PACKAGES]) {
    const manifest = resolveFrom(root, `${name}/package.json`);
    const installed = manifest ? readJson(manifest)?.version : undefined;
    if (declared[name] || installed) result[name] = { range: declared[name] ?? null, installed: installed ?? null };
  }
  return result;
}

/** A short description of the app's shape, from its files and versions (the corpus notes say more). */
export function shapeOf(dir, roots, versions, pm) {
  const parts = [pm.name];
  const first = versions[0] ?? {};
  if (first.next?.installed) parts.push(`next ${first.next.installed}`);
  for (const name of SUPABASE_PACKAGES.slice(0, 3)) {
    if (first[name]) parts.push(`${name.replace('@supabase/', '')} ${first[name].installed ?? first[name].range}`);
  }
  const routers = roots.flatMap((root) => ['app', 'src/app', 'pages', 'src/pages'].filter((d) => existsSync(join(root, d))));
  parts.push([...new Set(routers.map((d) => d.replace('src/', '')))].join('+') || 'no routes');
  if (routers.some((d) => d.startsWith('src/'))) parts.push('src/');
  if (roots.length > 1 || roots.some((root) => root !== dir)) parts.push(`monorepo (${roots.length} app${roots.length > 1 ? 's' : ''})`);
  return parts.join(', ');
}
