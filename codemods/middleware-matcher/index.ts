/**
 * `middleware-matcher`: gives a middleware/proxy entry file that runs Supabase an
 * `export const config = { matcher: [...] }` that Next can read and that runs on every route whose
 * sessions it must refresh (facts §1.4), without ever running its redirects on new paths
 * (read.ts, responses.ts → decide.ts → write.ts). No `config` → the canonical block of core/templates.ts
 * appended; `config` without `matcher` → `matcher` added; a matcher Next cannot read → made readable where
 * that is safe (local consts inlined, `export let` → `export const`, `export { config }` →
 * `export const config`), else a marker; an entry file Next does not run → a marker.
 */
import { middlewareDeprecationNotice } from '../../core/next.ts';
import { getProjectFacts } from '../../core/project.ts';
import { isDirectory } from '../../core/source-file.ts';
import { CANONICAL_MATCHER_LITERAL } from '../../core/supabase.ts';
import { toJscodeshift } from '../lib/adapter.ts';
import { localAppFacts } from '../lib/app-facts.ts';
import { applyEdits } from '../lib/edits.ts';
import { parseFile } from '../lib/source-code.ts';
import { detectStyle } from '../lib/style.ts';
import { reviewItems } from '../lib/todo-markers.ts';
import type { Codemod, TransformResult } from '../lib/types.ts';
import { decideConfig, entryProblem, type Action, type MatcherFacts } from './decide.ts';
import { entryOf, previousText, readConfig, runsSupabase, topLevelConsts } from './read.ts';
import { entryStatement, readResponses } from './responses.ts';
import { MatcherWriter } from './write.ts';

export const codemod: Codemod = {
  name: 'middleware-matcher',
  description: 'Adds or repairs `export const config = { matcher: [...] }` in the middleware/proxy so every page refreshes the Supabase session.',
  mightApply: (source) => /supabase|updateSession|\bmiddleware\b|\bproxy\b/.test(source),
  transform(input, project, facts = localAppFacts(project)): TransformResult {
    const none: TransformResult = { output: undefined, review: [] };
    const entry = entryOf(input.path, project);
    if (!entry) return none;
    const file = parseFile(input.path, input.source);
    const onDisk = isDirectory(project.root);
    if (!file || !runsSupabase(file, input.path, onDisk ? project.root : undefined)) return none;
    const { kind } = entry;
    const style = detectStyle(file.text, file.program);
    const writer = new MatcherWriter(file, style);

    const add = `add \`export const config = { matcher: [${CANONICAL_MATCHER_LITERAL}] }\` so Next runs this ${kind} on every page`;
    const config = readConfig(file, add);
    let actions: Action[];
    if (config.kind === 'none') actions = [{ kind: 'append-config' }];
    else if (config.kind === 'unreadable') actions = [{ kind: 'mark', node: config.node, message: config.todo }];
    else {
      for (const repair of config.repairs) writer.repair(repair);
      const matcherFacts: MatcherFacts = {
        kind,
        routes: facts.routesNeedingRefresh(),
        consts: topLevelConsts(file.program),
        responses: () => readResponses(file, input.path, kind, facts),
        previous: (matcher, via) => previousText(file, matcher, via),
      };
      actions = decideConfig(config.init, config.statement, matcherFacts);
    }
    for (const action of actions) writer.write(action);

    const entryFiles = onDisk ? getProjectFacts(project.root) : undefined;
    const problem = entryProblem(kind, entry.relPath, entry.misplaced, project, { proxyFiles: entryFiles?.proxyFiles ?? [], middlewareFiles: entryFiles?.middlewareFiles ?? [] });
    if (problem) writer.markEntry(entryStatement(file, kind), problem);
    const deprecated = kind === 'middleware' && !problem && project.nextMajor !== undefined && project.nextMajor >= 16;
    const notices = deprecated ? [middlewareDeprecationNotice(entry.relPath)] : [];
    const output = file.bom + applyEdits(file.text, writer.all());
    if (output === input.source) return { ...none, notices };
    return { output, review: reviewItems(input.source, output), notices };
  },
};

export default toJscodeshift(codemod);
