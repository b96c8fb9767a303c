// The runner's second phase: when a transform made an exported function async (`asyncExports`, e.g. a
// server factory that now awaits `cookies()`), the files that import it must await its calls. This pass
// does that, conservatively, one file at a time:
// - a call inside an async function gets `await` (in parentheses where the call is an operand);
// - a call that a function returns as is needs no `await`, but that function now returns a promise too;
// - inside a named module-level function that is not async: the function becomes async (a Server
//   Component may; a client component, a generator, a method or a callback may not), and its own
//   callers in this file are awaited in turn; exported ones are reported back as `asyncExports`;
// - anything else (module scope, callbacks, client components, a shadowed name) → one TODO marker.
// Text splices at ESTree offsets: nothing else in the file is reprinted.
import { relative } from 'node:path';
import { AST_NODE_TYPES, simpleTraverse, type TSESTree } from '@typescript-eslint/typescript-estree';
import { summarize } from '../../core/graph/summary.ts';
import { DEFAULT_PAGE_EXTENSIONS, fileKind } from '../../core/next.ts';
import { getProjectFacts, projectGraph, roleOfProgram } from '../../core/project.ts';
import { bindPattern } from '../../core/graph/function-facts.ts';
import { parseSource, toPosix } from '../../core/source-file.ts';
import { reviewItems } from './markers.ts';
import { TODO_MARKER, type FileInput, type ProjectInfo, type ReviewItem } from './types.ts';
import { isFunction, type FunctionNode } from '../../core/estree.ts';

/** Absolute file → names of its exports that now return a promise (`'default'` for the default export). */
export type AsyncExportMap = ReadonlyMap<string, ReadonlySet<string>>;

export interface AwaitCallersResult {
  output: string | undefined;
  review: ReviewItem[];
  /** Exports of this file that now return a promise, for the next round. */
  asyncExports: string[];
}

const stripExt = (file: string) => file.replace(/\.[cm]?[jt]sx?$/, '');

/** Parents under which `await call` needs no parentheses. */
const BARE_AWAIT_PARENTS = new Set<string>([
  AST_NODE_TYPES.VariableDeclarator,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.ExpressionStatement,
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.Property,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.SpreadElement,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.BinaryExpression,
  AST_NODE_TYPES.JSXExpressionContainer,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
]);

