// A synthetic Next.js + Supabase app of any size, for the work-counting test and the benchmark. Shaped
// like the real apps that made the first version slow: feature modules with application/domain/
// infrastructure folders behind barrels, diamonds, `export *` chains, import cycles, and a chain where
// each of N modules imports the next two (N = 200), around the usual Supabase wrappers, pages, route
// handlers, server actions, client components and a middleware.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface GeneratedAppOptions {
  /** About how many source files to write (at least ~300: the fixed parts). */
  files: number;
  /** Pages and helpers read the session; without it the same shape holds no Supabase code at all. */
  supabase?: boolean;
}

const CHAIN_LENGTH = 200;
const STAR_CHAIN_LENGTH = 20;

class Writer {
  count = 0;
  constructor(readonly root: string) {}
  write(rel: string, text: string): void {
    const path = join(this.root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    if (/\.[jt]sx?$/.test(rel)) this.count++;
  }
}

function writeSupabase(w: Writer): void {
  w.write('utils/supabase/server.ts', `import { createServerClient } from '@supabase/ssr'
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
        } catch {}
      },
    },
  })
}
`);
  w.write('utils/supabase/client.ts', `import { createBrowserClient } from '@supabase/ssr'

export function createClient() {
  return createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!)
}
`);
  w.write('utils/supabase/middleware.ts', `import { createServerClient } from '@supabase/ssr'
import { NextResponse, type NextRequest } from 'next/server'

export async function updateSession(request: NextRequest) {
  let supabaseResponse = NextResponse.next({ request })
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      getAll() {
        return request.cookies.getAll()
      },
      setAll(cookiesToSet) {
        cookiesToSet.forEach(({ name, value }) => request.cookies.set(name, value))
        supabaseResponse = NextResponse.next({ request })
        cookiesToSet.forEach(({ name, value, options }) => supabaseResponse.cookies.set(name, value, options))
      },
    },
  })
  await supabase.auth.getClaims()
  return supabaseResponse
}
`);
  w.write('middleware.ts', `import { type NextRequest } from 'next/server'
import { updateSession } from '@/utils/supabase/middleware'

export async function middleware(request: NextRequest) {
  return await updateSession(request)
}

export const config = { matcher: ['/dashboard/:path*'] }
`);
  // A server helper without next/headers: server code only because server code imports it.
  w.write('lib/auth/get-session.ts', `import { createClient } from '@/utils/supabase/server'

export async function currentUser() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  return session?.user ?? null
}
`);
}

/** m{i} imports m{i+1} and m{i+2}, closed into a cycle: 2^N import paths, N modules, no Supabase code. */
function writeChain(w: Writer): void {
  for (let i = 0; i < CHAIN_LENGTH; i++) {
    const a = (i + 1) % CHAIN_LENGTH;
    const b = (i + 2) % CHAIN_LENGTH;
    w.write(`lib/chain/m${i}.ts`, `import { value${a} } from './m${a}'
import { value${b} } from './m${b}'

export function value${i}(depth: number): number {
  return depth <= 0 ? ${i} : value${a}(depth - 1) + value${b}(depth - 2)
}
`);
  }
}

/** b0 → b1 → … → b19 by `export *`, the last re-exporting the server factory (or a plain helper). */
function writeStarChain(w: Writer, supabase: boolean): void {
  for (let i = 0; i < STAR_CHAIN_LENGTH; i++) {
    const next = i === STAR_CHAIN_LENGTH - 1 ? (supabase ? `export * from '@/utils/supabase/server'` : `export const last = 1`) : `export * from './b${i + 1}'`;
    // b5 → b0 closes an export * cycle as well.
    const cycle = i === 5 ? `export * from './b0'\n` : '';
    w.write(`lib/barrel/b${i}.ts`, `${next}\n${cycle}export const level${i} = ${i}\n`);
  }
}

/** A feature module: domain ← application ← infrastructure (a diamond through shared/), behind a barrel. */
function writeFeature(w: Writer, j: number, supabase: boolean): void {
  const base = `features/f${j}`;
  w.write(`${base}/domain/entity.ts`, `import { formatId } from '@/lib/shared/format'

export interface Entity${j} {
  id: string
  title: string
}

export function label${j}(entity: Entity${j}): string {
  return formatId(entity.id) + ': ' + entity.title
}
`);
  w.write(`${base}/infrastructure/repository.ts`, supabase
    ? `import { createClient } from '@/utils/supabase/server'
import type { Entity${j} } from '../domain/entity'

export async function list${j}(): Promise<Entity${j}[]> {
  const supabase = await createClient()
  const { data } = await supabase.from('f${j}').select('id, title')
  return data ?? []
}
`
    : `import type { Entity${j} } from '../domain/entity'
import { formatId } from '@/lib/shared/format'

export async function list${j}(): Promise<Entity${j}[]> {
  return [{ id: formatId('${j}'), title: 'Item ${j}' }]
}
`);
  w.write(`${base}/application/use-cases.ts`, `import { label${j} } from '../domain/entity'
import { list${j} } from '../infrastructure/repository'
import { value${j % CHAIN_LENGTH} } from '@/lib/chain/m${j % CHAIN_LENGTH}'

export async function overview${j}(): Promise<string[]> {
  const rows = await list${j}()
  return rows.map((row) => label${j}(row) + value${j % CHAIN_LENGTH}(3))
}
`);
  w.write(`${base}/ui/card.tsx`, `'use client'
import { useState } from 'react'
import { label${j}, type Entity${j} } from '../domain/entity'

export function Card${j}({ entity }: { entity: Entity${j} }) {
  const [open, setOpen] = useState(false)
  return <button onClick={() => setOpen(!open)}>{label${j}(entity)}</button>
}
`);
  w.write(`${base}/index.ts`, `export * from './application/use-cases'
export * from './domain/entity'
export { Card${j} } from './ui/card'
`);
}

function writePage(w: Writer, j: number, supabase: boolean): void {
  const session = supabase && j % 2 === 0;
  w.write(`app/(features)/f${j}/page.tsx`, `import { overview${j} } from '@/features/f${j}'
import { level${j % STAR_CHAIN_LENGTH} } from '@/lib/barrel/b0'
${session ? `import { createClient } from '@/utils/supabase/server'\nimport { redirect } from 'next/navigation'\n` : ''}
export default async function Page() {
${session ? `  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  if (!session) redirect('/login')
` : ''}  const items = await overview${j}()
  return <ul data-level={level${j % STAR_CHAIN_LENGTH}}>{items.map((item) => <li key={item}>{item}</li>)}</ul>
}
`);
}

/** Writes the app into `root` and returns the number of source files written. */
export function writeGeneratedApp(root: string, { files, supabase = true }: GeneratedAppOptions): number {
  const w = new Writer(root);
  w.write('package.json', JSON.stringify({ name: 'generated', private: true, dependencies: { next: '16.0.0', react: '19.2.0', '@supabase/ssr': '^0.12.0' } }, null, 2));
  w.write('tsconfig.json', JSON.stringify({ compilerOptions: { jsx: 'preserve', paths: { '@/*': ['./*'] } } }, null, 2));
  w.write('next.config.ts', 'export default {}\n');
  w.write('lib/shared/format.ts', 'export function formatId(id: string): string {\n  return id.padStart(6, "0")\n}\n');
  if (supabase) writeSupabase(w);
  w.write('app/layout.tsx', 'export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return <html><body>{children}</body></html>\n}\n');
  w.write('app/account/page.tsx', supabase
    ? `import { currentUser } from '@/lib/auth/get-session'\n\nexport default async function Account() {\n  return <p>{(await currentUser())?.email}</p>\n}\n`
    : `import { formatId } from '@/lib/shared/format'\n\nexport default function Account() {\n  return <p>{formatId('account')}</p>\n}\n`);
  writeChain(w);
  writeStarChain(w, supabase);
  // Each feature is 5 files plus its page.
  for (let j = 0; w.count < files; j++) {
    writeFeature(w, j, supabase);
    writePage(w, j, supabase);
  }
  return w.count;
}
