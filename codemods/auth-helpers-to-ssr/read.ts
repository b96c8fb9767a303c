// Facts from the file: its parse (ESTree, scopes), style, kind and role, whether it is a 'use client'
// module, its imports of the helper packages and every reference to what they import, and small
// lookups the other phases share (source text of a node, existing imports of a module).
import { relative } from 'node:path';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { TSESLint } from '@typescript-eslint/utils';
import { isFunction, type FunctionNode } from '../../core/estree.ts';
import { DEFAULT_PAGE_EXTENSIONS, fileKind, type FileKind, type ModuleRole } from '../../core/next.ts';
import { toPosix } from '../../core/source-file.ts';
import { AUTH_HELPERS_NEXTJS_EXPORTS, isAuthHelpersPackage, SSR_PACKAGE, SSR_SHIM_EXPORTS, SUPABASE_JS_PACKAGE, type AuthHelpersPackage } from '../../core/supabase.ts';
import { importSpecifier, resolveSpecifier } from '../lib/import-path.ts';
import { isTypeScriptFile, tsSourceCode, type ParsedFile } from '../lib/source-code.ts';
import { detectStyle, type Style } from '../lib/style.ts';
import type { FactoryRole, FileInput, ProjectInfo } from '../lib/types.ts';

export const NEXTJS = '@supabase/auth-helpers-nextjs';
export const REACT = '@supabase/auth-helpers-react';

type Specifier = TSESTree.ImportDeclaration['specifiers'][number];

export interface HelperFile {
  input: FileInput;
  project: ProjectInfo;
  parsed: ParsedFile;
  text: string;
  sourceCode: TSESLint.SourceCode;
  program: TSESTree.Program;
  style: Style;
  typescript: boolean;
  kind: FileKind;
  role: ModuleRole;
  clientModule: boolean;
  /** Import declarations of the helper packages (deep paths included), in order. */
  helperImports: TSESTree.ImportDeclaration[];
}

/** The helper package a module specifier loads, deep paths included (`…-nextjs/dist/middleware`). */
export function helperPackage(source: unknown): AuthHelpersPackage | undefined {
  if (typeof source !== 'string') return undefined;
  const name = source.split('/').slice(0, 2).join('/');
  return isAuthHelpersPackage(name) ? name : undefined;
}

/** The facts of the parsed file; `role` is the module's (app-facts.ts `moduleRoleOf`). */
export function readFile(input: FileInput, project: ProjectInfo, parsed: ParsedFile, role: ModuleRole): HelperFile {
  const relPath = toPosix(relative(project.root, input.path));
  const kind = fileKind(relPath, { srcDir: project.srcDir, pageExtensions: DEFAULT_PAGE_EXTENSIONS });
  const program = parsed.program;
  return {
    input,
    project,
    parsed,
    text: parsed.text,
    sourceCode: tsSourceCode(parsed),
    program,
    style: detectStyle(parsed.text, program),
    typescript: isTypeScriptFile(input.path),
    kind,
    role,
    clientModule: program.body.some((s) => s.type === 'ExpressionStatement' && s.directive === 'use client'),
    helperImports: program.body.filter((s): s is TSESTree.ImportDeclaration => s.type === 'ImportDeclaration' && helperPackage(s.source.value) !== undefined),
  };
}

/** The name a specifier imports: `'default'`, `'*'` or the exported name. */
export function importedName(spec: Specifier): string {
  if (spec.type === 'ImportDefaultSpecifier') return 'default';
  if (spec.type === 'ImportNamespaceSpecifier') return '*';
  return spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value;
}

/** Every use of the binding an import specifier declares (value and type references), in source order. */
export function referencesOf(file: HelperFile, spec: Specifier): TSESTree.Identifier[] {
  const variable = file.sourceCode.scopeManager?.getDeclaredVariables(spec)[0];
  return (variable?.references ?? []).map((r) => r.identifier as TSESTree.Identifier).sort((a, b) => a.range[0] - b.range[0]);
}

/** Source text of an original node, its continuation lines dedented to its first line. */
export function textOf(file: HelperFile, node: TSESTree.Node): string {
  const raw = file.text.slice(node.range[0], node.range[1]);
  const lineStart = file.text.lastIndexOf('\n', node.range[0] - 1) + 1;
  const indent = /^[ \t]*/.exec(file.text.slice(lineStart, node.range[0]))![0];
  return raw
    .split('\n')
    .map((line, i) => (i > 0 && line.startsWith(indent) ? line.slice(indent.length) : line))
    .join('\n');
}

