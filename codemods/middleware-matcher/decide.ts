// From the facts to a plan, as pure functions. The matcher must run on every route whose sessions the
// middleware refreshes (AppFacts.routesNeedingRefresh: the `require-middleware-matcher` rule's
// criterion), and, as Supabase's guides ask, on the app's pages in general: a matcher that misses one of
// {@link PROBE_PATHS} was written for a few routes only. When it misses some:
// - `has`/`missing` conditions → a marker (never widened silently);
// - widening would run redirects or other responses on new paths (issue #8, item 5) → never silently:
//   responses in the entry function itself get a guard that keeps them on the old matcher's paths (the
//   matcher is widened, the `if` says why); responses elsewhere (a helper, code that cannot be read) → a
//   marker, the matcher stays;
// - otherwise → widened: an exclusion matcher (`/((?!api|share|…).*)`) only loses the exclusions that
//   hide those routes, keeping the user's others; any other matcher becomes Supabase's.
// A matcher that already covers them is left alone (names of local consts inlined so Next can read it).
import { relative } from 'node:path';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { unwrap } from '../../core/graph/evaluate.ts';
import { matcherMatches, type MatcherEntry } from '../../core/next.ts';
import { toPosix } from '../../core/source-file.ts';
import { CANONICAL_MATCHER_LITERAL } from '../../core/supabase.ts';
import type { ProjectInfo } from '../lib/types.ts';
import { propertyName, readMatcher, type EntryKind, type ReadMatcher } from './read.ts';
import type { Responses } from './responses.ts';

/**
 * Paths any app-wide matcher runs on: the home page, a page, a nested page. (`/login`, `/auth/…` and
 * `/api/…` are not probed: excluding them is a common, deliberate choice, and Next's own example excludes
 * `api`.)
 */
const PROBE_PATHS: readonly string[] = ['/', '/about', '/docs/getting-started/install'];

export type Action =
  | { kind: 'append-config' }
  | { kind: 'mark'; node: TSESTree.Node; message: string }
  | { kind: 'add-matcher'; object: TSESTree.ObjectExpression }
  | { kind: 'inline'; matcher: TSESTree.Property; entries: MatcherEntry[]; remove: TSESTree.VariableDeclarator[] }
  | { kind: 'canonical'; object: TSESTree.ObjectExpression; matcher: TSESTree.Property; note: string; remove: TSESTree.VariableDeclarator[] }
  | { kind: 'drop-exclusions'; literal: TSESTree.Node; source: string; matcher: TSESTree.Property; note: string }
  | { kind: 'guard'; statements: TSESTree.Node[]; request: string; entries: MatcherEntry[] };

export interface MatcherFacts {
  kind: EntryKind;
  routes: readonly string[];
  consts: Map<string, TSESTree.VariableDeclarator>;
  responses: () => Responses;
  /** The old matcher as the marker shows it (values, names it used). */
  previous: (matcher: TSESTree.Property, via: TSESTree.VariableDeclarator[]) => { value: string; names: string };
}

const list = (paths: readonly string[]) => `${paths.slice(0, 3).map((p) => `\`${p}\``).join(', ')}${paths.length > 3 ? ', …' : ''}`;

export function decideConfig(init: TSESTree.Expression, statement: TSESTree.Node, facts: MatcherFacts): Action[] {
  const object = unwrap(init);
  if (object.type !== 'ObjectExpression') {
    const what = object.type === 'Identifier' ? `the name \`${object.name}\`` : object.type === 'CallExpression' ? 'a function call' : 'an expression';
    return [{ kind: 'mark', node: statement, message: `Next cannot read \`config\` when it is ${what}: write the object out, \`export const config = { matcher: [${CANONICAL_MATCHER_LITERAL}] }\`` }];
  }
  if (object.properties.some((p) => p.type === 'SpreadElement')) {
    return [{ kind: 'mark', node: statement, message: `Next cannot read a spread inside \`config\`: write every key out, with \`matcher: [${CANONICAL_MATCHER_LITERAL}]\`` }];
  }
  const properties = object.properties as TSESTree.Property[];
  const matcher = properties.find((p) => propertyName(p) === 'matcher');
  if (!matcher) {
    if (properties.some((p) => p.computed)) return [{ kind: 'mark', node: statement, message: `Next cannot read computed keys in \`config\`: write them out and add \`matcher: [${CANONICAL_MATCHER_LITERAL}]\`` }];
    return [{ kind: 'add-matcher', object }];
  }
  if (matcher.method || matcher.kind !== 'init') return [{ kind: 'mark', node: matcher, message: `Next cannot read \`matcher\` written as a method or accessor: write \`matcher: [${CANONICAL_MATCHER_LITERAL}]\`` }];
  const reading = readMatcher(matcher.value, facts.consts);
  if (!reading.ok) return [{ kind: 'mark', node: matcher, message: `Next cannot read \`config.matcher\` when it holds ${reading.why}: write the array out, e.g. \`matcher: [${CANONICAL_MATCHER_LITERAL}]\`` }];
  return decideMatcher(object, matcher, reading.value, facts);
}

