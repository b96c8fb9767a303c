// Benchmark: generates a synthetic Next.js app (App Router pages, route handlers, server actions, client
// components, a Pages Router corner, wrapper factories behind an `@/` alias) and measures
//   1. `ESLint#lintFiles` with the `recommended` preset (cold and warm), per file;
//   2. the same files parsed with no rule (baseline), and an app whose pages have no Supabase code;
//   3. `supabase-auth migrate --dry --json` over the app.
// Usage: npm run build && node scripts/bench.js [pages=400]. Prints a Markdown table for the README.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ESLint } from 'eslint';
import plugin from '../dist/index.js';

const pages = Number(process.argv[2] ?? 400);
const repo = join(import.meta.dirname, '..');

function write(root, rel, text) {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

function makeApp(withSupabase) {
  const root = mkdtempSync(join(tmpdir(), 'supabase-auth-bench-'));
  write(root, 'package.json', JSON.stringify({ name: 'bench', private: true, dependencies: { next: '16.0.0', '@supabase/ssr': '^0.12.0' } }));
  write(root, 'tsconfig.json', JSON.stringify({ compilerOptions: { paths: { '@/*': ['./*'] } } }));
  write(root, 'utils/supabase/server.ts', `import { createServerClient } from '@supabase/ssr'
import { cookies } from 'next/headers'
export async function createClient() {
  const cookieStore = await cookies()
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: { get(name: string) { return cookieStore.get(name)?.value }, set() {}, remove() {} },
  })
}
`);
  write(root, 'middleware.ts', `import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'
export async function middleware(request: NextRequest) { return await updateSession(request) }
export const config = { matcher: ['/dashboard/:path*'] }
`);
  for (let i = 0; i < pages; i++) {
    const supabase = withSupabase && i % 2 === 0;
    write(root, `app/section-${i % 20}/page-${i}/page.tsx`, supabase
      ? `import { createClient } from '@/utils/supabase/server'
import { redirect } from 'next/navigation'
export const revalidate = ${i % 4 === 0 ? 60 : 0}
export default async function Page() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  if (!session) redirect('/login')
  const { data } = await supabase.from('items').select().eq('owner', session.user.id)
  return <ul>{data?.map((row) => <li key={row.id}>{row.title}</li>)}</ul>
}
`
      : `import Link from 'next/link'
export default function Page() {
  const items = Array.from({ length: ${i % 7} }, (_, n) => n)
  return <nav>{items.map((n) => <Link key={n} href={'/p/' + n}>Item {n}</Link>)}</nav>
}
`);
    if (i % 10 === 0) {
      write(root, `app/api/item-${i}/route.ts`, `import { createRouteHandlerClient } from '@supabase/auth-helpers-nextjs'
import { cookies } from 'next/headers'
import { NextResponse } from 'next/server'
export async function GET() {
  const supabase = createRouteHandlerClient({ cookies })
  const { data: { session } } = await supabase.auth.getSession()
  return NextResponse.json({ user: session?.user ?? null })
}
`);
    }
  }
  return root;
}

async function lint(root, rules = true) {
  // Without rules: the same parser setup, so the difference is what the rules themselves cost.
  const config = rules ? plugin.configs.recommended : plugin.configs.recommended.filter((block) => !block.rules);
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });
  const start = performance.now();
  const results = await eslint.lintFiles(['.']);
  const ms = performance.now() - start;
  return { ms, files: results.length, problems: results.reduce((n, r) => n + r.messages.length, 0) };
}

function migrate(root) {
  execFileSync('git', ['init', '-q'], { cwd: root });
  const start = performance.now();
  try {
    execFileSync(process.execPath, [join(repo, 'dist/cli/supabase-auth.js'), 'migrate', '.', '--dry', '--json', '--force'], { cwd: root, stdio: 'pipe', maxBuffer: 1 << 28 });
  } catch (error) {
    if (error.status !== 1) throw error; // exit 1 = review items remain, expected here
  }
  return performance.now() - start;
}

const rows = [];
const app = makeApp(true);
const plain = makeApp(false);
try {
  const cold = await lint(app);
  const warm = await lint(app);
  const none = await lint(plain);
  const parseOnly = await lint(app, false);
  rows.push(['lint, recommended, cold (first run in a process)', cold.files, cold.ms, cold.problems]);
  rows.push(['lint, recommended, warm (same process)', warm.files, warm.ms, warm.problems]);
  rows.push(['parse only, no rules (baseline)', parseOnly.files, parseOnly.ms, parseOnly.problems]);
  rows.push(['lint, same app with Supabase-free pages', none.files, none.ms, none.problems]);
  const migrateMs = migrate(app);
  rows.push(['migrate --dry (whole pipeline, new process)', cold.files, migrateMs, '']);
} finally {
  rmSync(app, { recursive: true, force: true });
  rmSync(plain, { recursive: true, force: true });
}

console.log(`Node ${process.version}, ${(await import('node:os')).cpus().length} cores, ${pages} pages\n`);
console.log('| run | files | total | per file | problems |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, files, ms, problems] of rows) {
  console.log(`| ${name} | ${files} | ${(ms / 1000).toFixed(2)} s | ${(ms / files).toFixed(2)} ms | ${problems} |`);
}