export const identifierName = (node: TSESTree.Node | null | undefined): string | undefined => (node?.type === 'Identifier' ? node.name : undefined);

/** The import declarations of `source`. */
export function importsFrom(file: HelperFile, source: string): TSESTree.ImportDeclaration[] {
  return file.program.body.filter((s): s is TSESTree.ImportDeclaration => s.type === 'ImportDeclaration' && s.source.value === source);
}

/** Local name of `imported` when some import of `source` already brings it in. */
export function existingLocal(file: HelperFile, source: string, imported: string): string | undefined {
  for (const decl of importsFrom(file, source)) for (const spec of decl.specifiers) if (importedName(spec) === imported) return spec.local.name;
  return undefined;
}

/** Local name of `imported` from a value import of the module `moduleFile`, under any specifier that resolves to it. */
export function existingModuleImport(file: HelperFile, moduleFile: string, imported: string): string | undefined {
  const target = moduleFile.replace(/\.[cm]?[jt]sx?$/, '');
  for (const decl of file.program.body) {
    if (decl.type !== 'ImportDeclaration' || decl.importKind === 'type') continue;
    if (resolveSpecifier(decl.source.value, file.input.path, file.project) !== target) continue;
    for (const spec of decl.specifiers) if (importedName(spec) === imported) return spec.local.name;
  }
  return undefined;
}

/** The name a function is bound to: `function f`, `const f = () => …` (through `cache(…)`). */
export function functionName(fn: FunctionNode): string | undefined {
  if (fn.type === 'FunctionDeclaration') return fn.id?.name;
  let holder: TSESTree.Node = fn;
  if (holder.parent?.type === 'CallExpression' && identifierName(holder.parent.callee) === 'cache') holder = holder.parent;
  return holder.parent?.type === 'VariableDeclarator' && holder.parent.init === holder ? identifierName(holder.parent.id) : undefined;
}

/** The functions around `node`, innermost first. */
export function* enclosingFunctions(node: TSESTree.Node): Generator<FunctionNode> {
  for (let current = node.parent; current; current = current.parent) if (isFunction(current)) yield current;
}

/** `{ name: value }` of an object literal argument, or why it cannot be read. */
export function readBag(node: TSESTree.Node, allowed: readonly string[], bag: Map<string, TSESTree.Node>): string | undefined {
  if (node.type !== 'ObjectExpression') return 'gets options this codemod cannot read (not an object literal)';
  for (const prop of node.properties) {
    if (prop.type !== 'Property' || prop.computed || prop.kind !== 'init' || prop.method) return 'gets options this codemod cannot read (a spread, method or computed key)';
    const key = identifierName(prop.key) ?? (prop.key.type === 'Literal' ? String(prop.key.value) : undefined);
    if (key === undefined || !allowed.includes(key)) return `gets an option this codemod does not know (\`${key ?? '?'}\`)`;
    bag.set(key, prop.value);
  }
  return undefined;
}

/** The package every name of `decl` moves to unchanged, when there is one and the file does not import it yet. */
export function wholeTarget(file: HelperFile, decl: TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration): string | undefined {
  const names = decl.specifiers.map((s) => (s.type === 'ImportSpecifier' ? importedName(s) : s.type === 'ExportSpecifier' ? (s.local.type === 'Identifier' ? s.local.name : s.local.value) : ''));
  if (names.length === 0 || names.includes('')) return undefined;
  const source = helperPackage(decl.source!.value);
  let target: string | undefined;
  if (names.every((n) => SSR_SHIM_EXPORTS.includes(n))) target = SSR_PACKAGE;
  else if (source === NEXTJS && names.every((n) => AUTH_HELPERS_NEXTJS_EXPORTS[n]?.migration === 'type')) target = SUPABASE_JS_PACKAGE;
  if (target === undefined || (decl.type === 'ImportDeclaration' && importsFrom(file, target).length > 0)) return undefined;
  return target;
}

/** How the file imports the app's factory of `role`: its specifier from here, and the function it exports. */
export function factoryTarget(file: HelperFile, role: FactoryRole): { specifier: string; exportName: string } {
  const factory = file.project.factories[role];
  return { specifier: importSpecifier(file.input.path, factory.file, file.project), exportName: factory.exportName };
}

/** Whether the file is that factory itself (it cannot import itself: calls are rewritten in place). */
export function isFactoryFile(file: HelperFile, role: FactoryRole): boolean {
  const strip = (path: string) => path.replace(/\.[cm]?[jt]sx?$/, '');
  return strip(file.input.path) === strip(file.project.factories[role].file);
}
