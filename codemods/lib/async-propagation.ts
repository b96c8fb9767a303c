// The one engine for "a function became async, await its callers", used inside a transform (a factory
// that now awaits `cookies()`, a function that now awaits `createClient()`) and by the runner across the
// app (files that import a function that became async). Scope analysis (ESLint's scope manager) finds the
// calls, so a parameter or local of the same name is never mistaken for the function.
//
// For each call of a function that now returns a promise:
// - already awaited, or chained with `.then`/`.catch`/`.finally`: nothing to do;
// - returned as it is (`return f()`, `() => f()`): no `await` needed, but the function that returns it
//   now returns a promise too, and its own callers are followed in turn (a callback that returns it:
//   a marker, its caller cannot be followed);
// - inside a function that may become async: `await` (parentheses from precedence, fix/add-await.ts),
//   the function becomes async (fix/make-async.ts) and its callers are followed;
// - otherwise (module scope, a generator, a getter or setter, a constructor, a callback other than
//   React's `cache`, a React component outside a server module): a marker saying what to do by hand.
// Exported functions that now return a promise are collected in `asyncExports` (the runner awaits their
// callers in other files); a function that cannot be followed (a method, a value passed on) gets a marker.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { ASTUtils, type TSESLint } from '@typescript-eslint/utils';
import type { FunctionNode } from '../../core/estree.ts';
import type { ModuleRole } from '../../core/next.ts';
import { addAwait } from '../fix/add-await.ts';
import { makeAsync } from '../fix/make-async.ts';
import type { TextEdit } from './edits.ts';
import { enclosingFunction, tsSourceCode, typeWrapped, walk, type ParsedFile } from './source-code.ts';
import type { TodoMarkers } from './todo-markers.ts';

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;

/** Why a function cannot become async. */
export type AsyncObstacle = 'module-scope' | 'generator' | 'accessor' | 'constructor' | 'callback' | 'browser-component';

/** How an obstacle is told in a marker, about a call in that function ("…, but {reason}: …"). */
export function obstacleReason(obstacle: AsyncObstacle, fn: FunctionNode | undefined): string {
  switch (obstacle) {
    case 'module-scope': return 'it is called at module scope';
    case 'generator': return 'it is called in a generator';
    case 'accessor': return 'it is called in a getter or setter, which cannot be async';
    case 'constructor': return 'it is called in a constructor, which cannot be async';
    case 'callback': return 'it is called in a callback (making it async would change what its caller receives)';
    case 'browser-component': return `\`${(fn && functionName(fn)) ?? 'this component'}\` is a React component that may run in the browser (only Server Components can be async)`;
  }
}

/** `cache(fn)` from React (or `React.cache`): its callback may become async, the memoised value becomes a promise. */
const isCacheCall = (node: Node | undefined): node is TSESTree.CallExpression =>
  node?.type === 'CallExpression' &&
  ((node.callee.type === 'Identifier' && node.callee.name === 'cache') || (node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'cache'));

/** Where a function's value goes: the declarator or declaration that names it (through `cache(...)` and type wrappers). */
function holderOf(fn: FunctionNode): Node {
  let current: Node = typeWrapped(fn);
  while (current.parent && isCacheCall(current.parent) && current.parent.arguments[0] === current) current = typeWrapped(current.parent);
  return current;
}

/** The identifier that names `fn` (`function f`, `const f = () => …`, `const f = cache(() => …)`), if any. */
function nameNode(fn: FunctionNode): TSESTree.Identifier | undefined {
  if (fn.type === 'FunctionDeclaration') return fn.id ?? undefined;
  const holder = holderOf(fn);
  if (holder.parent?.type === 'VariableDeclarator' && holder.parent.init === holder && holder.parent.id.type === 'Identifier') return holder.parent.id;
  return undefined;
}

/** The name a function is known by: its binding, or its method key. */
function functionName(fn: FunctionNode): string | undefined {
  const id = nameNode(fn);
  if (id) return id.name;
  const parent = fn.parent;
  if ((parent?.type === 'MethodDefinition' || parent?.type === 'Property') && parent.key.type === 'Identifier') return parent.key.name;
  return undefined;
}

function containsJsx(file: ParsedFile, fn: FunctionNode): boolean {
  let found = false;
  walk(file, fn.body, (node) => {
    if (node.type === 'JSXElement' || node.type === 'JSXFragment') found = true;
    return !found;
  });
  return found;
}

/** Why `fn` (the function around some code, undefined at module scope) cannot become async; undefined when it can or is. */
export function asyncObstacle(file: ParsedFile, fn: FunctionNode | undefined, role: ModuleRole): AsyncObstacle | undefined {
  if (!fn) return 'module-scope';
  if (fn.async) return undefined;
  if (fn.generator) return 'generator';
  const parent = fn.parent;
  if ((parent?.type === 'MethodDefinition' || parent?.type === 'Property') && parent.value === fn) {
    if (parent.kind === 'get' || parent.kind === 'set') return 'accessor';
    if (parent.kind === 'constructor') return 'constructor';
  }
  const holder = holderOf(fn);
  if ((holder.parent?.type === 'CallExpression' || holder.parent?.type === 'NewExpression') && holder.parent.arguments.includes(holder as TSESTree.CallExpressionArgument)) return 'callback';
  const name = nameNode(fn)?.name;
  const component = (name !== undefined && /^[A-Z]/.test(name)) || containsJsx(file, fn);
  if (component && role !== 'server') return 'browser-component';
  return undefined;
}

