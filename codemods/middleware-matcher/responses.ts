// What the code an entry file runs answers besides passing the request on: redirects, rewrites, its own
// responses (`NextResponse.redirect/rewrite/json`, `new Response(…)`, `redirect()`). Widening the matcher
// makes all of that run on every page (issue #8, item 5: a redirect to `/login` for every logged-out
// request, an OAuth callback redirected before its code exchange), so the plan needs to know where they
// are: in the entry function itself (where a guard can keep them on the old paths), in helpers of this
// file or of other modules (read through AppFacts), or in code that cannot be read.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { summarize } from '../../core/graph/summary.ts';
import { isFunction, type FunctionNode } from '../../core/estree.ts';
import { isSupabasePackage } from '../../core/supabase.ts';
import type { AppFacts } from '../lib/types.ts';
import { walk, type ParsedFile } from '../lib/source-code.ts';
import type { EntryKind } from './read.ts';

/** Modules whose functions never answer a request themselves (they create clients, or pass it on). */
const PASSIVE_MODULE = (source: string) => isSupabasePackage(source) || source === 'next/server' || source.startsWith('@supabase/');

export interface Responses {
  /** The entry function (its first parameter is the request). */
  entry: FunctionNode | undefined;
  /** Top-level statements of the entry function's body that answer (or hold code that does). */
  entryStatements: TSESTree.Node[];
  /** Where else answers come from: `updateSession` from '@/utils/supabase/middleware', a local `guard()`. */
  elsewhere: string[];
  /** Code that runs and cannot be read (a package's middleware, a helper not found). */
  unknown: string[];
}

/** Whether `node` creates a response other than `NextResponse.next()`. */
function answers(node: TSESTree.Node, nextNavigation: ReadonlySet<string>): boolean {
  if (node.type === 'NewExpression' && node.callee.type === 'Identifier' && ['NextResponse', 'Response'].includes(node.callee.name)) return true;
  if (node.type !== 'CallExpression') return false;
  const callee = node.callee;
  if (callee.type === 'Identifier') return nextNavigation.has(callee.name);
  return (
    callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && ['NextResponse', 'Response'].includes(callee.object.name) &&
    callee.property.type === 'Identifier' && ['redirect', 'rewrite', 'json', 'error'].includes(callee.property.name)
  );
}

/** Locals that name `redirect`/`permanentRedirect`/`notFound` of next/navigation. */
function navigationCalls(program: TSESTree.Program): Set<string> {
  const names = new Set<string>();
  for (const [local, binding] of summarize(program).imports) if (binding.source === 'next/navigation') names.add(local);
  return names;
}

/** Whether a module (any of its code) answers requests. */
function moduleAnswers(file: Pick<ParsedFile, 'sourceCode'>, program: TSESTree.Program): boolean {
  const navigation = navigationCalls(program);
  let found = false;
  walk(file, program, (node) => {
    if (found) return false;
    found = answers(node, navigation);
    return undefined;
  });
  return found;
}

/** The exported entry function: `export (async) function middleware|proxy`, `export const middleware = …`, or the default export. */
function entryFunction(program: TSESTree.Program, kind: EntryKind): FunctionNode | undefined {
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration' && isFunction(statement.declaration)) return statement.declaration;
    const decl = statement.type === 'ExportNamedDeclaration' ? statement.declaration : undefined;
    if (decl?.type === 'FunctionDeclaration' && decl.id?.name === kind) return decl;
    if (decl?.type === 'VariableDeclaration') {
      const d = decl.declarations.find((v) => v.id.type === 'Identifier' && v.id.name === kind);
      if (d && isFunction(d.init)) return d.init;
    }
  }
  return undefined;
}

export function readResponses(file: ParsedFile, path: string, kind: EntryKind, facts: AppFacts): Responses {
  const { program } = file;
  const entry = entryFunction(program, kind);
  const result: Responses = { entry, entryStatements: [], elsewhere: [], unknown: [] };
  if (!entry) {
    result.unknown.push(`the \`${kind}\` function`);
    return result;
  }
  const navigation = navigationCalls(program);
  const imports = summarize(program).imports;
  const locals = new Map<string, FunctionNode>();
  for (const statement of program.body) {
    const decl = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (decl?.type === 'FunctionDeclaration' && decl.id) locals.set(decl.id.name, decl);
    if (decl?.type === 'VariableDeclaration') for (const d of decl.declarations) if (d.id.type === 'Identifier' && isFunction(d.init)) locals.set(d.id.name, d.init);
  }
  const seen = new Set<FunctionNode>([entry]);
  /** Scans `root` (code that runs): answers found there, calls followed one level into helpers. */
  const scan = (root: TSESTree.Node, onAnswer: () => void) => {
    walk(file, root, (node) => {
      if (answers(node, navigation)) onAnswer();
      if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier') return;
      const name = node.callee.name;
      const local = locals.get(name);
      if (local && !seen.has(local)) {
        seen.add(local);
        if (localAnswers(file, local, navigation)) result.elsewhere.push(`\`${name}\``);
        return;
      }
      const binding = imports.get(name);
      if (!binding || PASSIVE_MODULE(binding.source)) return;
      const helper = facts.helperModule(binding.source, path);
      if (helper.kind === 'unknown') result.unknown.push(`\`${name}\` from '${binding.source}'`);
      else if (helper.kind === 'module' && moduleAnswers(file, helper.program)) result.elsewhere.push(`\`${name}\` from '${binding.source}'`);
    });
  };
  const body = entry.body;
  if (body.type !== 'BlockStatement') scan(body, () => result.unknown.push(`the \`${kind}\` function's body`));
  else for (const statement of body.body) scan(statement, () => !result.entryStatements.includes(statement) && result.entryStatements.push(statement));
  return result;
}

function localAnswers(file: ParsedFile, fn: FunctionNode, navigation: ReadonlySet<string>): boolean {
  let found = false;
  walk(file, fn, (node) => {
    if (found) return false;
    found = answers(node, navigation);
    return undefined;
  });
  return found;
}

/** Where the marker about the whole entry file goes: its `middleware`/`proxy` function's statement. */
export function entryStatement(file: ParsedFile, kind: EntryKind): TSESTree.Node {
  const fn = entryFunction(file.program, kind);
  if (fn) return fn;
  return file.program.body.find((s) => s.type !== 'ImportDeclaration') ?? file.program.body[0] ?? file.program;
}