/** Whether `source` may import one of the async exports (a cheap text test before parsing). */
export function mightCallAsyncExports(source: string, asyncExports: AsyncExportMap): boolean {
  if (!/\bimport\b|\brequire\s*\(/.test(source)) return false;
  for (const names of asyncExports.values()) {
    for (const name of names) if (name === 'default' || source.includes(name)) return true;
  }
  return false;
}

/** The statement that brings `local` into the module (an import, or a top-level `require`). */
function importStatementOf(program: TSESTree.Program, local: string): TSESTree.Node {
  const declares = (statement: TSESTree.ProgramStatement) =>
    statement.type === AST_NODE_TYPES.ImportDeclaration
      ? statement.specifiers.some((s) => s.local.name === local)
      : statement.type === AST_NODE_TYPES.VariableDeclaration &&
        statement.declarations.some((d) => {
          const names = new Map();
          bindPattern(d.id, undefined, [], names);
          return names.has(local);
        });
  return program.body.find(declares) ?? program;
}

export function awaitCallers(file: FileInput, project: ProjectInfo, asyncExports: AsyncExportMap): AwaitCallersResult {
  const none: AwaitCallersResult = { output: undefined, review: [], asyncExports: [] };
  const program = parseSource(file.source, file.path);
  if (!program) return none;
  const source = file.source;

  // Which local names (and namespace members) now return a promise.
  const byFile = new Map<string, ReadonlySet<string>>();
  for (const [target, names] of asyncExports) byFile.set(stripExt(target), names);
  const direct = new Map<string, TSESTree.Node>(); // local name → the import that brought it
  const namespaces = new Map<string, ReadonlySet<string>>();
  const resolver = projectGraph(getProjectFacts(project.root))?.resolver;
  for (const [local, binding] of summarize(program).imports) {
    // Packages resolve to nothing; relative paths and tsconfig `paths` aliases to the app's files.
    const resolved = resolver?.resolve(file.path, binding.source);
    const names = resolved ? byFile.get(stripExt(resolved)) : undefined;
    if (!names) continue;
    if (binding.imported === '*') namespaces.set(local, names);
    else if (names.has(binding.imported)) direct.set(local, importStatementOf(program, local));
  }
  if (direct.size === 0 && namespaces.size === 0) return none;

  // A name declared again somewhere in the file (a parameter, a local) cannot be followed without scopes.
  const declarations = declarationCounts(program);
  const relPath = toPosix(relative(project.root, file.path));
  const kind = fileKind(relPath, { srcDir: project.srcDir, pageExtensions: project.pageExtensions ?? DEFAULT_PAGE_EXTENSIONS });
  const role = roleOfProgram(program, kind);
  const exported = exportedNames(program);
  const topLevel = topLevelFunctions(program);

  const edits: { start: number; end: number; text: string }[] = [];
  const todos = new Map<number, string>(); // statement start → message
  const madeAsync = new Set<FunctionNode>();
  const promiseFunctions = new Set<string>(); // local top-level functions that now return a promise
  const awaited = new Set<TSESTree.Node>();
  const newAsyncExports = new Set<string>();

  const todo = (node: TSESTree.Node, message: string) => {
    const statement = statementOf(node);
    if (!todos.has(statement.range[0])) todos.set(statement.range[0], message);
  };

  for (const [name, node] of direct) {
    if ((declarations.get(name) ?? 0) > 0) {
      todo(node, `\`${name}\` now returns a promise, but this file also declares another \`${name}\`: await its calls by hand`);
      direct.delete(name);
    }
  }

  const isTarget = (callee: TSESTree.Node): string | undefined => {
    if (callee.type === AST_NODE_TYPES.Identifier && (direct.has(callee.name) || promiseFunctions.has(callee.name))) return callee.name;
    if (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      !callee.computed &&
      callee.object.type === AST_NODE_TYPES.Identifier &&
      callee.property.type === AST_NODE_TYPES.Identifier &&
      namespaces.get(callee.object.name)?.has(callee.property.name)
    ) {
      return `${callee.object.name}.${callee.property.name}`;
    }
    return undefined;
  };

  /** Marks `fn` as returning a promise now: its own callers in this file, and importers if exported. */
  const functionNowAsync = (fn: FunctionNode) => {
    const name = topLevel.get(fn);
    if (name === undefined) return;
    if ((declarations.get(name) ?? 0) === 1) promiseFunctions.add(name);
    for (const exportedAs of exported.get(name) ?? []) newAsyncExports.add(exportedAs);
  };

  const calls: TSESTree.CallExpression[] = [];
  simpleTraverse(program, { enter: (node) => void (node.type === AST_NODE_TYPES.CallExpression && calls.push(node)) }, true);

  // Fixpoint: a function made async here makes its callers in this file targets too.
  for (let round = 0, before = -1; round < 10 && before !== promiseFunctions.size; round++) {
    before = promiseFunctions.size;
    for (const call of calls) {
      if (awaited.has(call)) continue;
      const name = isTarget(call.callee);
      if (name === undefined) continue;
      awaited.add(call);
      const parent = call.parent!;
      if (parent.type === AST_NODE_TYPES.AwaitExpression) continue;
      if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === call && parent.property.type === AST_NODE_TYPES.Identifier && ['then', 'catch', 'finally'].includes(parent.property.name)) continue;
      const fn = enclosingFunction(call);
      const returned = (parent.type === AST_NODE_TYPES.ReturnStatement && parent.argument === call) || (isFunction(parent) && parent.body === call);
      if (returned && fn) {
        // Returning the promise is fine; the function's callers now get a promise, though.
        if (fn.async || madeAsync.has(fn)) continue;
        if (topLevel.has(fn)) functionNowAsync(fn);
        else todo(call, `\`${name}()\` now returns a promise, and this callback returns it: whatever calls the callback now receives a promise; \`await\` it there by hand`);
        continue;
      }
      if (!fn) {
        todo(call, `\`${name}()\` now returns a promise and is called at module scope: move the call into an async function and \`await\` it`);
        continue;
      }
      if (!fn.async && !madeAsync.has(fn)) {
        const why = whyNotAsync(fn, topLevel, role);
        if (why) {
          todo(call, `\`${name}()\` now returns a promise, but ${why}: \`await\` it in an async function by hand`);
          continue;
        }
        madeAsync.add(fn);
        edits.push({ start: asyncInsertionPoint(fn), end: asyncInsertionPoint(fn), text: 'async ' });
        functionNowAsync(fn);
      }
      const bare = BARE_AWAIT_PARENTS.has(parent.type) || (parent.type === AST_NODE_TYPES.CallExpression && parent.callee !== call);
      edits.push({ start: call.range[0], end: call.range[0], text: bare ? 'await ' : '(await ' });
      if (!bare) edits.push({ start: call.range[1], end: call.range[1], text: ')' });
    }
  }

  for (const [start, message] of todos) {
    const marker = `// ${TODO_MARKER} ${message}`;
    const lineStart = source.lastIndexOf('\n', start - 1) + 1;
    const above = source.slice(0, lineStart).split('\n').slice(-2, -1)[0]?.trim();
    if (above === marker) continue;
    const indent = /^[ \t]*/.exec(source.slice(lineStart))![0];
    edits.push({ start: lineStart, end: lineStart, text: `${indent}${marker}${source.includes('\r\n') ? '\r\n' : '\n'}` });
  }
  if (edits.length === 0) return { ...none, asyncExports: [...newAsyncExports] };
  let output = source;
  // Stable order for edits at the same offset: insertion order.
  const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.start - a.start || b.i - a.i);
  for (const edit of ordered) output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  return { output, review: reviewItems(source, output), asyncExports: [...newAsyncExports] };
}