export interface PropagationContext {
  file: ParsedFile;
  role: ModuleRole;
  markers: TodoMarkers;
  /** Why functions become async, for the markers: `it awaits the Supabase server client`. */
  cause?: string;
}

export class AsyncPropagation {
  /** Exported names of this file whose functions now return a promise (`'default'` for the default export). */
  readonly asyncExports = new Set<string>();
  private readonly edits: TextEdit[] = [];
  private readonly followed = new Set<FunctionNode>();
  private readonly awaited = new Set<Node>();
  private readonly sourceCode: TSESLint.SourceCode;

  constructor(private readonly context: PropagationContext) {
    this.sourceCode = tsSourceCode(context.file);
  }

  private get cause(): string {
    return this.context.cause ? ` (${this.context.cause})` : '';
  }

  /** The edits so far (`async `, `await `, return types). */
  result(): TextEdit[] {
    return [...this.edits];
  }

  /** Whether `fn` is, or has been made, async here. */
  isAsync(fn: FunctionNode): boolean {
    return fn.async || this.followed.has(fn);
  }

  /** `fn` now awaits something: it becomes async (its caller checked `asyncObstacle`), its callers are followed. */
  makeAsync(fn: FunctionNode): void {
    if (fn.async || this.followed.has(fn)) return;
    this.edits.push(...makeAsync(this.sourceCode, fn));
    this.nowReturnsPromise(fn);
  }

  /**
   * Every call of the binding `variable` (named `name` in messages) now returns a promise; with `member`,
   * `variable` is a namespace import and only its calls `ns.member(…)` do.
   */
  awaitCallsOf(variable: Variable, name: string, member?: string): void {
    for (const ref of variable.references) {
      const id = ref.identifier as Node;
      if (ref.init || (ref as unknown as { isValueReference?: boolean }).isValueReference === false) continue;
      const parent = id.parent;
      if (member !== undefined) {
        const call = parent?.parent;
        if (parent?.type === 'MemberExpression' && parent.object === id && !parent.computed && parent.property.type === 'Identifier' && parent.property.name === member && call?.type === 'CallExpression' && call.callee === parent) {
          this.awaitCall(call, `${name}.${member}`);
        }
        continue;
      }
      if (parent?.type === 'CallExpression' && parent.callee === id) this.awaitCall(parent, name);
      else if (parent?.type === 'ExportSpecifier') {
        this.asyncExports.add(parent.exported.type === 'Identifier' ? parent.exported.name : String(parent.exported.value));
      } else if (parent?.type === 'ExportDefaultDeclaration') {
        this.asyncExports.add('default');
      } else if (parent?.type !== 'ImportSpecifier') {
        this.context.markers.add(id, `\`${name}()\` now returns a promise${this.cause}: await its result where this passes it on`);
      }
    }
  }

  /** `call` now returns a promise: await it, or follow the function that returns it, or leave a marker. */
  awaitCall(call: TSESTree.CallExpression, name: string): void {
    if (this.awaited.has(call)) return;
    this.awaited.add(call);
    const outer = typeWrapped(call);
    const parent = outer.parent;
    if (parent?.type === 'AwaitExpression') return;
    if (parent?.type === 'MemberExpression' && parent.object === outer && parent.property.type === 'Identifier' && ['then', 'catch', 'finally'].includes(parent.property.name)) return;
    const fn = enclosingFunction(call);
    const returned = (parent?.type === 'ReturnStatement' && parent.argument === outer) || (fn !== undefined && fn.body === outer);
    if (fn && returned) {
      if (this.isAsync(fn)) return;
      if (nameNode(fn) || this.exportedAs(fn).length > 0) this.nowReturnsPromise(fn);
      else this.context.markers.add(call, `\`${name}()\` now returns a promise${this.cause}, and this callback returns it: whatever calls the callback now receives a promise; \`await\` it there by hand`);
      return;
    }
    const obstacle = fn && this.isAsync(fn) ? undefined : asyncObstacle(this.context.file, fn, this.context.role);
    if (obstacle) {
      this.context.markers.add(call, `\`${name}()\` now returns a promise${this.cause}, but ${obstacleReason(obstacle, fn)}: \`await\` it in an async function by hand`);
      return;
    }
    this.edits.push(...addAwait(this.sourceCode, call));
    this.makeAsync(fn!);
  }

  /** Names under which `fn` is exported where it is declared (`export function`, `export default …`). */
  private exportedAs(fn: FunctionNode): string[] {
    const holder = holderOf(fn);
    const statement = holder.parent?.type === 'VariableDeclarator' ? holder.parent.parent : holder;
    if (statement?.parent?.type === 'ExportDefaultDeclaration') return ['default'];
    const id = nameNode(fn);
    return statement?.parent?.type === 'ExportNamedDeclaration' && id ? [id.name] : [];
  }

  /** `fn` now returns a promise (async, or returning one): its exports are listed, its callers followed. */
  private nowReturnsPromise(fn: FunctionNode): void {
    if (this.followed.has(fn)) return;
    this.followed.add(fn);
    for (const name of this.exportedAs(fn)) this.asyncExports.add(name);
    const id = nameNode(fn);
    if (!id) {
      const label = functionName(fn);
      if (this.exportedAs(fn).length === 0) this.context.markers.add(fn, `${label ? `\`${label}()\`` : 'this function'} is now async${this.cause}: await it where it is called`);
      return;
    }
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(id), id);
    if (variable) this.awaitCallsOf(variable, id.name);
  }
}
