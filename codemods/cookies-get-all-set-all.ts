/**
 * `cookies-get-all-set-all`: gives every `createServerClient(url, key, { cookies })` the `getAll`/`setAll`
 * cookie methods (facts §1.3), and turns a synchronous `cookies()` in a server-client factory into
 * `await cookies()` (facts §2.8).
 *
 * What needs changing is decided by the `require-set-all` rule itself, run on the file
 * (`lintWithRule`): each of its reports is one `cookies` object to migrate.
 * - `next/headers` cookie store: the rule's own suggestion (the canonical methods of core/templates.ts on
 *   the same store, `setAll` in `try/catch`) is applied.
 * - `get` next to `getAll` and `setAll`: `get`, `set` and `remove` are deleted (`get` is checked first by
 *   @supabase/ssr, so the user's `getAll`/`setAll` were never called).
 * - `NextRequest`/`NextResponse` (middleware, proxy, an `updateSession` helper): `middlewareCookieMethods`
 *   on the same request and response variables; the response must be a local created with
 *   `NextResponse.next(...)` (its `const` becomes `let`: `setAll` reassigns it).
 * - Pages Router `req`/`res`: `pagesCookieMethods`, with `serializeCookieHeader` imported from
 *   `@supabase/ssr`.
 * - Anything else (methods defined elsewhere, helpers the codemod cannot follow, spreads, extra options,
 *   no `cookies` at all): left as is, with a TODO above the statement saying what to write.
 * Imports that only the replaced code used (`CookieOptions`, `serialize` from `cookie`,
 * `UnsafeUnwrappedCookies`) are removed.
 *
 * Sync factory: `cookies()` from `next/headers` not awaited (or the `@next-codemod-error` leftover
 * `(cookies() as unknown as UnsafeUnwrappedCookies)`) in a function that creates a server client becomes
 * `await cookies()`; the function becomes async, its callers in this file are awaited (and made async in
 * turn), and its exported names are returned in `asyncExports` so the runner awaits the other call sites.
 *
 * Edits are text splices at the parsed nodes' offsets, so everything else stays byte for byte.
 */
import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { Rule, SourceCode } from 'eslint';
import { isAuthHelpersPackage, SSR_PACKAGE, SSR_SHIM_EXPORTS } from '../core/supabase.ts';
import { indentBlock, middlewareCookieMethods, pagesCookieMethods } from '../core/templates.ts';
import requireSetAll from '../rules/require-set-all.ts';
import { toJscodeshift } from './lib/adapter.ts';
import { applyEdits, lintWithRule, type RuleReport, type TextEdit } from './lib/apply-rule.ts';
import { reviewItems } from './lib/markers.ts';
import { TODO_MARKER, type Codemod, type FileInput, type ProjectInfo, type TransformResult } from './lib/types.ts';
import { isFunction } from '../core/estree.ts';

type Node = TSESTree.Node;
type Variable = TSESLint.Scope.Variable;
type Reference = TSESLint.Scope.Reference;

const RULE = { name: 'require-set-all', rule: requireSetAll as unknown as Rule.RuleModule };
const BOM = '\uFEFF';
const NEXT_HEADERS = 'next/headers';
const NEXT_SERVER = 'next/server';
const FACTORY = 'createServerClient';
const SERIALIZE = 'serializeCookieHeader';
/** The cookie methods @supabase/ssr knows. */
const COOKIE_METHOD_KEYS = new Set(['get', 'set', 'remove', 'getAll', 'setAll']);
const DEPRECATED_KEYS = new Set(['get', 'set', 'remove']);
/** Methods of Next's `RequestCookies`/`ResponseCookies`. */
const STORE_READS = new Set(['get', 'getAll', 'has']);
const STORE_WRITES = new Set(['set', 'delete']);
/** Names the canonical snippets declare inside their callbacks: a variable of that name would be shadowed. */
const MIDDLEWARE_LOCALS = new Set(['cookiesToSet', 'headers', 'name', 'value', 'options', 'key']);
const PAGES_LOCALS = new Set(['cookiesToSet', 'name', 'value', 'options', 'Object']);
/** Globals old Pages Router cookie methods may use. */
const PAGES_GLOBALS = new Set(['Object', 'Array', 'JSON', 'String', 'Boolean', 'undefined', 'encodeURIComponent', 'decodeURIComponent']);

const HOW_TO = '`getAll()` (every cookie of the request) and `setAll(cookiesToSet)` (write each `{ name, value, options }` to the response)';
const WITHOUT_OLD = 'without `get`/`set`/`remove` (@supabase/ssr calls `get` first when it exists)';

/** Type-only wrappers that do not change the value (`as`, `satisfies`, `!`, `<T>x`). */
function stripTypes(node: Node): Node {
  let current = node;
  while (
    current.type === 'TSAsExpression' ||
    current.type === 'TSSatisfiesExpression' ||
    current.type === 'TSNonNullExpression' ||
    current.type === 'TSTypeAssertion'
  ) {
    current = current.expression;
  }
  return current;
}

