/**
 * `middleware-matcher`: gives a middleware/proxy entry file that runs Supabase an
 * `export const config = { matcher: [...] }` that Next can read and that runs on every route whose
 * sessions it must refresh (facts §1.4), without ever running its redirects on new paths
 * (read.ts, responses.ts → decide.ts → write.ts). No `config` → the canonical block of core/templates.ts
 * appended; `config` without `matcher` → `matcher` added; a matcher Next cannot read → made readable where
 * that is safe (local consts inlined, `export let` → `export const`, `export { config }` →
 * `export const config`), else a marker; an entry file Next does not run → a marker.
 */
import { relative } from 'node:path';
import { middlewareDeprecationNotice } from '../../core/next.ts';
import { getProjectFacts } from '../../core/project.ts';
import { isDirectory, toPosix } from '../../core/source-file.ts';
import { CANONICAL_MATCHER_LITERAL } from '../../core/supabase.ts';
import { toJscodeshift } from '../lib/adapter.ts';
import { localAppFacts } from '../lib/app-facts.ts';
import { applyEdits } from '../lib/edits.ts';
import { parseFile, tsSourceCode, type ParsedFile } from '../lib/source-code.ts';
import { detectStyle } from '../lib/style.ts';
import { reviewItems } from '../lib/todo-markers.ts';
import type { Codemod, ProjectInfo, TransformResult } from '../lib/types.ts';
import { decideConfig, type Action, type MatcherFacts } from './decide.ts';
import { entryOf, readConfig, runsSupabase, topLevelConsts, type EntryKind } from './read.ts';
import { entryFunction, readResponses } from './responses.ts';
import { MatcherWriter } from './write.ts';
import type { TSESTree } from '@typescript-eslint/typescript-estree';

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
    if (problem) writer.mark(entryStatement(file, kind), problem);
    const deprecated = kind === 'middleware' && !problem && project.nextMajor !== undefined && project.nextMajor >= 16;
    const notices = deprecated ? [middlewareDeprecationNotice(entry.relPath)] : [];
    const output = file.bom + applyEdits(file.text, writer.all());
    if (output === input.source) return { ...none, notices };
    return { output, review: reviewItems(input.source, output), notices };
  },
};

export default toJscodeshift(codemod);

/** Why Next does not run this entry file at all (so no matcher can help), as a marker message. */
function entryProblem(kind: EntryKind, relPath: string, misplaced: boolean, project: ProjectInfo, entries: { proxyFiles: readonly string[]; middlewareFiles: readonly string[] }): string | undefined {
  const { proxyFiles, middlewareFiles } = entries;
  if (misplaced) return `Next ignores this file: the app lives in \`src/\`, so the ${kind} must be \`src/${relPath}\`; move it there`;
  const major = project.nextMajor;
  if (kind === 'proxy' && major !== undefined && major <= 15) {
    return `Next.js ${major} ignores \`proxy\` files (they replace \`middleware\` from Next.js 16 on): rename this file \`${relPath.replace(/(^|\/)proxy\./, '$1middleware.')}\` and export \`async function middleware\``;
  }
  if (kind === 'middleware' && major !== undefined && major >= 16 && proxyFiles.length > 0) {
    return `Next.js ${major} fails the build when both \`middleware\` and \`proxy\` files exist: move what this file does into \`${toPosix(relative(project.root, proxyFiles[0]!))}\` and delete this file`;
  }
  if (kind === 'proxy' && major !== undefined && major >= 16 && middlewareFiles.length > 0) {
    return `Next.js ${major} fails the build when both \`middleware\` and \`proxy\` files exist: move what \`${toPosix(relative(project.root, middlewareFiles[0]!))}\` does into this file and delete it`;
  }
  return undefined;
}

/** Where the marker about the whole entry file goes: its `middleware`/`proxy` function's statement. */
function entryStatement(file: ParsedFile, kind: EntryKind): TSESTree.Node {
  const fn = entryFunction(file.program, kind);
  if (fn) return fn;
  return file.program.body.find((s) => s.type !== 'ImportDeclaration') ?? file.program.body[0] ?? file.program;
}

/** The old matcher as a marker shows it: its text on one line without comments, with the values of the names it used. */
function previousText(file: ParsedFile, matcher: TSESTree.Property, via: TSESTree.VariableDeclarator[]): { value: string; names: string } {
  const sourceCode = tsSourceCode(file);
  const oneLine = (node: TSESTree.Node) => {
    let text = '';
    let at = node.range[0];
    for (const comment of sourceCode.getCommentsInside(node)) {
      text += file.text.slice(at, comment.range[0]);
      at = comment.range[1];
    }
    return (text + file.text.slice(at, node.range[1]))
      .replace(/,\s*\n\s*([\]}])/g, '$1')
      .replace(/([[{])\s*\n\s*/g, '$1')
      .replace(/\s*\n\s*([\]}])/g, '$1')
      .replace(/\s*\n\s*/g, ' ')
      .trim();
  };
  const own = oneLine(matcher.value);
  const names = via.map((d) => `${(d.id as TSESTree.Identifier).name} = ${oneLine(d.init!)}`);
  return { value: names.length > 0 ? `${own} (${names.join('; ')})` : own, names: via.map((d) => `\`${(d.id as TSESTree.Identifier).name}\``).join(', ') };
}