/** Why `fn` must not become async, or undefined when it may. */
function whyNotAsync(fn: FunctionNode, topLevel: Map<FunctionNode, string>, role: string): string | undefined {
  if (fn.generator) return 'it is called in a generator';
  const name = topLevel.get(fn);
  if (name === undefined) {
    const parent = fn.parent;
    if (parent?.type === AST_NODE_TYPES.MethodDefinition || parent?.type === AST_NODE_TYPES.Property) return 'it is called in a method whose callers cannot be followed';
    return 'it is called in a callback (making it async would change what its caller receives)';
  }
  const component = /^[A-Z]/.test(name) || containsJsx(fn);
  if (component && role !== 'server') return `\`${name}\` is a React component that may run in the browser (only Server Components can be async)`;
  return undefined;
}

function containsJsx(fn: FunctionNode): boolean {
  let found = false;
  simpleTraverse(fn.body, {
    enter(node) {
      if (node.type === AST_NODE_TYPES.JSXElement || node.type === AST_NODE_TYPES.JSXFragment) found = true;
    },
  });
  return found;
}

/** Where `async ` goes: before `function`, or before an arrow's parameters. */
function asyncInsertionPoint(fn: FunctionNode): number {
  if (fn.type === AST_NODE_TYPES.ArrowFunctionExpression) {
    return fn.typeParameters ? fn.typeParameters.range[0] : fn.range[0];
  }
  return fn.range[0];
}

function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunction(current)) return current;
  return undefined;
}

/** The statement (in a block or the program) that holds `node`. */
function statementOf(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && current.parent.type !== AST_NODE_TYPES.Program && current.parent.type !== AST_NODE_TYPES.BlockStatement && current.parent.type !== AST_NODE_TYPES.SwitchCase) {
    current = current.parent;
  }
  return current;
}

/** Module-level functions (declarations and `const f = () => …`), by node → name (`default` when anonymous). */
function topLevelFunctions(program: TSESTree.Program): Map<FunctionNode, string> {
  const functions = new Map<FunctionNode, string>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration && isFunction(statement.declaration)) {
      const decl = statement.declaration as FunctionNode;
      functions.set(decl, decl.type !== AST_NODE_TYPES.ArrowFunctionExpression && decl.id ? decl.id.name : 'default');
      continue;
    }
    const decl = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (decl?.type === AST_NODE_TYPES.FunctionDeclaration && decl.id) functions.set(decl, decl.id.name);
    if (decl?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const d of decl.declarations) {
        if (d.id.type === AST_NODE_TYPES.Identifier && isFunction(d.init ?? undefined)) functions.set(d.init as FunctionNode, d.id.name);
      }
    }
  }
  return functions;
}

/** Local name → the names it is exported as. */
function exportedNames(program: TSESTree.Program): Map<string, string[]> {
  const exported = new Map<string, string[]>();
  const add = (local: string, as: string) => exported.set(local, [...(exported.get(local) ?? []), as]);
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) {
      const decl = statement.declaration;
      if (decl?.type === AST_NODE_TYPES.FunctionDeclaration && decl.id) add(decl.id.name, decl.id.name);
      if (decl?.type === AST_NODE_TYPES.VariableDeclaration) for (const d of decl.declarations) if (d.id.type === AST_NODE_TYPES.Identifier) add(d.id.name, d.id.name);
      if (!statement.source) {
        for (const spec of statement.specifiers) {
          const local = (spec.local as TSESTree.Identifier).name;
          add(local, spec.exported.type === AST_NODE_TYPES.Identifier ? spec.exported.name : spec.exported.value);
        }
      }
    } else if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      const decl = statement.declaration;
      if (decl.type === AST_NODE_TYPES.Identifier) add(decl.name, 'default');
      else if (isFunction(decl)) add(decl.type !== AST_NODE_TYPES.ArrowFunctionExpression && decl.id ? decl.id.name : 'default', 'default');
    }
  }
  return exported;
}

/** How often each name is declared (not imported) in the file: parameters, variables, functions, classes. */
function declarationCounts(program: TSESTree.Program): Map<string, number> {
  const counts = new Map<string, number>();
  const names = { add: (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1) };
  const addPattern = (pattern: TSESTree.Node | null | undefined) => {
    if (!pattern) return;
    simpleTraverse(pattern, {
      enter(node, parent) {
        if (node.type !== AST_NODE_TYPES.Identifier) return;
        if (parent?.type === AST_NODE_TYPES.Property && parent.key === node && !parent.shorthand) return;
        if (parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.right === node) return;
        if (parent?.type === AST_NODE_TYPES.MemberExpression) return;
        names.add(node.name);
      },
    });
  };
  simpleTraverse(program, {
    enter(node) {
      if (node.type === AST_NODE_TYPES.VariableDeclarator) addPattern(node.id);
      else if (isFunction(node)) {
        if (node.id) names.add(node.id.name);
        for (const param of node.params) addPattern(param);
      } else if ((node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) && node.id) names.add(node.id.name);
      else if (node.type === AST_NODE_TYPES.CatchClause) addPattern(node.param);
    },
  });
  return counts;
}