function keyName(prop: TSESTree.Property): string | undefined {
  const { key } = prop;
  if (!prop.computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

/** `a` or `a.b` (non-computed), as text; else undefined. */
function ownerText(node: Node): string | undefined {
  const inner = stripTypes(node);
  if (inner.type === 'Identifier') return inner.name;
  if (inner.type === 'MemberExpression' && !inner.computed && inner.object.type === 'Identifier' && inner.property.type === 'Identifier') {
    return `${inner.object.name}.${inner.property.name}`;
  }
  return undefined;
}

const baseName = (owner: string): string => owner.split('.')[0]!;

function memberName(node: Node): string | undefined {
  return node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' ? node.property.name : undefined;
}

interface Shape {
  kind: 'middleware' | 'pages';
  /** The `cookies` object's replacement (before indentation). */
  text: string;
  edits: TextEdit[];
}

class Migration {
  private readonly text: string;
  private readonly bom: string;
  private readonly eol: string;
  private sc!: SourceCode;
  private ast!: TSESTree.Program;
  private readonly edits: TextEdit[] = [];
  private readonly todoEdits: TextEdit[] = [];
  /** Ranges whose old text is gone (for the unused-import cleanup) and the new text written there. */
  private readonly replaced: { range: readonly [number, number]; text: string }[] = [];
  /** Import specifiers to add, by declaration. */
  private readonly importAdds = new Map<TSESTree.ImportDeclaration, string[]>();
  private readonly todos = new Map<number, string[]>();
  private readonly asyncExports = new Set<string>();
  private readonly madeAsync = new Set<Node>();
  /** `cookies` objects the rule reported (each gets its own edit or TODO). */
  private readonly reportedObjects = new Set<Node>();

  constructor(
    private readonly file: FileInput,
    private readonly project: ProjectInfo,
  ) {
    this.bom = file.source.startsWith(BOM) ? BOM : '';
    this.text = file.source.slice(this.bom.length);
    this.eol = this.text.includes('\r\n') ? '\r\n' : '\n';
  }

  run(): TransformResult {
    const none: TransformResult = { output: undefined, review: [] };
    const linted = lintWithRule(this.text, this.file.path, this.project, RULE);
    if (!linted.sourceCode) return none;
    this.sc = linted.sourceCode;
    this.ast = this.sc.ast as unknown as TSESTree.Program;

    for (const report of linted.reports) this.migrateReport(report);
    this.awaitSyncCookies();
    this.cleanImports();
    for (const [position, messages] of this.todos) this.insertTodos(position, messages);

    if (this.edits.length === 0 && this.todoEdits.length === 0) return none;
    const { output: body, skipped } = applyEdits(this.text, this.mergeInsertions([...this.todoEdits, ...this.edits]));
    // Overlapping edits mean the analysis went wrong somewhere: leave the file as it is.
    if (skipped.length > 0 || body === this.text) return none;
    const output = this.bom + body;
    return { output, review: reviewItems(this.file.source, output), asyncExports: [...this.asyncExports] };
  }

  // ---- helpers over the ESLint SourceCode ------------------------------------------------------------

  private get(node: Node): string {
    return this.sc.text.slice(node.range[0], node.range[1]);
  }

  private walk(node: Node, visit: (node: Node) => boolean | void): void {
    if (visit(node) === false) return;
    for (const key of this.sc.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === 'object' && typeof (item as { type?: unknown }).type === 'string') this.walk(item as Node, visit);
      }
    }
  }

  private variableOf(id: TSESTree.Identifier): Variable | null {
    return ASTUtils.findVariable(this.sc.getScope(id as never) as never, id);
  }

  /** The module-level import binding `id` refers to, as `{ source, imported }`. */
  private importOf(id: TSESTree.Identifier): { source: string; imported: string; decl: TSESTree.ImportDeclaration } | undefined {
    const def = this.variableOf(id)?.defs[0];
    if (def?.type !== 'ImportBinding' || def.parent.type !== 'ImportDeclaration') return undefined;
    const spec = def.node;
    const imported = spec.type === 'ImportSpecifier' ? (spec.imported.type === 'Identifier' ? spec.imported.name : String(spec.imported.value)) : spec.type === 'ImportDefaultSpecifier' ? 'default' : '*';
    return { source: def.parent.source.value, imported, decl: def.parent };
  }

  /** The local name of `imported` from `source` (a value import), if the file has one. */
  private localImport(sources: (source: string) => boolean, imported: string): { local: string; decl: TSESTree.ImportDeclaration } | undefined {
    for (const decl of this.ast.body) {
      if (decl.type !== 'ImportDeclaration' || !sources(decl.source.value) || decl.importKind === 'type') continue;
      for (const spec of decl.specifiers) {
        if (spec.type !== 'ImportSpecifier' || spec.importKind === 'type') continue;
        const name = spec.imported.type === 'Identifier' ? spec.imported.name : String(spec.imported.value);
        if (name === imported) return { local: spec.local.name, decl };
      }
    }
    return undefined;
  }

  private lineStart(offset: number): number {
    return this.sc.text.lastIndexOf('\n', offset - 1) + 1;
  }

  private indentAt(offset: number): string {
    const start = this.lineStart(offset);
    return /^[ \t]*/.exec(this.sc.text.slice(start, offset))![0];
  }

  private edit(range: readonly [number, number], text: string): void {
    this.edits.push({ range: [range[0], range[1]], text: text.replace(/\r?\n/g, this.eol) });
    if (range[1] > range[0]) this.replaced.push({ range, text });
  }

  private enclosingFunction(node: Node): Node | undefined {
    for (let p = node.parent; p; p = p.parent) if (isFunction(p)) return p;
    return undefined;
  }

  /** The statement holding `node` in its block (the `export` around a declaration included). */
  private statementOf(node: Node): Node {
    let current = node;
    while (current.parent && !['Program', 'BlockStatement', 'StaticBlock', 'SwitchCase'].includes(current.parent.type)) current = current.parent;
    return current;
  }

  /** Source text for a message: one line, shortened. */
  private snippet(node: Node): string {
    const text = this.get(node).replace(/\s+/g, ' ');
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  }

  private todo(node: Node, text: string): void {
    const message = text.replace(/\s+/g, ' ');
    const statement = this.statementOf(node);
    const position = this.lineStart(statement.range[0]);
    const list = this.todos.get(position) ?? [];
    if (!list.includes(message)) list.push(message);
    this.todos.set(position, list);
  }

  private insertTodos(position: number, messages: string[]): void {
    // The comment lines right above the statement: a marker already there is not added again.
    const above: string[] = [];
    let end = position - 1;
    while (end > 0) {
      const start = this.lineStart(end);
      const line = this.sc.text.slice(start, end).trim();
      if (!line.startsWith('//') && !line.startsWith('/*') && !line.startsWith('*')) break;
      above.push(line);
      end = start - 1;
    }
    const indent = this.indentAt(this.firstNonSpace(position));
    const fresh = messages.filter((m) => !above.some((line) => line.includes(`${TODO_MARKER} ${m}`)));
    if (fresh.length === 0) return;
    // Kept apart and placed first: a marker goes above any other insertion at the same offset (`async `).
    this.todoEdits.push({ range: [position, position], text: fresh.map((m) => `${indent}// ${TODO_MARKER} ${m}${this.eol}`).join('') });
  }

  private firstNonSpace(offset: number): number {
    let i = offset;
    while (i < this.sc.text.length && (this.sc.text[i] === ' ' || this.sc.text[i] === '\t')) i++;
    return i;
  }

  /** An insertion at the start of another edit is folded into it (applyEdits takes one edit per start). */
  private mergeInsertions(edits: TextEdit[]): TextEdit[] {
    const out: TextEdit[] = [];
    const inserts = edits.filter((e) => e.range[0] === e.range[1]);
    const others = edits.filter((e) => e.range[0] !== e.range[1]);
    const byStart = new Map<number, TextEdit>();
    for (const e of others) if (!byStart.has(e.range[0])) byStart.set(e.range[0], e);
    const pending = new Map<number, string>();
    for (const e of inserts) pending.set(e.range[0], (pending.get(e.range[0]) ?? '') + e.text);
    for (const e of others) {
      const before = byStart.get(e.range[0]) === e ? pending.get(e.range[0]) : undefined;
      if (before !== undefined) pending.delete(e.range[0]);
      out.push(before === undefined ? e : { range: e.range, text: before + e.text });
    }
    for (const [at, text] of pending) out.push({ range: [at, at], text });
    return out;
  }

  // ---- cookie methods ----------------------------------------------------------------------------------

  private findReported(report: RuleReport): { prop?: TSESTree.Property; call?: TSESTree.CallExpression } {
    const [start, end] = report.range;
    let found: { prop?: TSESTree.Property; call?: TSESTree.CallExpression } = {};
    this.walk(this.ast, (node) => {
      if (found.prop || found.call) return false;
      if (node.type === 'Property' && node.key.range[0] === start && node.key.range[1] === end) found = { prop: node };
      else if (node.type === 'CallExpression' && node.callee.range[0] === start && node.callee.range[1] === end) found = { call: node };
      return undefined;
    });
    return found;
  }

  private migrateReport(report: RuleReport): void {
    const { prop, call } = this.findReported(report);
    if (call) {
      this.todo(call, `\`${this.snippet(call.callee)}()\` has no \`cookies\` option, so it throws when it runs: pass \`cookies: { getAll, setAll }\` with ${HOW_TO}`);
      return;
    }
    if (!prop) return;
    const options = prop.parent;
    const callNode = options?.parent;
    const inlineCall = callNode?.type === 'CallExpression' && callNode.arguments[2] === options ? callNode : undefined;
    const value = stripTypes(prop.value);
    this.reportedObjects.add(value);
    if (report.messageId === 'missingCookies') {
      const nextHeadersFunction = value.type === 'Identifier' && this.importOf(value)?.source === NEXT_HEADERS;
      this.todo(
        prop,
        nextHeadersFunction
          ? '`cookies` here is the `cookies` function of next/headers, which has no cookie methods, so the client throws when it runs: `const cookieStore = await cookies()` first and pass `cookies: { getAll() { return cookieStore.getAll() }, setAll(cookiesToSet) { … cookieStore.set(name, value, options) … } }`'
          : `\`cookies\` has no \`getAll\`, so the client throws when it runs: pass \`cookies: { getAll, setAll }\` with ${HOW_TO}`,
      );
      return;
    }
    if (value.type !== 'ObjectExpression') {
      this.todo(prop, `the cookie methods \`${this.snippet(value)}\` are defined outside this call: write them inline (so \`cookiesToSet\` gets its type) as ${HOW_TO}, ${WITHOUT_OLD}`);
      return;
    }
    if (!inlineCall) {
      this.todo(prop, `these cookie methods are not written inside the \`${FACTORY}()\` call: write them inline as ${HOW_TO}, ${WITHOUT_OLD}`);
      return;
    }
    const own = value.properties.filter((p): p is TSESTree.Property => p.type === 'Property' && p.kind === 'init' && keyName(p) !== undefined);
    const keys = new Set(own.map((p) => keyName(p)!));
    if (report.messageId === 'getShadowsGetAll' && keys.has('getAll') && keys.has('setAll')) {
      // The user's getAll/setAll stay; the deprecated methods that hid them go.
      for (const p of own) if (DEPRECATED_KEYS.has(keyName(p)!)) this.removeListItem(p);
      return;
    }
    if (own.length !== value.properties.length || own.some((p) => !COOKIE_METHOD_KEYS.has(keyName(p)!))) {
      this.todo(prop, `\`cookies\` has more than the cookie methods (a spread or another option): rewrite its methods as ${HOW_TO}, ${WITHOUT_OLD}, keeping the rest`);
      return;
    }
    const suggestion = report.suggestions[0];
    if (suggestion) {
      this.edit(suggestion.fix.range, suggestion.fix.text);
      return;
    }
    const shape = this.shapeOf(value, inlineCall);
    if (typeof shape === 'string') {
      this.todo(prop, shape);
      return;
    }
    for (const e of shape.edits) this.edit(e.range, e.text);
    this.edit(value.range, indentBlock(shape.text, this.indentAt(value.range[0])));
  }

  /** Deletes an object property with its comma, its own-line leading comments and its line when alone on it. */
  private removeListItem(node: Node): void {
    const text = this.sc.text;
    const after = this.sc.getTokenAfter(node as never);
    const comma = after?.value === ',' ? after : undefined;
    const before = this.sc.getTokenBefore(node as never)!;
    const comments = (this.sc.getCommentsBefore(node as never) as unknown as { range: [number, number]; loc: { start: { line: number } } }[]).filter(
      (c) => c.loc.start.line > before.loc.end.line,
    );
    let start = comments[0]?.range[0] ?? node.range[0];
    let end = comma ? comma.range[1] : node.range[1];
    const lineStart = this.lineStart(start);
    const lineEnd = text.indexOf('\n', end);
    const restOfLine = text.slice(end, lineEnd === -1 ? text.length : lineEnd);
    if (text.slice(lineStart, start).trim() === '' && restOfLine.trim() === '') {
      start = lineStart;
      end = lineEnd === -1 ? text.length : lineEnd + 1;
    } else if (comma) {
      end = this.sc.getTokenAfter(comma, { includeComments: true })!.range![0];
    } else if (before.value === ',') {
      start = before.range[0];
    }
    this.edit([start, end], '');
  }

  /** The middleware or Pages Router shape of `object`, or why it cannot be migrated (a TODO message). */
  private shapeOf(object: TSESTree.ObjectExpression, call: TSESTree.CallExpression): Shape | string {
    const unknown = `these cookie methods use code this codemod cannot follow: rewrite them as ${HOW_TO}, ${WITHOUT_OLD}`;
    const storeReads = new Set<string>();
    const storeWrites = new Set<string>();
    const pagesReads = new Set<string>();
    const headerWrites = new Set<string>();
    const assigned = new Set<string>();
    let unreadable = false;
    const nextResponse = this.localImport((s) => s === NEXT_SERVER, 'NextResponse')?.local;
    const assignments: TSESTree.AssignmentExpression[] = [];

    this.walk(object, (node) => {
      if (node.type === 'MemberExpression' && memberName(node) === 'cookies') {
        const owner = ownerText(node.object);
        if (owner === undefined) {
          unreadable = true;
          return;
        }
        const parent = node.parent;
        const method = parent?.type === 'MemberExpression' && parent.object === node ? memberName(parent) : undefined;
        const called = method !== undefined && parent?.parent?.type === 'CallExpression' && parent.parent.callee === parent;
        if (called && STORE_READS.has(method)) storeReads.add(owner);
        else if (called && STORE_WRITES.has(method)) storeWrites.add(owner);
        else pagesReads.add(owner);
      } else if (node.type === 'MemberExpression' && memberName(node) === 'headers' && node.parent?.type === 'MemberExpression' && memberName(node.parent) === 'cookie') {
        // `req.headers.cookie` (parsed with `parse`/`parseCookieHeader`): a Pages Router read
        const owner = ownerText(node.object);
        if (owner === undefined) unreadable = true;
        else pagesReads.add(owner);
      } else if (node.type === 'CallExpression' && ['setHeader', 'appendHeader'].includes(memberName(node.callee) ?? '')) {
        const owner = ownerText((node.callee as TSESTree.MemberExpression).object);
        if (owner === undefined) unreadable = true;
        else headerWrites.add(owner);
      } else if (node.type === 'AssignmentExpression') {
        if (node.left.type === 'Identifier') assigned.add(node.left.name);
        assignments.push(node);
      }
    });
    if (unreadable) return unknown;

    // Free value references of the methods (what they use from outside the object).
    const free: Reference[] = [];
    for (const p of object.properties as TSESTree.Property[]) {
      const fn = p.value;
      if (!isFunction(fn)) return unknown;
      const scope = this.sc.scopeManager?.acquire(fn as never) as unknown as TSESLint.Scope.Scope | null;
      if (!scope) return unknown;
      for (const ref of scope.through) if ((ref as unknown as { isValueReference?: boolean }).isValueReference ?? true) free.push(ref);
    }
    const freeNames = new Set(free.map((r) => r.identifier.name));

    if ((storeReads.size > 0 || storeWrites.size > 0) && pagesReads.size === 0 && headerWrites.size === 0) {
      return this.middlewareShape({ object, call, storeReads, storeWrites, assigned, assignments, free, freeNames, nextResponse, unknown });
    }
    if (storeReads.size === 0 && storeWrites.size === 0 && (pagesReads.size > 0 || headerWrites.size > 0)) {
      return this.pagesShape({ call, pagesReads, headerWrites, assigned, free, unknown });
    }
    return unknown;
  }

  private isNextResponseNext(node: Node | null | undefined, nextResponse: string): boolean {
    if (!node) return false;
    const inner = stripTypes(node);
    return (
      inner.type === 'CallExpression' &&
      memberName(inner.callee) === 'next' &&
      (inner.callee as TSESTree.MemberExpression).object.type === 'Identifier' &&
      ((inner.callee as TSESTree.MemberExpression).object as TSESTree.Identifier).name === nextResponse
    );
  }

  private middlewareShape(a: {
    object: TSESTree.ObjectExpression;
    call: TSESTree.CallExpression;
    storeReads: Set<string>;
    storeWrites: Set<string>;
    assigned: Set<string>;
    assignments: TSESTree.AssignmentExpression[];
    free: Reference[];
    freeNames: Set<string>;
    nextResponse: string | undefined;
    unknown: string;
  }): Shape | string {
    const req = a.storeReads.size === 1 ? [...a.storeReads][0]! : 'request';
    const noResponse = `cannot tell which response these cookie methods must write to: write \`getAll()\` returning \`${req}.cookies.getAll()\` and \`setAll(cookiesToSet, headers)\` that sets each cookie (with its options) and each of \`headers\` on the response this code returns (in middleware/proxy: set them on \`${req}.cookies\` first, then reassign \`response = NextResponse.next({ request })\`), ${WITHOUT_OLD}`;
    if (!a.nextResponse) return noResponse;
    if (a.storeReads.size !== 1) return a.unknown;
    const [request] = a.storeReads as Set<string>;
    if (request!.includes('.')) return a.unknown;
    const writers = new Set([...a.storeWrites, ...a.assigned]);
    writers.delete(request!);
    if (writers.size > 1) return a.unknown;
    // Every reassignment in the methods must be `response = NextResponse.next(...)`.
    if (a.assignments.some((e) => e.left.type !== 'Identifier' || !writers.has(e.left.name) || !this.isNextResponseNext(e.right, a.nextResponse!))) return a.unknown;
    for (const w of writers) if (w.includes('.')) return a.unknown;

    let response: Variable | undefined;
    if (writers.size === 1) {
      const [name] = writers;
      response = this.responseVariable(a.call, name!, a.nextResponse, a.assigned.has(name!));
    } else {
      response = this.findResponse(a.call, a.nextResponse);
    }
    if (!response) return noResponse;
    const requestRef = a.free.find((r) => r.identifier.name === request);
    if (!requestRef?.resolved) return a.unknown;
    const allowed = new Set([request!, response.name, a.nextResponse]);
    for (const name of a.freeNames) if (!allowed.has(name)) return a.unknown;
    if (MIDDLEWARE_LOCALS.has(request!) || MIDDLEWARE_LOCALS.has(response.name)) return a.unknown;

    const edits: TextEdit[] = [];
    const def = response.defs[0]!;
    const declaration = def.parent as TSESTree.VariableDeclaration;
    if (declaration.kind === 'const') edits.push({ range: [declaration.range[0], declaration.range[0] + 'const'.length], text: 'let' });
    const text = middlewareCookieMethods(request!, response.name).replaceAll('NextResponse.next(', `${a.nextResponse}.next(`);
    return { kind: 'middleware', text, edits };
  }

  /** The local variable `name` seen from `call`, when it is a request-scoped `NextResponse.next(...)` response. */
  private responseVariable(call: TSESTree.CallExpression, name: string, nextResponse: string, reassigned: boolean): Variable | undefined {
    const variable = ASTUtils.findVariable(this.sc.getScope(call as never) as never, name);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!variable || def?.type !== 'Variable' || def.node.id.type !== 'Identifier') return undefined;
    if (variable.scope.type === 'module' || variable.scope.type === 'global') return undefined;
    // Created with `NextResponse.next(...)`, or already reassigned to one by the old `set`: `setAll`
    // reassigns it the same way. Any other response (a redirect, a JSON body) must not become `next()`.
    if (!reassigned && !this.isNextResponseNext(def.node.init, nextResponse)) return undefined;
    return variable;
  }

  /** The one `x = NextResponse.next(...)` local of the function around `call`. */
  private findResponse(call: TSESTree.CallExpression, nextResponse: string): Variable | undefined {
    const fn = this.enclosingFunction(call);
    if (!fn) return undefined;
    const found: TSESTree.VariableDeclarator[] = [];
    this.walk(fn, (node) => {
      if (node !== fn && isFunction(node)) return false;
      if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && this.isNextResponseNext(node.init, nextResponse)) found.push(node);
      return undefined;
    });
    if (found.length !== 1) return undefined;
    return this.responseVariable(call, (found[0]!.id as TSESTree.Identifier).name, nextResponse, false);
  }

  private pagesShape(a: {
    call: TSESTree.CallExpression;
    pagesReads: Set<string>;
    headerWrites: Set<string>;
    assigned: Set<string>;
    free: Reference[];
    unknown: string;
  }): Shape | string {
    if (a.pagesReads.size !== 1 || a.headerWrites.size > 1 || a.assigned.size > 0) return a.unknown;
    const [req] = a.pagesReads as Set<string>;
    const res = a.headerWrites.size === 1 ? [...a.headerWrites][0]! : this.deriveRes(req!, a.free);
    if (res === undefined) {
      return `cannot tell which response these cookie methods write to: rewrite them as \`getAll()\` over \`${req}.cookies\` and \`setAll(cookiesToSet)\` calling \`res.setHeader('Set-Cookie', cookiesToSet.map(({ name, value, options }) => serializeCookieHeader(name, value, options)))\` once`;
    }
    // What the methods use from outside: req/res, cookie serialisers, a few globals.
    for (const ref of a.free) {
      const name = ref.identifier.name;
      if (name === baseName(req!) || name === baseName(res)) {
        if (!ref.resolved) return a.unknown;
        continue;
      }
      // A global (unresolved, or one of TypeScript's lib globals, which have no definition).
      if (!ref.resolved || (ref.resolved.scope.type === 'global' && ref.resolved.defs.length === 0)) {
        if (PAGES_GLOBALS.has(name)) continue;
        return a.unknown;
      }
      const def = ref.resolved.defs[0];
      const source = def?.type === 'ImportBinding' && def.parent.type === 'ImportDeclaration' ? def.parent.source.value : undefined;
      if (source !== 'cookie' && source !== SSR_PACKAGE && !(source !== undefined && isAuthHelpersPackage(source))) return a.unknown;
    }
    if (PAGES_LOCALS.has(baseName(req!)) || PAGES_LOCALS.has(baseName(res))) return a.unknown;
    const serialize = this.serializeRef(a.call);
    if (serialize === undefined) {
      return `rewrite these cookie methods as \`getAll()\` over \`${req}.cookies\` and \`setAll(cookiesToSet)\` calling \`${res}.setHeader('Set-Cookie', …)\` once with \`serializeCookieHeader\` from ${SSR_PACKAGE} (import it by name)`;
    }
    const text = pagesCookieMethods(req!, res).replaceAll(`${SERIALIZE}(`, `${serialize}(`);
    return { kind: 'pages', text, edits: [] };
  }

  /** The response next to a Pages Router `req`: `ctx.res` for `ctx.req`, `{ req, res }`, `(req, res)`. */
  private deriveRes(req: string, free: Reference[]): string | undefined {
    if (req.endsWith('.req')) return `${baseName(req)}.res`;
    if (req.includes('.')) return undefined;
    const variable = free.find((r) => r.identifier.name === req)?.resolved;
    const def = variable?.defs[0];
    if (def?.type !== 'Parameter') return undefined;
    const id = def.name as Node;
    const holder = id.parent;
    if (holder?.type === 'Property' && holder.parent?.type === 'ObjectPattern') {
      for (const p of holder.parent.properties) {
        if (p.type === 'Property' && keyName(p) === 'res' && p.value.type === 'Identifier') return p.value.name;
      }
      return undefined;
    }
    const params = (def.node as TSESTree.FunctionLike).params;
    const index = params.indexOf(id as TSESTree.Parameter);
    const next = index === -1 ? undefined : params[index + 1];
    return next?.type === 'Identifier' ? next.name : undefined;
  }

  /** How to call `serializeCookieHeader` in this file, adding it to the `createServerClient` import if needed. */
  private serializeRef(call: TSESTree.CallExpression): string | undefined {
    const fromSsr = (s: string) => s === SSR_PACKAGE || (isAuthHelpersPackage(s) && SSR_SHIM_EXPORTS.includes(SERIALIZE));
    const existing = this.localImport(fromSsr, SERIALIZE);
    if (existing) return existing.local;
    const callee = call.callee;
    if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier') return `${callee.object.name}.${SERIALIZE}`;
    if (callee.type !== 'Identifier') return undefined;
    const binding = this.importOf(callee);
    if (!binding || binding.imported !== FACTORY || !fromSsr(binding.source)) return undefined;
    // The name must be free in the file.
    if (this.sc.scopeManager?.globalScope?.through.some((r) => r.identifier.name === SERIALIZE)) return undefined;
    if ((this.sc.scopeManager?.scopes ?? []).some((s) => s.set.has(SERIALIZE))) return undefined;
    const adds = this.importAdds.get(binding.decl) ?? [];
    if (!adds.includes(SERIALIZE)) adds.push(SERIALIZE);
    this.importAdds.set(binding.decl, adds);
    return SERIALIZE;
  }

  // ---- sync cookies() ------------------------------------------------------------------------------------

  private awaitSyncCookies(): void {
    const calls: TSESTree.CallExpression[] = [];
    this.walk(this.ast, (node) => {
      if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.arguments.length === 0) {
        const binding = this.importOf(node.callee);
        if (binding?.source === NEXT_HEADERS && binding.imported === 'cookies') calls.push(node);
      }
    });
    for (const call of calls) {
      let outer: Node = call;
      while (
        outer.parent &&
        (outer.parent.type === 'TSAsExpression' || outer.parent.type === 'TSNonNullExpression' || outer.parent.type === 'TSSatisfiesExpression' || outer.parent.type === 'TSTypeAssertion') &&
        outer.parent.expression === outer
      ) {
        outer = outer.parent;
      }
      if (outer.parent?.type === 'AwaitExpression') continue;
      const fn = this.enclosingFunction(call);
      if (!fn) continue;
      if (!this.createsServerClient(fn)) {
        // `cookies()` inside the cookie methods themselves: the store must be awaited before the call.
        const around = this.cookieMethodsAround(call);
        if (around && !this.reportedObjects.has(around.methods)) {
          this.todo(around.call, '`cookies()` returns a Promise since Next 15 (sync access is removed in 16): make this function async, write `const cookieStore = await cookies()` before `createServerClient(...)`, use `cookieStore` in the cookie methods, and await this function where it is called');
        }
        continue;
      }
      const why = this.asyncProblem(fn);
      if (why !== undefined) {
        this.todo(call, `\`cookies()\` returns a Promise since Next 15 (sync access is gone in 16), but ${why}: await it in an async function`);
        continue;
      }
      this.replaceAwaited(call, outer);
      this.makeAsync(fn);
    }
  }

  /** The `cookies` object of a `createServerClient(...)` call that holds `node`, if any. */
  private cookieMethodsAround(node: Node): { methods: TSESTree.ObjectExpression; call: TSESTree.CallExpression } | undefined {
    for (let p = node.parent; p; p = p.parent) {
      if (p.type !== 'Property' || keyName(p) !== 'cookies' || p.parent?.type !== 'ObjectExpression') continue;
      const call = p.parent.parent;
      if (call?.type !== 'CallExpression' || call.arguments[2] !== p.parent || !this.isFactoryCall(call)) continue;
      const value = stripTypes(p.value);
      return value.type === 'ObjectExpression' ? { methods: value, call } : undefined;
    }
    return undefined;
  }

  private isFactoryCall(node: TSESTree.CallExpression): boolean {
    const callee = node.callee;
    if (memberName(callee) === FACTORY) return true;
    if (callee.type !== 'Identifier') return false;
    return callee.name === FACTORY || this.importOf(callee)?.imported === FACTORY;
  }

  /** Whether `fn` (not counting nested functions other than callbacks) calls `createServerClient`. */
  private createsServerClient(fn: Node): boolean {
    let found = false;
    this.walk(fn, (node) => {
      if (found) return false;
      if (node.type === 'CallExpression' && this.isFactoryCall(node)) found = true;
      return undefined;
    });
    return found;
  }

  /** `cookies()` (or its `as unknown as UnsafeUnwrappedCookies` leftover, with its comment) → `await cookies()`. */
  private replaceAwaited(call: TSESTree.CallExpression, outer: Node): void {
    const callText = this.get(call);
    let start = outer.range[0];
    let end = outer.range[1];
    const parenthesized = ASTUtils.isParenthesized(outer, this.sc as never);
    if (outer !== call) {
      if (parenthesized) {
        start = this.sc.getTokenBefore(outer as never)!.range[0];
        end = this.sc.getTokenAfter(outer as never)!.range[1];
      }
      // `/* @next-codemod-error … */` right before the expression goes too.
      const first = this.sc.getFirstToken(outer as never)!;
      for (const comment of this.sc.getCommentsBefore(first) as unknown as { value: string; range: [number, number] }[]) {
        if (comment.value.includes('@next-codemod-error') && comment.range[0] < start) start = comment.range[0];
      }
    } else if (parenthesized) {
      this.edit([call.range[0], call.range[0]], 'await ');
      return;
    }
    const parent = outer.parent!;
    const bare =
      (parent.type === 'VariableDeclarator' && parent.init === outer) ||
      (parent.type === 'AssignmentExpression' && parent.right === outer) ||
      parent.type === 'ReturnStatement' ||
      parent.type === 'ExpressionStatement' ||
      (parent.type === 'CallExpression' && parent.arguments.includes(outer as TSESTree.CallExpressionArgument)) ||
      parent.type === 'Property';
    const text = bare ? `await ${callText}` : `(await ${callText})`;
    this.edit([start, end], text);
  }

  /** Why `fn` cannot simply become async (undefined when it can, or already is). */
  private asyncProblem(fn: Node): string | undefined {
    if (!isFunction(fn) || fn.async) return undefined;
    if (fn.generator) return 'it is in a generator';
    const parent = fn.parent;
    if (parent?.type === 'MethodDefinition' || (parent?.type === 'Property' && (parent.method || parent.kind !== 'init'))) return 'it is in a method, which this codemod does not make async';
    if (parent?.type === 'CallExpression' && parent.arguments.includes(fn as TSESTree.CallExpressionArgument) && !this.isCacheCall(parent)) {
      return 'it is in a callback that its caller may not expect to return a Promise';
    }
    return undefined;
  }

  private isCacheCall(call: TSESTree.CallExpression): boolean {
    return call.callee.type === 'Identifier' && call.callee.name === 'cache';
  }

  /** Makes `fn` async (`Promise<T>` return type); awaits its callers in this file; lists its exports. */
  private makeAsync(fn: Node): void {
    if (!isFunction(fn) || fn.async || this.madeAsync.has(fn)) return;
    this.madeAsync.add(fn);
    this.edit([fn.range[0], fn.range[0]], 'async ');
    const returnType = fn.returnType?.typeAnnotation;
    if (returnType && !/^Promise\s*</.test(this.get(returnType))) this.edit(returnType.range, `Promise<${this.get(returnType)}>`);

    // Its name: `function f`, `const f = () => …`, `const f = cache(() => …)`.
    let id: TSESTree.Identifier | undefined;
    let holder: Node = fn;
    if (fn.type === 'FunctionDeclaration') id = fn.id ?? undefined;
    else {
      let p: Node = fn;
      if (p.parent?.type === 'CallExpression' && this.isCacheCall(p.parent)) p = p.parent;
      if (p.parent?.type === 'VariableDeclarator' && p.parent.init === p && p.parent.id.type === 'Identifier') {
        id = p.parent.id;
        holder = p.parent.parent!;
      } else holder = p;
    }
    if (holder.parent?.type === 'ExportNamedDeclaration' && id) this.asyncExports.add(id.name);
    if (holder.parent?.type === 'ExportDefaultDeclaration') this.asyncExports.add('default');
    if (!id) {
      if (holder.parent?.type !== 'ExportDefaultDeclaration') this.todo(fn, 'this function is now async (it awaits `cookies()`): await it where it is called');
      return;
    }
    const variable = this.variableOf(id);
    for (const ref of variable?.references ?? []) {
      const use = ref.identifier as TSESTree.Identifier;
      if (use === id || ref.init) continue;
      const parent = use.parent;
      if (parent?.type === 'CallExpression' && parent.callee === use) {
        this.awaitCaller(parent, id.name);
      } else if (parent?.type === 'ExportSpecifier') {
        const exported = parent.exported;
        this.asyncExports.add(exported.type === 'Identifier' ? exported.name : String(exported.value));
      } else if (parent?.type === 'ExportDefaultDeclaration') {
        this.asyncExports.add('default');
      } else if (!(ref as unknown as { isTypeReference?: boolean }).isTypeReference) {
        this.todo(use, `\`${id.name}()\` is now async (it awaits \`cookies()\`): await its result where this passes it on`);
      }
    }
  }

  private awaitCaller(call: TSESTree.CallExpression, name: string): void {
    let outer: Node = call;
    while (outer.parent?.type === 'TSNonNullExpression' || (outer.parent?.type === 'TSAsExpression' && outer.parent.expression === outer)) outer = outer.parent;
    if (outer.parent?.type === 'AwaitExpression') return;
    const fn = this.enclosingFunction(call);
    const why = fn ? this.asyncProblem(fn) : 'it runs at module scope';
    if (!fn || why !== undefined) {
      this.todo(call, `\`${name}()\` is now async (it awaits \`cookies()\`), but ${why}: await it here by hand`);
      return;
    }
    const parent = call.parent!;
    const wrap = (parent.type === 'MemberExpression' && parent.object === call) || (parent.type === 'CallExpression' && parent.callee === call) || parent.type === 'TaggedTemplateExpression';
    if (wrap) {
      this.edit([call.range[0], call.range[0]], '(await ');
      this.edit([call.range[1], call.range[1]], ')');
    } else {
      this.edit([call.range[0], call.range[0]], 'await ');
    }
    this.makeAsync(fn);
  }

  // ---- imports -------------------------------------------------------------------------------------------

  /** Removes import specifiers only the replaced code used; adds the new ones. */
  private cleanImports(): void {
    const removals = new Map<TSESTree.ImportDeclaration, Set<TSESTree.ImportClause>>();
    const inReplaced = (offset: number) => this.replaced.some((r) => offset >= r.range[0] && offset < r.range[1]);
    const mentioned = (name: string) => this.replaced.some((r) => new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`).test(r.text));
    for (const decl of this.ast.body) {
      if (decl.type !== 'ImportDeclaration') continue;
      for (const spec of decl.specifiers) {
        const variable = (this.sc.scopeManager?.getDeclaredVariables(spec as never) ?? [])[0];
        const refs = variable?.references ?? [];
        if (refs.length === 0 || !refs.every((r) => inReplaced(r.identifier.range![0]))) continue;
        if (mentioned(spec.local.name)) continue;
        const set = removals.get(decl) ?? new Set();
        set.add(spec);
        removals.set(decl, set);
      }
    }
    const decls = new Set([...removals.keys(), ...this.importAdds.keys()]);
    for (const decl of decls) this.rewriteImport(decl, removals.get(decl) ?? new Set(), this.importAdds.get(decl) ?? []);
  }

  private rewriteImport(decl: TSESTree.ImportDeclaration, remove: Set<TSESTree.ImportClause>, add: string[]): void {
    const named = decl.specifiers.filter((s) => s.type === 'ImportSpecifier');
    const others = decl.specifiers.filter((s) => s.type !== 'ImportSpecifier');
    const kept = named.filter((s) => !remove.has(s));
    if (others.some((s) => remove.has(s))) return; // default/namespace imports are left alone
    if (kept.length === 0 && add.length === 0) {
      if (others.length > 0) return;
      // The whole declaration goes, with its line.
      const start = decl.range[0];
      let end = decl.range[1];
      const lineEnd = this.sc.text.indexOf('\n', end);
      if (this.lineStart(start) === start && this.sc.text.slice(end, lineEnd === -1 ? undefined : lineEnd).trim() === '') end = lineEnd === -1 ? this.sc.text.length : lineEnd + 1;
      this.edit([start, end], '');
      return;
    }
    const open = this.sc.getFirstToken(decl as never, { filter: (t) => t.value === '{' });
    const last = named[named.length - 1];
    const close = open && this.sc.getTokenAfter((last ?? open) as never, { filter: (t) => t.value === '}' });
    if (!open || !close) return;
    const items = [...kept.map((s) => this.get(s)), ...add];
    const inner = this.sc.text.slice(open.range[1], close.range[0]);
    let text: string;
    if (inner.includes('\n')) {
      const indent = this.indentAt(named[0]?.range[0] ?? open.range[1]) || '  ';
      const trailing = /,\s*$/.test(inner) ? ',' : '';
      text = `{\n${items.map((i) => indent + i).join(',\n')}${trailing}\n}`;
    } else {
      text = `{ ${items.join(', ')} }`;
    }
    this.edit([open.range[0], close.range[1]], text);
  }
}

export const codemod: Codemod = {
  name: 'cookies-get-all-set-all',
  description:
    'Replace the deprecated get/set/remove cookie methods (and getAll without setAll) of createServerClient with getAll/setAll for next/headers, middleware/proxy and Pages Router code, and await cookies() in server-client factories.',
  mightApply: (source) => source.includes(FACTORY) || source.includes('UnsafeUnwrappedCookies'),
  transform(file: FileInput, project: ProjectInfo): TransformResult {
    return new Migration(file, project).run();
  },
};

export default toJscodeshift(codemod);
