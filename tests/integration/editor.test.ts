// An editor keeps one ESLint instance alive for hours (the VS Code ESLint server lints each open buffer
// with `lintText`). Facts read from other files must follow the disk: an edited wrapper module, an edited
// next.config, a new proxy.ts or a new importer are seen on the next lint of a file, without a restart.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index.ts';

const SERVER_FACTORY = `import { createServerClient } from '@supabase/ssr'
import { cookies } from 'next/headers'

export async function createClient() {
  const cookieStore = await cookies()
  return createServerClient('https://x.supabase.co', 'anon', {
    cookies: {
      getAll: () => cookieStore.getAll(),
      setAll: (list) => list.forEach(({ name, value, options }) => cookieStore.set(name, value, options)),
    },
  })
}
`;

const STANDALONE_FACTORY = `import { createClient as createSupabaseClient } from '@supabase/supabase-js'

export async function createClient() {
  return createSupabaseClient('https://x.supabase.co', 'anon')
}
`;

const PAGE = `import { createClient } from '@/lib/db'

export const revalidate = 60

export default async function Page() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  return <p>{session?.user.email}</p>
}
`;

const HELPER = `import { createClient } from '@/lib/db'

export async function currentEmail() {
  const supabase = await createClient()
  const { data: { session } } = await supabase.auth.getSession()
  return session?.user.email
}
`;

describe('a long-lived ESLint instance (editor)', () => {
  let root: string;
  let eslint: ESLint;
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  /** Lints a file's buffer as an editor does, and lists `line rule/messageId`. */
  const lint = async (rel: string) => {
    const [result] = await eslint.lintText(readFileSync(join(root, rel), 'utf8'), { filePath: join(root, rel) });
    return result!.messages.map((m) => `${m.line} ${m.ruleId?.replace('supabase-auth/', '')}/${m.messageId}`);
  };

  beforeAll(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'supabase-auth-editor-')));
    write('package.json', JSON.stringify({ dependencies: { next: '16.0.0' } }));
    write('tsconfig.json', JSON.stringify({ compilerOptions: { paths: { '@/*': ['./*'] } } }));
    write('next.config.ts', 'export default {}\n');
    write('lib/db.ts', STANDALONE_FACTORY);
    write('lib/email.ts', HELPER);
    write('app/dashboard/page.tsx', PAGE);
    write('app/profile/page.tsx', "import { currentEmail } from '@/lib/email'\n\nexport default async function Profile() {\n  return <p>{await currentEmail()}</p>\n}\n");
    write('middleware.ts', "import { createClient } from '@/lib/db'\n\nexport async function middleware() {\n  await createClient()\n}\n\nexport const config = { matcher: ['/:path*'] }\n");
    eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('sees an edit to a wrapper module', async () => {
    expect(await lint('app/dashboard/page.tsx')).toEqual([]); // a supabase-js client has no cookie session: nothing to say
    write('lib/db.ts', SERVER_FACTORY);
    expect(await lint('app/dashboard/page.tsx')).toEqual(['3 require-dynamic-auth-page/cachedRevalidate', '7 no-server-get-session/userFromSession']);
  });

  it('sees an edit to next.config', async () => {
    write('next.config.ts', 'export default { cacheComponents: true }\n');
    expect(await lint('app/dashboard/page.tsx')).toEqual(['3 require-dynamic-auth-page/incompatibleSegmentConfig', '7 no-server-get-session/userFromSession']);
  });

  it('sees a new proxy.ts next to middleware.ts', async () => {
    expect(await lint('middleware.ts')).toEqual([]);
    write('proxy.ts', "export { middleware as proxy } from './middleware'\n");
    expect(await lint('middleware.ts')).toEqual(['3 require-middleware-matcher/bothMiddlewareAndProxy']);
  });

  it('sees a new importer change a helper from server code to code the browser may run', async () => {
    expect(await lint('lib/email.ts')).toEqual(['5 no-server-get-session/userFromSession']);
    write('components/email.tsx', "'use client'\nimport { currentEmail } from '@/lib/email'\n\nexport function Email() {\n  return <button onClick={() => currentEmail()}>email</button>\n}\n");
    expect(await lint('lib/email.ts')).toEqual([]);
  });
});
