// Names, through ESLint's scope analysis: which names a piece of new code uses from outside, whether such
// a name is bound where the code goes (issue #8, item 4: never emit a reference to a name that is not
// bound at the emission point), and which new names are free in a file.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { ASTUtils, type TSESLint } from '@typescript-eslint/utils';
import { parseFile, type ParsedFile } from './source-code.ts';

/** The names `code` (an expression, or statements) uses without declaring them, globals of the language's lib aside. */
export function freeNames(code: string, expression = true): string[] {
  const parsed = parseFile('snippet.ts', expression ? `(${code})` : code) ?? parseFile('snippet.tsx', expression ? `(${code})` : code);
  if (!parsed) return [];
  const global = parsed.scopeManager.globalScope;
  const names = new Set<string>();
  for (const ref of global?.through ?? []) {
    const lib = global?.set.get(ref.identifier.name);
    if (lib && lib.defs.length === 0) continue; // `Object`, `JSON`, … (TypeScript's lib globals)
    names.add(ref.identifier.name);
  }
  return [...names];
}

/** Globals of Node and of Next's runtimes that generated code may use without a declaration. */
const HOST_GLOBALS = new Set(['undefined', 'process', 'console', 'globalThis', 'fetch', 'Request', 'Response', 'Headers', 'URL']);

/** The names of `code` that nothing declares as seen from `at` (a node of `file`). */
export function unboundNames(file: ParsedFile, at: TSESTree.Node, code: string, expression = true): string[] {
  const scope = (file.sourceCode as unknown as TSESLint.SourceCode).getScope(at);
  return freeNames(code, expression).filter((name) => !HOST_GLOBALS.has(name) && !ASTUtils.findVariable(scope, name));
}

/** Whether any scope of `file` declares `name`, or any code uses it as a global, except `released` definitions (imports about to go). */
function isNameTaken(file: ParsedFile, name: string, released: ReadonlySet<TSESTree.Node> = new Set()): boolean {
  for (const scope of file.scopeManager.scopes) {
    const variable = scope.set.get(name);
    if (variable && variable.defs.length > 0 && !variable.defs.every((d) => released.has(d.node as TSESTree.Node))) return true;
  }
  return file.scopeManager.globalScope?.through.some((ref) => ref.identifier.name === name) ?? false;
}

/** The first of `candidates` free in `file` and not in `reserved`, else the last with a number; added to `reserved`. */
export function uniqueName(file: ParsedFile, candidates: readonly string[], reserved: Set<string>, released: ReadonlySet<TSESTree.Node> = new Set()): string {
  const free = (name: string) => !reserved.has(name) && !isNameTaken(file, name, released);
  let chosen = candidates.find(free);
  if (chosen === undefined) {
    const base = candidates.at(-1) ?? 'value';
    for (let i = 2; chosen === undefined; i++) if (free(`${base}${i}`)) chosen = `${base}${i}`;
  }
  reserved.add(chosen);
  return chosen;
}
