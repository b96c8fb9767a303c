/**
 * `auth-helpers-to-ssr`: rewrites every use of `@supabase/auth-helpers-nextjs` 0.5–0.15 to `@supabase/ssr`
 * (facts §1.2), one file at a time, and marks what it cannot finish: read.ts → decide.ts with the
 * constructs (server.ts, browser.ts, middleware.ts, pages.ts, modules.ts) → the plan (plan.ts) → write.ts
 * and imports.ts, all as text edits on the original text, so nothing else is reprinted.
 *
 * Policy, the same for every creator: a call without options of its own becomes a call of the app's
 * canonical factory (`ProjectInfo.factories`; the runner scaffolds missing ones: `needsFactories`); a call
 * with options the factory cannot take (or inside the factory file) becomes `createServerClient` /
 * `createBrowserClient` in place. `await` needs an async function: the enclosing function becomes async and
 * its callers are awaited (codemods/lib/async-propagation.ts), exported ones listed in `asyncExports`;
 * where a function cannot be async the call stays, with a marker. Every changed file carries the one-time
 * sign-out notice; package.json is the runner's job.
 */
import { toJscodeshift } from '../lib/adapter.ts';
import { moduleRoleOf } from '../lib/app-facts.ts';
import { applyEdits } from '../lib/edits.ts';
import { parseFile } from '../lib/source-code.ts';
import { reviewItems } from '../lib/todo-markers.ts';
import type { Codemod, TransformResult } from '../lib/types.ts';
import { decideImport } from './decide.ts';
import { cleanupCandidates, writeImports } from './imports.ts';
import { decideModules } from './modules.ts';
import { readFile } from './read.ts';
import { Rewrite, writePlan } from './write.ts';

export const codemod: Codemod = {
  name: 'auth-helpers-to-ssr',
  description:
    'Migrates @supabase/auth-helpers-nextjs (0.5–0.15) to @supabase/ssr: canonical client factories, await createClient(), the updateSession middleware, supabase-js types; TODOs for auth-helpers-react and what has no 1:1 replacement.',
  mightApply: (source) => source.includes('@supabase/auth-helpers-'),
  transform(input, project): TransformResult {
    const none: TransformResult = { output: undefined, review: [] };
    const parsed = parseFile(input.path, input.source);
    if (!parsed) return none;
    const file = readFile(input, project, parsed, moduleRoleOf(input.path, parsed.program, project));
    const plan = [...file.helperImports.flatMap((decl) => decideImport(file, decl)), ...decideModules(file)];
    const rewrite = new Rewrite(file);
    writePlan(rewrite, plan);
    writeImports(rewrite, cleanupCandidates(file));
    const output = parsed.bom + applyEdits(parsed.text, [...rewrite.markers.edits(), ...rewrite.edits, ...rewrite.engine.result()]);
    if (output === input.source) return none;
    return {
      output,
      review: reviewItems(input.source, output),
      needsFactories: [...rewrite.roles],
      asyncExports: [...rewrite.engine.asyncExports],
      notices: [...rewrite.notices],
    };
  },
};

export default toJscodeshift(codemod);
