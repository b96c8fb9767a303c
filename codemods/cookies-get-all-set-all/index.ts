/**
 * `cookies-get-all-set-all`: gives every `createServerClient(url, key, { cookies })` the `getAll`/`setAll`
 * cookie methods (facts §1.3), and turns a synchronous `cookies()` in a server-client factory into
 * `await cookies()` (facts §2.8). What needs changing is decided by the `require-set-all` rule itself, run
 * on the file: each of its reports is one `cookies` object to migrate (read.ts → decide.ts, with the
 * per-construct shapes.ts, hoist.ts and sync-cookies.ts → write.ts). Edits are text splices at the
 * parsed nodes' offsets, so everything else stays byte for byte. Exported functions that became async are
 * returned in `asyncExports` so the runner awaits their other call sites.
 */
import type { Rule } from 'eslint';
import requireSetAll from '../../rules/require-set-all.ts';
import { toJscodeshift } from '../lib/adapter.ts';
import { moduleRoleOf } from '../lib/app-facts.ts';
import type { RuleToRun } from '../lib/apply-rule.ts';
import { applyEdits } from '../lib/edits.ts';
import { reviewItems } from '../lib/todo-markers.ts';
import type { Codemod, TransformResult } from '../lib/types.ts';
import { decideReport } from './decide.ts';
import type { Step } from './plan.ts';
import { unwrap } from '../../core/graph/evaluate.ts';
import { FACTORY, findReported, readFile } from './read.ts';
import { decideSyncCookies } from './sync-cookies.ts';
import { writePlan } from './write.ts';

/** The rule whose analysis (and `next/headers` suggestion) this transform applies. */
const RULE: RuleToRun = { name: 'require-set-all', rule: requireSetAll as unknown as Rule.RuleModule };
const BOM = '\uFEFF';

export const codemod: Codemod = {
  name: 'cookies-get-all-set-all',
  description:
    'Replace the deprecated get/set/remove cookie methods (and getAll without setAll) of createServerClient with getAll/setAll for next/headers, middleware/proxy and Pages Router code, and await cookies() in server-client factories.',
  mightApply: (source) => source.includes(FACTORY) || source.includes('UnsafeUnwrappedCookies'),
  transform(file, project): TransformResult {
    const none: TransformResult = { output: undefined, review: [] };
    const bom = file.source.startsWith(BOM) ? BOM : '';
    const text = file.source.slice(bom.length);
    const read = readFile(text, file.path, project, RULE, (program) => moduleRoleOf(file.path, program, project));
    if (!read) return none;
    const steps = read.reports.map((report) => decideReport(read.file, report)).filter((s): s is Step => s !== undefined);
    // `cookies` objects the rule reported have a step of their own: their inner `cookies()` calls are not marked again.
    const reported = new Set(read.reports.flatMap((report) => {
      const { prop } = findReported(read.file, report);
      return prop ? [unwrap(prop.value)] : [];
    }));
    const { edits, asyncExports } = writePlan(read.file, steps, decideSyncCookies(read.file, reported));
    if (edits.length === 0) return none;
    const body = applyEdits(text, edits);
    if (body === text) return none;
    const output = bom + body;
    return { output, review: reviewItems(file.source, output), asyncExports };
  },
};

export default toJscodeshift(codemod);