function decideMatcher(object: TSESTree.ObjectExpression, matcher: TSESTree.Property, read: ReadMatcher, facts: MatcherFacts): Action[] {
  const { entries, plain, via } = read;
  const unconditional = entries.map((e) => ({ source: e.source, conditional: false }));
  const missed = [...PROBE_PATHS, ...facts.routes].filter((path) => !matcherMatches(unconditional, path));
  const previous = facts.previous(matcher, via);
  if (missed.length === 0) {
    if (via.length === 0) return [];
    if (!plain) return [{ kind: 'mark', node: matcher, message: `Next cannot read \`config.matcher\` through ${previous.names}: write its value out here` }];
    return [{ kind: 'inline', matcher, entries, remove: via }];
  }
  const routes = missed.filter((path) => !PROBE_PATHS.includes(path));
  const where = routes.length > 0 ? `${list(routes)}, where Server Components read the session` : `every page (not on \`${missed[0]}\`)`;
  if (entries.some((e) => e.conditional)) {
    return [{ kind: 'mark', node: matcher, message: `this ${facts.kind}'s matcher has \`has\`/\`missing\` conditions and does not run on ${where}, so sessions there are not refreshed: widen it by hand, e.g. add ${CANONICAL_MATCHER_LITERAL}` }];
  }
  const responses = facts.responses();
  const others = [...responses.elsewhere, ...responses.unknown];
  if (others.length > 0) {
    return [{
      kind: 'mark',
      node: matcher,
      message: `this ${facts.kind}'s matcher does not run on ${where}, so sessions there are not refreshed; it is not widened because ${others.join(', ')} may redirect or answer requests itself and would then do so on every page (public pages behind a login, an OAuth callback redirected before its code exchange): widen it by hand and keep those responses on the paths they are meant for (the previous matcher was ${previous.value})`,
    }];
  }
  const actions: Action[] = [];
  const request = responses.entry?.params[0];
  if (responses.entryStatements.length > 0) {
    const declares = responses.entryStatements.some((s) => s.type === 'VariableDeclaration' || s.type === 'FunctionDeclaration' || s.type === 'ClassDeclaration');
    if (request?.type !== 'Identifier' || declares) {
      return [{ kind: 'mark', node: matcher, message: `this ${facts.kind}'s matcher does not run on ${where}, so sessions there are not refreshed; it is not widened because this ${facts.kind} redirects or answers requests itself and would then do so on every page: widen it by hand and keep those responses on the previous matcher's paths (${previous.value})` }];
    }
    actions.push({ kind: 'guard', statements: responses.entryStatements, request: request.name, entries });
  }
  const guarded = actions.length > 0 ? `, and its own responses stay on the previous matcher's paths (the \`if\` added around them)` : '';
  const dropped = read.literals.length === 1 && via.length === 0 && read.literals[0] ? dropExclusions(entries[0]!.source, missed) : undefined;
  if (dropped) {
    actions.push({ kind: 'drop-exclusions', literal: read.literals[0]!, source: dropped.source, matcher, note: `the matcher no longer excludes ${dropped.removed.map((a) => `\`${a}\``).join(', ')}: it did not run on ${where}, so sessions there were not refreshed${guarded}; the previous matcher was ${previous.value}` });
  } else {
    const note = `the previous matcher was ${previous.value}; the ${facts.kind} now runs on every page so every session is refreshed${guarded || ': if code in it (or in its helper) relied on the old matcher, e.g. a redirect to the login page, limit that code with `request.nextUrl.pathname`'}`;
    actions.push({ kind: 'canonical', object, matcher, note, remove: via });
  }
  return actions;
}

/** `/((?!a|b|c).*)`: the alternatives it excludes, split at the top-level `|`. */
function exclusions(source: string): string[] | undefined {
  const match = /^\/\(\(\?!(.*)\)\.\*\)$/.exec(source);
  if (!match) return undefined;
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < match[1]!.length; i++) {
    const c = match[1]![i]!;
    if (c === '\\') {
      current += c + (match[1]![++i] ?? '');
      continue;
    }
    if (c === '(' || c === '[') depth++;
    if (c === ')' || c === ']') depth--;
    if (c === '|' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

/** The exclusion matcher without the alternatives that hide `missed` paths, when that covers them all. */
export function dropExclusions(source: string, missed: readonly string[]): { source: string; removed: string[] } | undefined {
  const written = exclusions(source);
  if (!written) return undefined;
  let alternatives: string[] = written;
  const build = (alts: readonly string[]) => (alts.length === 0 ? '/(.*)' : `/((?!${alts.join('|')}).*)`);
  const matches = (alts: readonly string[], path: string) => matcherMatches([{ source: build(alts), conditional: false }], path);
  const removed: string[] = [];
  for (const path of missed) {
    for (const alt of [...alternatives]) {
      if (matches(alternatives, path)) break;
      const without: string[] = alternatives.filter((a) => a !== alt);
      if (matches(without, path)) {
        alternatives = without;
        removed.push(alt);
      }
    }
    if (!matches(alternatives, path)) return undefined;
  }
  return { source: build(alternatives), removed };
}

/** Why Next does not run this entry file at all (so no matcher can help), as a marker message. */
export function entryProblem(kind: EntryKind, relPath: string, misplaced: boolean, project: ProjectInfo, entries: { proxyFiles: readonly string[]; middlewareFiles: readonly string[] }): string | undefined {
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
