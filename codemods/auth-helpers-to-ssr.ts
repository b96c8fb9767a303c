/**
 * `auth-helpers-to-ssr`: rewrites every use of `@supabase/auth-helpers-nextjs` 0.5–0.15 to `@supabase/ssr`
 * (facts §1.2), one file at a time, and marks with `TODO(supabase-auth)` what it cannot finish.
 *
 * Policy, the same for every creator:
 * - A call without options of its own (no `supabaseUrl`/`supabaseKey`/`options`/`cookieOptions`/
 *   `isSingleton`) becomes a call of the app's canonical factory, imported from where
 *   `ProjectInfo.factories` says it lives (the runner scaffolds it from core/templates.ts when missing:
 *   `needsFactories`): `createServerComponentClient({ cookies })` and friends → `await createClient()`
 *   (server), `createClientComponentClient()` and friends → `createClient()` (browser),
 *   `createPagesServerClient(ctx)` → `createClient(ctx)` (server-props) or `createClient(req, res)` in
 *   `pages/api` (api), the standard auth-helpers middleware body → `return await updateSession(req)`.
 *   The factories take no type arguments: a dropped `<Database>` is reported once, as a notice telling
 *   the user to type the factory itself (one place) rather than a TODO at every call.
 * - A call with options the shared factory cannot take is rewritten in place to
 *   `createServerClient`/`createBrowserClient` from `@supabase/ssr`, keeping every explicit value and its
 *   type arguments (the helpers' third, `Schema`, dropped), writing out the env defaults the helpers had
 *   (`process.env.NEXT_PUBLIC_SUPABASE_URL!` …, `!` in TS only; env names from ProjectInfo), with the
 *   canonical cookie methods of core/templates.ts (`const cookieStore = await cookies()` first for
 *   `next/headers`). So is a call inside the factory file itself (it cannot import itself).
 * - `await` needs an async function: the enclosing function becomes async, its callers in this file are
 *   awaited (and made async in turn), exported ones are listed in `asyncExports` for the runner. Where a
 *   function cannot be async (module scope, a callback other than React's `cache`, a getter, a
 *   constructor, a 'use client' module) the call stays as it is, with a TODO.
 * - Types → `import type` from `@supabase/supabase-js`; 0.14/0.15 names (`SSR_SHIM_EXPORTS`) → the same
 *   names from `@supabase/ssr`; 0.5 HOFs and `@supabase/auth-helpers-react` → a TODO per use (no 1:1
 *   replacement); `require()`/`import()`/re-exports → TODO unless they only use ssr shim names.
 * Every changed file carries the one-time sign-out notice. package.json is the runner's job.
 */
import { dirname, join, relative, resolve } from 'node:path';
import type { ASTPath, CallExpression, Collection, ImportDeclaration, JSCodeshift } from 'jscodeshift';
import { DEFAULT_PAGE_EXTENSIONS, fileKind, type FileKind } from '../core/next.ts';
import {
  AUTH_HELPERS_NEXTJS_EXPORTS,
  AUTH_HELPERS_REACT_EXPORTS,
  helperReplacement,
  isAuthHelpersPackage,
  SIGN_OUT_ONCE_NOTICE,
  SSR_PACKAGE,
  SSR_SHIM_EXPORTS,
  SUPABASE_JS_PACKAGE,
  type AuthHelpersPackage,
  type HelperExport,
} from '../core/supabase.ts';
import { envExpression, indentBlock, nextHeadersCookieMethods, pagesCookieMethods } from '../core/templates.ts';
import { toJscodeshift } from './lib/adapter.ts';
import { isNameUsed, programScope, referencesTo, scopeOf, uniqueName, type Scope } from './lib/bindings.ts';
import { importSpecifier } from './lib/import-path.ts';
import { existingLocal, importedName, importsFrom, mergeImports, removeStatementKeepingComments, type NamedImport } from './lib/imports.ts';
import { addTodo, reviewItems } from './lib/markers.ts';
import { jscodeshiftFor } from './lib/parser.ts';
import type { Codemod, FactoryRole, FileInput, ProjectInfo, TransformResult } from './lib/types.ts';
import { toPosix } from '../core/source-file.ts';

const NEXTJS = '@supabase/auth-helpers-nextjs';
const REACT = '@supabase/auth-helpers-react';

/** Keys of the helpers' option bag (0.7+: second argument; 0.5/0.6 and browser creators: first). */
const OPTION_KEYS = ['supabaseUrl', 'supabaseKey', 'options', 'cookieOptions'];

/** Local names tried, in order, when the factory's own export name is taken in the file. */
const FACTORY_ALIASES: Record<FactoryRole, string> = {
  server: 'createServerSupabase',
  browser: 'createBrowserSupabase',
  middleware: 'updateSupabaseSession',
  serverProps: 'createServerPropsSupabase',
  api: 'createApiSupabase',
};

/** The factory each 0.5 HOF's replacement is built on (`logger` has none). */
const HOF_FACTORIES: Partial<Record<string, FactoryRole>> = { withApiAuth: 'api', withPageAuth: 'serverProps', withMiddlewareAuth: 'middleware' };

/** Session reads the auth-helpers middleware used to refresh; any of them makes the standard shape. */
const REFRESH_CALLS = ['getSession', 'getUser', 'getClaims'];

/** A Babel node read loosely: only the fields this transform looks at. */
interface AnyNode {
  type: string;
  start?: number | null;
  end?: number | null;
  [field: string]: unknown;
}
type AnyPath = ASTPath<AnyNode>;

const stripExtension = (file: string) => file.replace(/\.[cm]?[jt]sx?$/, '');
const isType = (node: unknown, ...types: string[]): node is AnyNode => typeof node === 'object' && node !== null && types.includes((node as AnyNode).type);
const identifierName = (node: unknown): string | undefined => (isType(node, 'Identifier') ? (node.name as string) : undefined);

/** An object literal argument read by key: `{ a, b: c }` → `a` and `b` → their value nodes. */
type Bag = Map<string, AnyNode>;

/** Where `const cookieStore = await cookies()` goes: before a statement, or into a concise arrow body. */
interface Slot {
  concise?: { body: () => AnyNode; set: (block: AnyNode) => void };
  insert(statement: AnyNode): void;
}

type AsyncCheck = { ok: true; fn: AnyPath } | { ok: false; why: string };

/** `const cookieStore = cookies()` feeding `{ cookies: () => cookieStore }`. */
interface CookieStoreBinding {
  name: string;
  scope: Scope | null;
  declarator: AnyPath;
}

interface PendingImport {
  source: string;
  imported: string;
  candidates: string[];
  placeholder: string;
  /** Absolute file of a factory: an existing import of it under another specifier is reused. */
  module?: string;
}

class Migration {
  private readonly j: JSCodeshift;
  private readonly root: Collection;
  private readonly source: string;
  private readonly typescript: boolean;
  private readonly kind: FileKind;
  private readonly clientModule: boolean;
  private readonly program: Scope | null;
  private readonly noSemicolons: boolean;
  private readonly quote: 'single' | 'double';
  private readonly helperImports: ASTPath<ImportDeclaration>[];
  /** Helper import specifiers whose every use was migrated. */
  private readonly removed = new Set<object>();
  /** Names moved as they are (types, ssr shim names), and their specifiers. */
  private readonly moved: NamedImport[] = [];
  private readonly movedSpecs = new Set<object>();
  /** New imports whose local name is chosen at the end (placeholders in the tree until then). */
  private readonly pending = new Map<string, PendingImport>();
  private readonly roles = new Set<FactoryRole>();
  private readonly asyncExports = new Set<string>();
  private readonly reserved = new Set<string>();
  private readonly cleanup: { source: string; local: string }[] = [];
  private readonly notices = new Set<string>([SIGN_OUT_ONCE_NOTICE]);
  /** First lines of the import declarations this run creates (without a `;`). */
  private readonly createdImportLines = new Set<string>();

  constructor(
    private readonly file: FileInput,
    private readonly project: ProjectInfo,
  ) {
    this.j = jscodeshiftFor(file.path);
    this.root = this.j(file.source);
    this.source = file.source;
    this.typescript = /\.[mc]?tsx?$/.test(file.path);
    const relPath = toPosix(relative(project.root, file.path));
    this.kind = fileKind(relPath, { srcDir: project.srcDir, pageExtensions: DEFAULT_PAGE_EXTENSIONS });
    const program = this.root.find(this.j.Program).get().node as { directives?: { value: { value: string } }[] };
    this.clientModule = (program.directives ?? []).some((d) => d.value.value === 'use client');
    this.program = programScope(this.j, this.root);
    const imports = this.root.find(this.j.ImportDeclaration).nodes() as unknown as AnyNode[];
    const statements = (program as unknown as { body: AnyNode[] }).body.filter((n: AnyNode) =>
      ['ImportDeclaration', 'ExportAllDeclaration', 'VariableDeclaration', 'ExpressionStatement'].includes(n.type) ||
      (n.type === 'ExportNamedDeclaration' && (n.declaration == null || isType(n.declaration, 'VariableDeclaration'))),
    );
    this.noSemicolons = statements.length > 0 && statements.every((n) => this.source[(n.end ?? 1) - 1] !== ';');
    const quotes = imports.map((n) => this.source[(n.source as AnyNode).start ?? 0]);
    this.quote = quotes.length > 0 && quotes.every((q) => q === '"') ? 'double' : 'single';
    this.helperImports = this.root.find(this.j.ImportDeclaration).filter((p) => helperPackage(p.node.source.value) !== undefined).paths();
  }

  run(): TransformResult {
    this.recordCleanupCandidates();
    for (const decl of this.helperImports) this.migrateImport(decl);
    this.migrateRequires();
    this.migrateReexports();
    this.placeImports();
    this.removeUnusedImports();

    const printed = this.root.toSource({ quote: this.quote, lineTerminator: this.source.includes('\r\n') ? '\r\n' : '\n' });
    const output = this.joinImportBlock(restoreDirectiveSpacing(this.source, restoreSemicolons(this.source, printed, this.noSemicolons)));
    if (output === this.source) return { output: undefined, review: [] };
    return {
      output,
      review: reviewItems(this.source, output),
      needsFactories: [...this.roles],
      asyncExports: [...this.asyncExports],
      notices: [...this.notices],
    };
  }

  // ---- imports of the helper packages ---------------------------------------------------------------

  private migrateImport(declPath: ASTPath<ImportDeclaration>): void {
    const decl = declPath.node;
    const source = helperPackage(decl.source.value)!;
    const specs = decl.specifiers ?? [];
    const typeOnlyDecl = decl.importKind === 'type';
    if (this.retargetWhole(declPath)) return;
    if (source !== NEXTJS && source !== REACT) {
      // remix/sveltekit/shared: only the 0.14/0.15 shim names have a mechanical replacement
      for (const spec of specs) {
        if (spec.type === 'ImportSpecifier' && SSR_SHIM_EXPORTS.includes(importedName(spec))) this.move(spec, SSR_PACKAGE, typeOnlyDecl);
      }
      return;
    }
    for (const spec of specs) {
      if (spec.type === 'ImportNamespaceSpecifier') {
        this.todo(declPath, `\`import * as ${spec.local?.name}\` from ${source}: import the names you use by name and run this codemod again`);
        continue;
      }
      if (spec.type === 'ImportDefaultSpecifier') {
        this.todo(declPath, `\`import ${spec.local?.name} from '${source}'\`: the package has no default export; import the names you use by name and run this codemod again`);
        continue;
      }
      const name = importedName(spec);
      const local = String(spec.local?.name ?? name);
      const typeOnly = typeOnlyDecl || (spec as { importKind?: string }).importKind === 'type';
      if (SSR_SHIM_EXPORTS.includes(name)) {
        this.move(spec, SSR_PACKAGE, typeOnly);
        continue;
      }
      if (source === REACT) {
        if (AUTH_HELPERS_NEXTJS_EXPORTS[name]?.migration === 'type') this.move(spec, SUPABASE_JS_PACKAGE, true);
        else this.reactImport(declPath, name, local);
        continue;
      }
      const info = AUTH_HELPERS_NEXTJS_EXPORTS[name];
      if (!info) {
        this.todo(declPath, `\`${name}\` is not an export of ${NEXTJS} 0.5–0.15: remove it or use ${helperReplacement(source, undefined)}`);
      } else if (info.migration === 'type') {
        this.move(spec, SUPABASE_JS_PACKAGE, true);
      } else if (typeOnly) {
        this.todo(declPath, `\`${name}\` is imported as a type: use the type of ${info.replacement} instead`);
      } else {
        this.migrateCreator(spec, name, local, info);
      }
    }
  }

  /**
   * A declaration whose names all move to one package that the file does not import yet keeps its node
   * (comments, formatting) and only changes its source: ssr shim names → `@supabase/ssr`, types →
   * `import type … from '@supabase/supabase-js'`.
   */
  private retargetWhole(declPath: ASTPath<ImportDeclaration>): boolean {
    const { j } = this;
    const decl = declPath.node;
    const specs = decl.specifiers ?? [];
    if (specs.length === 0 || specs.some((s) => s.type !== 'ImportSpecifier')) return false;
    const names = specs.map((s) => importedName(s));
    const source = helperPackage(decl.source.value);
    let target: string | undefined;
    if (names.every((n) => SSR_SHIM_EXPORTS.includes(n))) target = SSR_PACKAGE;
    else if (source === NEXTJS && names.every((n) => AUTH_HELPERS_NEXTJS_EXPORTS[n]?.migration === 'type')) target = SUPABASE_JS_PACKAGE;
    if (target === undefined || importsFrom(j, this.root, target).length > 0) return false;
    decl.source = j.stringLiteral(target);
    if (target === SUPABASE_JS_PACKAGE && this.typescript && decl.importKind !== 'type') {
      decl.importKind = 'type';
      for (const spec of specs) (spec as { importKind?: string }).importKind = 'value';
    }
    return true;
  }

  /** Moves a specifier unchanged (same imported and local name) to another package. */
  private move(spec: object, source: string, type: boolean): void {
    const s = spec as { imported: AnyNode; local?: AnyNode | null };
    const imported = importedName(spec as Parameters<typeof importedName>[0]);
    this.moved.push({ source, imported, local: String(s.local?.name ?? imported), type });
    this.movedSpecs.add(spec);
    this.removed.add(spec);
  }

  private reactImport(declPath: AnyPath | ASTPath<ImportDeclaration>, name: string, local: string): void {
    const hint = AUTH_HELPERS_REACT_EXPORTS[name];
    let message = hint
      ? `\`${name}\` from ${REACT} has no ${SSR_PACKAGE} equivalent: ${hint}`
      : `\`${name}\` from ${REACT}: ${helperReplacement(REACT, name)}`;
    if (name === 'useSupabaseClient') {
      const { specifier, exportName } = this.factoryTarget('browser');
      this.roles.add('browser');
      message += ` — here \`${exportName}()\` from '${specifier}'`;
    }
    const refs = referencesTo(this.j, this.root, local, this.program);
    if (refs.length === 0) this.todo(declPath, message);
    for (const ref of refs) this.todo(ref, message);
  }

  private migrateCreator(spec: object, name: string, local: string, info: HelperExport): void {
    const refs = referencesTo(this.j, this.root, local, this.program) as AnyPath[];
    let kept = false;
    for (const ref of refs) {
      const call = ref.parent as AnyPath;
      const isCall = isType(call.node, 'CallExpression') && ref.name === 'callee';
      let done = false;
      if (info.migration === 'removed') {
        const role = HOF_FACTORIES[name];
        let where = '';
        if (role) {
          const { specifier, exportName } = this.factoryTarget(role);
          this.roles.add(role);
          where = ` (\`${exportName}\` from '${specifier}')`;
        }
        this.todo(ref, `\`${name}\` was removed in auth-helpers 0.6 and has no ${SSR_PACKAGE} equivalent: replace it with ${info.replacement}${where}`);
      } else if (!isCall) {
        this.todo(ref, `\`${name}\` is used as a value here, which this codemod cannot follow: replace it with ${info.replacement}`);
      } else if (info.migration === 'server-component' || info.migration === 'route-handler') {
        done = this.serverCall(name, call as unknown as ASTPath<CallExpression>);
      } else if (info.migration === 'browser') {
        done = this.browserCall(name, call as unknown as ASTPath<CallExpression>);
      } else if (info.migration === 'middleware') {
        done = this.middlewareCall(name, call as unknown as ASTPath<CallExpression>);
      } else if (info.migration === 'pages-server') {
        done = this.pagesCall(name, call as unknown as ASTPath<CallExpression>);
      }
      if (!done) kept = true;
    }
    if (!kept) this.removed.add(spec);
  }

  // ---- creators --------------------------------------------------------------------------------------

  /** `createServerComponentClient({ cookies }, opts?)` and the route-handler/server-action/0.5 variants. */
  private serverCall(name: string, call: ASTPath<CallExpression>): boolean {
    const { j } = this;
    const { specifier, exportName } = this.factoryTarget('server');
    const target = `\`await ${exportName}()\` from '${specifier}'`;
    if (this.clientModule) {
      const browser = this.factoryTarget('browser');
      this.roles.add('browser').add('server');
      return this.todo(call, `\`${name}\` creates a server client in a 'use client' module: use \`${browser.exportName}()\` from '${browser.specifier}' here, or create the client in a Server Component, Route Handler or Server Action with ${target}`);
    }
    const args = call.node.arguments as unknown as AnyNode[];
    const bag: Bag = new Map();
    const [first, second] = args;
    let problem: string | undefined;
    if (args.length > 2) problem = 'has more arguments than the helper took';
    else if (isType(first, 'ObjectExpression')) problem = this.readBag(first, ['cookies', 'headers', ...OPTION_KEYS], bag);
    else if (first !== undefined && !isType(first, 'Identifier', 'MemberExpression')) problem = 'gets a cookie context this codemod cannot read';
    if (problem === undefined && second !== undefined) problem = this.readBag(second, OPTION_KEYS, bag);
    if (problem !== undefined) {
      this.roles.add('server');
      return this.todo(call, `\`${name}\` ${problem}: rewrite it as \`createServerClient(url, key, { ...options, cookieOptions, cookies: { getAll, setAll } })\` from ${SSR_PACKAGE} (see '${specifier}')`);
    }
    const check = this.asyncCheck(call);
    if (!check.ok) {
      this.roles.add('server');
      return this.todo(call, `\`${name}\` → ${target}, but ${check.why}: create the client inside an async function (a Server Component, Route Handler or Server Action)`);
    }
    const typeArgs = this.typeArguments(call.node);
    const hasOptions = OPTION_KEYS.some((k) => bag.has(k));
    const store = this.cookieStoreBinding(bag.get('cookies'), call, check.fn);

    if (!hasOptions && !this.isFactoryFile('server')) {
      this.noteUntypedFactory('server', typeArgs);
      this.replaceWithAwait(call, j.callExpression(j.identifier(this.factoryRef('server')), []) as unknown as AnyNode);
      this.makeAsync(check.fn);
      if (store) this.removeIfUnused(store);
      return true;
    }

    const slot = store ? undefined : this.statementSlot(call, check.fn);
    if (!store && !slot) {
      this.roles.add('server');
      return this.todo(call, `\`${name}\` → \`createServerClient(...)\` from ${SSR_PACKAGE} with \`const cookieStore = await cookies()\` before it; the call is not in a statement list, so this codemod leaves it to you`);
    }
    let storeName: string;
    if (store) {
      storeName = store.name;
      const declarator = store.declarator.node as unknown as { init: AnyNode };
      if (!isType(declarator.init, 'AwaitExpression')) declarator.init = j.awaitExpression(declarator.init as never) as unknown as AnyNode;
    } else {
      storeName = uniqueName(j, this.root, ['cookieStore'], this.reserved);
    }
    const props = [...this.optionProps(bag), `cookies: ${nextHeadersCookieMethods(storeName)}`];
    const createServerClient = this.importRef(SSR_PACKAGE, 'createServerClient', ['createServerClient', 'createSsrServerClient']);
    const client = `${createServerClient}${typeArgs}(${this.urlAndKey(bag)}, ${objectText(props)})`;
    const storeDeclaration = `const ${storeName} = await ${this.importRef('next/headers', 'cookies', ['cookies', 'nextCookies'])}()`;
    if (slot?.concise && slot.concise.body() === (call.node as unknown)) {
      // `() => createServerComponentClient(…)` → `async () => { const cookieStore = …; return createServerClient(…) }`
      slot.concise.set(this.parseStatement(`{\n  ${storeDeclaration}\n  return ${indentBlock(client, '  ')}\n}`));
    } else {
      this.replaceExpression(call, client);
      if (slot) slot.insert(this.parseStatement(storeDeclaration));
    }
    this.makeAsync(check.fn);
    return true;
  }

  /** `createClientComponentClient(opts?)`, `createPagesBrowserClient(opts?)`, `createBrowserSupabaseClient(opts?)`. */
  private browserCall(name: string, call: ASTPath<CallExpression>): boolean {
    const { j } = this;
    const args = call.node.arguments as unknown as AnyNode[];
    const bag: Bag = new Map();
    const problem = args.length > 1 ? 'has more arguments than the helper took' : args[0] ? this.readBag(args[0], [...OPTION_KEYS, 'isSingleton'], bag) : undefined;
    if (problem !== undefined) {
      return this.todo(call, `\`${name}\` ${problem}: rewrite it as \`createBrowserClient(url, key, { ...options, cookieOptions, isSingleton })\` from ${SSR_PACKAGE}`);
    }
    const typeArgs = this.typeArguments(call.node);
    if (bag.size === 0 && !this.isFactoryFile('browser')) {
      this.noteUntypedFactory('browser', typeArgs);
      call.replace(j.callExpression(j.identifier(this.factoryRef('browser')), []));
      return true;
    }
    const props = this.optionProps(bag);
    const createBrowserClient = this.importRef(SSR_PACKAGE, 'createBrowserClient', ['createBrowserClient', 'createSsrBrowserClient']);
    this.replaceExpression(call, `${createBrowserClient}${typeArgs}(${this.urlAndKey(bag)}${props.length > 0 ? `, ${objectText(props)}` : ''})`);
    return true;
  }

  /** `createMiddlewareClient({ req, res })`: the standard body → `return await updateSession(req)`, else TODO. */
  private middlewareCall(name: string, call: ASTPath<CallExpression>): boolean {
    const { specifier, exportName } = this.factoryTarget('middleware');
    this.roles.add('middleware');
    if (this.kind.type !== 'middleware' && this.kind.type !== 'proxy') {
      return this.todo(call, `\`${name}\` outside the middleware/proxy entry: refresh the session in middleware with \`${exportName}(request)\` from '${specifier}' (createServerClient with request/response getAll/setAll, then getClaims()), and build any client needed here with createServerClient from ${SSR_PACKAGE}`);
    }
    const standard = this.standardMiddleware(call);
    if (!standard) {
      const fn = this.enclosingFunction(call)?.node as { params?: AnyNode[] } | undefined;
      const request = identifierName(fn?.params?.[0]) ?? 'request';
      return this.todo(call, `\`${name}\` → the updateSession pattern: move the logic that uses this client into \`${exportName}\` in '${specifier}', right after its getClaims() call (read \`data?.claims\` instead of the session; copy \`supabaseResponse\`'s cookies onto any redirect or other response you return), then make this function \`return await ${exportName}(${request})\``);
    }
    const body = (standard.fn.node as unknown as { body: { body: unknown[] } }).body;
    body.body = [this.parseStatement(`return await ${this.factoryRef('middleware')}(${standard.request})`)];
    this.makeAsync(standard.fn);
    return true;
  }

  /**
   * The auth-helpers middleware as documented: `const res = NextResponse.next(); const supabase =
   * createMiddlewareClient({ req, res }); await supabase.auth.getSession(); return res`.
   */
  private standardMiddleware(call: ASTPath<CallExpression>): { fn: AnyPath; request: string } | undefined {
    const fn = this.enclosingFunction(call);
    const fnNode = fn?.node as { params?: AnyNode[]; body?: AnyNode } | undefined;
    const request = identifierName(fnNode?.params?.[0]);
    if (!fn || !request || !isType(fnNode?.body, 'BlockStatement')) return undefined;
    const statements = fnNode.body.body as AnyNode[];
    if (statements.length !== 4) return undefined;
    const [s0, s1, s2, s3] = statements;
    const single = (s: AnyNode | undefined) => {
      if (!isType(s, 'VariableDeclaration') || (s.declarations as AnyNode[]).length !== 1) return undefined;
      return (s.declarations as AnyNode[])[0]!;
    };
    const resDecl = single(s0);
    const response = identifierName(resDecl?.id);
    const next = resDecl?.init as AnyNode | undefined;
    if (!response || !isType(next, 'CallExpression') || (next.arguments as unknown[]).length !== 0) return undefined;
    const callee = next.callee as AnyNode;
    if (!isType(callee, 'MemberExpression') || identifierName(callee.object) !== 'NextResponse' || identifierName(callee.property) !== 'next') return undefined;
    const clientDecl = single(s1);
    const client = identifierName(clientDecl?.id);
    if (!client || clientDecl?.init !== call.node) return undefined;
    const args = call.node.arguments as unknown as AnyNode[];
    const bag: Bag = new Map();
    if (args.length !== 1 || this.readBag(args[0]!, ['req', 'res'], bag) !== undefined) return undefined;
    if (identifierName(bag.get('req')) !== request || identifierName(bag.get('res')) !== response) return undefined;
    const refresh = isType(s2, 'ExpressionStatement') ? s2.expression : single(s2)?.init;
    if (!isType(refresh, 'AwaitExpression') || !isType(refresh.argument, 'CallExpression')) return undefined;
    const method = (refresh.argument as AnyNode).callee as AnyNode;
    const auth = method.object as AnyNode | undefined;
    if (
      !isType(method, 'MemberExpression') || !REFRESH_CALLS.includes(identifierName(method.property) ?? '') ||
      !isType(auth, 'MemberExpression') || identifierName(auth.object) !== client || identifierName(auth.property) !== 'auth' ||
      ((refresh.argument as AnyNode).arguments as unknown[]).length !== 0
    ) return undefined;
    if (!isType(s3, 'ReturnStatement') || identifierName(s3.argument) !== response) return undefined;
    return { fn, request };
  }

  /** `createPagesServerClient(ctx | { req, res }, opts?)` and the deprecated `createServerSupabaseClient`. */
  private pagesCall(name: string, call: ASTPath<CallExpression>): boolean {
    const { j } = this;
    const args = call.node.arguments as unknown as AnyNode[];
    const [first, second] = args;
    const context: Bag = new Map();
    const bag: Bag = new Map();
    let problem: string | undefined;
    if (args.length === 0 || args.length > 2) problem = 'has an unexpected number of arguments';
    else if (isType(first, 'ObjectExpression')) {
      problem = this.readBag(first, ['req', 'res'], context);
      if (problem === undefined && (!context.has('req') || !context.has('res'))) problem = 'gets a context without `req` and `res`';
    } else if (!isType(first, 'Identifier', 'MemberExpression')) problem = 'gets a context this codemod cannot read';
    if (problem === undefined && second !== undefined) problem = this.readBag(second, OPTION_KEYS, bag);
    const role = this.pagesRole(call, first);
    const { specifier, exportName } = this.factoryTarget(role);
    if (problem !== undefined) {
      this.roles.add(role);
      return this.todo(call, `\`${name}\` ${problem}: use \`${exportName}(${role === 'api' ? 'req, res' : 'context'})\` from '${specifier}', or createServerClient from ${SSR_PACKAGE} with getAll/setAll over req/res`);
    }
    const contextText = context.size === 0 ? this.text(first!) : undefined;
    const req = contextText !== undefined ? `${contextText}.req` : this.text(context.get('req')!);
    const res = contextText !== undefined ? `${contextText}.res` : this.text(context.get('res')!);
    const typeArgs = this.typeArguments(call.node);
    if (bag.size === 0 && !this.isFactoryFile(role)) {
      this.noteUntypedFactory(role, typeArgs);
      const callee = j.identifier(this.factoryRef(role));
      const newArgs = role === 'serverProps' ? [first!] : contextText !== undefined ? [this.parseExpression(req), this.parseExpression(res)] : [context.get('req')!, context.get('res')!];
      call.replace(j.callExpression(callee, newArgs as never[]));
      return true;
    }
    const serialize = this.importRef(SSR_PACKAGE, 'serializeCookieHeader', ['serializeCookieHeader', 'serializeSupabaseCookie']);
    const cookies = pagesCookieMethods(req, res).replaceAll('serializeCookieHeader(', `${serialize}(`);
    const props = [...this.optionProps(bag), `cookies: ${cookies}`];
    const createServerClient = this.importRef(SSR_PACKAGE, 'createServerClient', ['createServerClient', 'createSsrServerClient']);
    this.replaceExpression(call, `${createServerClient}${typeArgs}(${this.urlAndKey(bag)}, ${objectText(props)})`);
    return true;
  }

  /** `pages/api/**` → the api factory; getServerSideProps or a page → server-props; else by argument shape. */
  private pagesRole(call: AnyPath | ASTPath<CallExpression>, first: AnyNode | undefined): FactoryRole {
    if (this.kind.type === 'pages-api') return 'api';
    if (this.kind.type === 'pages-page') return 'serverProps';
    for (let p = this.enclosingFunction(call); p; p = this.enclosingFunction(p)) {
      if (this.functionBinding(p).name === 'getServerSideProps') return 'serverProps';
    }
    return isType(first, 'ObjectExpression') ? 'api' : 'serverProps';
  }

  /**
   * The shared factories take no type arguments: a `<Database>` that the helper call had is reported once
   * per run (a notice, not a TODO per call) so the user types the factory itself.
   */
  private noteUntypedFactory(role: FactoryRole, typeArgs: string): void {
    if (typeArgs === '') return;
    const factory = this.project.factories[role];
    const file = toPosix(relative(this.project.root, factory.file));
    const creator = role === 'browser' ? 'createBrowserClient' : 'createServerClient';
    this.notices.add(
      `Typed clients: calls that passed ${typeArgs} now use the shared factory ${file}, which takes no type arguments: ` +
        `write ${creator}${typeArgs}(…) in ${factory.exportName}() there once to keep typed queries.`,
    );
  }

  // ---- async ---------------------------------------------------------------------------------------------

  private enclosingFunction(path: AnyPath | ASTPath): AnyPath | undefined {
    for (let p = path.parent as AnyPath | undefined; p; p = p.parent as AnyPath | undefined) {
      if (this.j.Function.check(p.node)) return p;
    }
    return undefined;
  }

  /** Whether the code at `path` can use `await` (after making its function async). */
  private asyncCheck(path: AnyPath | ASTPath): AsyncCheck {
    const fn = this.enclosingFunction(path);
    if (!fn) return { ok: false, why: 'it runs at module scope, where one client would be shared by every request' };
    const node = fn.node as { async?: boolean; generator?: boolean; kind?: string };
    if (node.async) return { ok: true, fn };
    if (node.generator) return { ok: false, why: 'the enclosing generator cannot simply become async' };
    if (node.kind === 'get' || node.kind === 'set') return { ok: false, why: 'the enclosing getter/setter cannot be async' };
    if (node.kind === 'constructor') return { ok: false, why: 'a constructor cannot be async' };
    const parent = fn.parent?.node as AnyNode | undefined;
    if (isType(parent, 'CallExpression', 'NewExpression') && fn.parentPath?.name === 'arguments' && !isCacheCall(parent)) {
      return { ok: false, why: 'the enclosing callback is not async, and what calls it may not expect a promise' };
    }
    return { ok: true, fn };
  }

  /** Makes `fn` async; its callers in this file are awaited, its exports listed for the runner. */
  private makeAsync(fn: AnyPath): void {
    const node = fn.node as { async?: boolean };
    if (node.async) return;
    node.async = true;
    const binding = this.functionBinding(fn);
    for (const name of binding.exported) this.asyncExports.add(name);
    if (binding.name !== undefined) this.awaitCallers(binding.name, binding.scope);
    else if (binding.exported.length === 0) {
      const key = (fn.node as { key?: AnyNode }).key;
      const label = identifierName(key) !== undefined ? `\`${identifierName(key)}()\`` : 'this function';
      this.todo(fn, `${label} is now async (it awaits the Supabase server client): await it where it is called`);
    }
  }

  /** The name a function is bound to (declaration, `const x = () => …`, `const x = cache(() => …)`) and its exports. */
  private functionBinding(fn: AnyPath): { name?: string; scope: Scope | null; exported: string[] } {
    const { j } = this;
    const exported: string[] = [];
    let name: string | undefined;
    let scope: Scope | null = null;
    let holder: AnyPath = fn;
    if (isType(fn.node, 'FunctionDeclaration')) {
      name = identifierName(fn.node.id);
      if (name !== undefined) scope = scopeOf(fn.parent as AnyPath, name);
    } else {
      let p: AnyPath = fn;
      if (isType(p.parent?.node, 'CallExpression') && isCacheCall(p.parent!.node as AnyNode)) p = p.parent as AnyPath;
      if (isType(p.parent?.node, 'VariableDeclarator') && (p.parent!.node as AnyNode).init === p.node) {
        name = identifierName((p.parent!.node as AnyNode).id);
        if (name !== undefined) scope = scopeOf(p.parent as AnyPath, name);
        holder = p.parent!.parent as AnyPath;
      } else {
        holder = p;
      }
    }
    const outer = holder.parent?.node as AnyNode | undefined;
    if (isType(outer, 'ExportNamedDeclaration') && name !== undefined) exported.push(name);
    if (isType(outer, 'ExportDefaultDeclaration')) exported.push('default');
    if (name !== undefined && scope === this.program) {
      this.root.find(j.ExportNamedDeclaration).forEach((p) => {
        if (p.node.source) return;
        for (const spec of p.node.specifiers ?? []) {
          const s = spec as unknown as AnyNode;
          if (identifierName(s.local) === name) exported.push(identifierName(s.exported) ?? String((s.exported as AnyNode).value));
        }
      });
      this.root.find(j.ExportDefaultDeclaration).forEach((p) => {
        if (identifierName(p.node.declaration) === name) exported.push('default');
      });
    }
    return { name, scope, exported };
  }

  /** `name(…)` calls of this binding now return a promise: await them (making their functions async). */
  private awaitCallers(name: string, scope: Scope | null): void {
    const { j } = this;
    for (const ref of referencesTo(j, this.root, name, scope) as AnyPath[]) {
      const call = ref.parent as AnyPath;
      if (!isType(call.node, 'CallExpression') || ref.name !== 'callee') continue;
      if (isType(call.parent?.node, 'AwaitExpression')) continue;
      const check = this.asyncCheck(call);
      if (!check.ok) {
        this.todo(call, `\`${name}()\` now returns a promise (it awaits the Supabase server client), but ${check.why}: await it in an async function`);
        continue;
      }
      call.replace(j.awaitExpression(call.node as never));
      this.makeAsync(check.fn);
    }
  }

  // ---- building code -----------------------------------------------------------------------------------

  /** `{ name: value }` of an object literal argument, or why it cannot be read. */
  private readBag(node: AnyNode, allowed: readonly string[], bag: Bag): string | undefined {
    if (!isType(node, 'ObjectExpression')) return 'gets options this codemod cannot read (not an object literal)';
    for (const prop of node.properties as AnyNode[]) {
      if (!isType(prop, 'ObjectProperty', 'Property') || prop.computed) return 'gets options this codemod cannot read (a spread, method or computed key)';
      const key = identifierName(prop.key) ?? (isType(prop.key, 'StringLiteral') ? String(prop.key.value) : undefined);
      if (key === undefined || !allowed.includes(key)) return `gets an option this codemod does not know (\`${key ?? '?'}\`)`;
      bag.set(key, prop.value as AnyNode);
    }
    return undefined;
  }

  /** The explicit url and key, or the env defaults the helpers read. */
  private urlAndKey(bag: Bag): string {
    const url = bag.get('supabaseUrl');
    const key = bag.get('supabaseKey');
    return [
      url ? this.text(url) : envExpression(this.project.env.url, this.typescript),
      key ? this.text(key) : envExpression(this.project.env.key, this.typescript),
    ].join(', ');
  }

  /** Properties of ssr's third argument: `options` spread (inlined when a literal), `cookieOptions`, `isSingleton`. */
  private optionProps(bag: Bag): string[] {
    const props: string[] = [];
    const options = bag.get('options');
    if (isType(options, 'ObjectExpression')) for (const p of options.properties as AnyNode[]) props.push(this.text(p));
    else if (options) props.push(`...${this.text(options)}`);
    for (const key of ['cookieOptions', 'isSingleton']) {
      const value = bag.get(key);
      if (value) props.push(identifierName(value) === key ? key : `${key}: ${this.text(value)}`);
    }
    return props;
  }

  /** `<Database, 'public'>` from the call (the helpers' third `Schema` argument dropped), or ''. */
  private typeArguments(call: CallExpression): string {
    const holder = call as unknown as { typeParameters?: { params: AnyNode[] } | null; typeArguments?: { params: AnyNode[] } | null };
    const params = (holder.typeParameters ?? holder.typeArguments)?.params ?? [];
    return params.length === 0 ? '' : `<${params.slice(0, 2).map((p) => this.text(p)).join(', ')}>`;
  }

  /** Source text of an original node, its continuation lines dedented to its first line. */
  private text(node: AnyNode): string {
    if (typeof node.start !== 'number' || typeof node.end !== 'number') return this.j(node as never).toSource({ quote: this.quote });
    const raw = this.source.slice(node.start, node.end);
    const lineStart = this.source.lastIndexOf('\n', node.start - 1) + 1;
    const indent = /^[ \t]*/.exec(this.source.slice(lineStart, node.start))![0];
    return raw
      .split('\n')
      .map((line, i) => (i > 0 && line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n');
  }

  private parseExpression(text: string): AnyNode {
    const program = this.j(this.styleSnippet(`const __expression = ${text}`)).find(this.j.Program).get().node as { body: { declarations: { init: AnyNode }[] }[] };
    return program.body[0]!.declarations[0]!.init;
  }

  private parseStatement(text: string): AnyNode {
    return (this.j(this.styleSnippet(text)).find(this.j.Program).get().node as { body: AnyNode[] }).body[0]!;
  }

  /**
   * Generated code in the file's style: recast reuses a parsed snippet's text as it is, so the
   * semicolons (core templates have none) and string quotes are settled here, on the snippet's AST.
   */
  private styleSnippet(text: string): string {
    const edits: { at: number; end: number; text: string }[] = [];
    this.j(text)
      .find(this.j.Node)
      .forEach((path) => {
        const node = path.node as AnyNode;
        if (typeof node.start !== 'number' || typeof node.end !== 'number') return;
        const statement = isType(node, 'ExpressionStatement', 'ReturnStatement', 'VariableDeclaration', 'ThrowStatement');
        if (!this.noSemicolons && statement && text[node.end - 1] !== ';' && !isType(path.parent?.node, 'ForStatement', 'ForInStatement', 'ForOfStatement')) {
          edits.push({ at: node.end, end: node.end, text: ';' });
        }
        const raw = text.slice(node.start, node.end);
        if (this.quote === 'double' && isType(node, 'StringLiteral') && raw.startsWith("'") && !/["\\]/.test(String(node.value))) {
          edits.push({ at: node.start, end: node.end, text: JSON.stringify(node.value) });
        }
      });
    let styled = text;
    for (const edit of edits.sort((a, b) => b.at - a.at)) styled = styled.slice(0, edit.at) + edit.text + styled.slice(edit.end);
    return styled;
  }

  private replaceExpression(path: ASTPath, text: string): void {
    path.replace(this.parseExpression(text));
  }

  /** Replaces a call by `await newCall`, or by `newCall` when the old call was awaited already. */
  private replaceWithAwait(path: ASTPath, newCall: AnyNode): void {
    if (isType(path.parent?.node, 'AwaitExpression')) path.replace(newCall);
    else path.replace(this.j.awaitExpression(newCall as never));
  }

  /** Where `const cookieStore = await cookies()` can go: before the statement, or in a new arrow body. */
  private statementSlot(path: ASTPath, fn: AnyPath): Slot | undefined {
    const { j } = this;
    for (let p = path as AnyPath; p && p.node !== fn.node; p = p.parent as AnyPath) {
      if (!j.Statement.check(p.node)) continue;
      if (!Array.isArray(p.parentPath?.value)) return undefined;
      const statement = p;
      return { insert: (node) => statement.insertBefore(node) };
    }
    const arrow = fn.node as unknown as { body: AnyNode };
    if (isType(arrow.body, 'BlockStatement')) return undefined;
    return {
      concise: { body: () => arrow.body, set: (block) => (arrow.body = block) },
      insert: (node) => {
        arrow.body = j.blockStatement([node as never, j.returnStatement(arrow.body as never)]) as unknown as AnyNode;
      },
    };
  }

  /** The `next/headers` store behind `{ cookies: () => cookieStore }`, declared in the same function. */
  private cookieStoreBinding(value: AnyNode | undefined, call: ASTPath, fn: AnyPath): CookieStoreBinding | undefined {
    if (!isType(value, 'ArrowFunctionExpression') || (value.params as unknown[]).length !== 0) return undefined;
    const body = value.body as AnyNode;
    const returned = isType(body, 'BlockStatement') && (body.body as AnyNode[]).length === 1 && isType((body.body as AnyNode[])[0], 'ReturnStatement') ? ((body.body as AnyNode[])[0]!.argument as AnyNode) : body;
    const name = identifierName(returned);
    const cookies = existingLocal(this.j, this.root, 'next/headers', 'cookies');
    if (name === undefined || cookies === undefined) return undefined;
    const scope = scopeOf(call, name);
    let declarator: AnyPath | undefined;
    this.root.find(this.j.VariableDeclarator).forEach((p) => {
      if (identifierName(p.node.id) !== name || scopeOf(p, name) !== scope) return;
      const init = p.node.init as AnyNode | null;
      const inner = isType(init, 'AwaitExpression') ? (init.argument as AnyNode) : init;
      if (!isType(inner, 'CallExpression') || identifierName(inner.callee) !== cookies || (inner.arguments as unknown[]).length !== 0) return;
      if (this.enclosingFunction(p)?.node !== fn.node) return;
      declarator = p as unknown as AnyPath;
    });
    return declarator ? { name, scope, declarator } : undefined;
  }

  private removeIfUnused(store: CookieStoreBinding): void {
    const uses = referencesTo(this.j, this.root, store.name, store.scope).filter((p) => p.parent?.node !== store.declarator.node);
    if (uses.length > 0) return;
    const declaration = store.declarator.parent as AnyPath;
    if ((declaration.node.declarations as unknown[]).length === 1) removeStatementKeepingComments(declaration as unknown as ASTPath);
    else store.declarator.prune();
  }

  // ---- names and imports --------------------------------------------------------------------------------

  private factoryTarget(role: FactoryRole): { specifier: string; exportName: string } {
    const factory = this.project.factories[role];
    return { specifier: importSpecifier(this.file.path, factory.file, this.project), exportName: factory.exportName };
  }

  private isFactoryFile(role: FactoryRole): boolean {
    return stripExtension(this.file.path) === stripExtension(this.project.factories[role].file);
  }

  /** A reference to the factory of `role` (imported at the end under a free name). */
  private factoryRef(role: FactoryRole): string {
    this.roles.add(role);
    const { specifier, exportName } = this.factoryTarget(role);
    return this.importRef(specifier, exportName, [exportName, FACTORY_ALIASES[role]], this.project.factories[role].file);
  }

  /**
   * A placeholder identifier for `imported` from `source`; {@link placeImports} replaces it by the local
   * name, once every call is rewritten (so a helper alias that is gone frees its name).
   */
  private importRef(source: string, imported: string, candidates: string[], module?: string): string {
    const key = `${source}\0${imported}`;
    let entry = this.pending.get(key);
    if (!entry) {
      entry = { source, imported, candidates, placeholder: `__supabaseImport${this.pending.size}__`, module };
      this.pending.set(key, entry);
    }
    return entry.placeholder;
  }

  /** An existing import of the module `file` (under any specifier that resolves to it) of `imported`. */
  private existingModuleImport(file: string, imported: string): string | undefined {
    const target = stripExtension(file);
    const base = this.project.srcDir ? join(this.project.root, 'src') : this.project.root;
    const alias = this.project.importAlias;
    for (const decl of this.root.find(this.j.ImportDeclaration).paths()) {
      const source = String(decl.node.source.value);
      const resolved = source.startsWith('.') ? resolve(dirname(this.file.path), source) : alias && source.startsWith(alias) ? join(base, source.slice(alias.length)) : undefined;
      if (resolved === undefined || stripExtension(resolved) !== target || decl.node.importKind === 'type') continue;
      for (const spec of decl.node.specifiers ?? []) if (importedName(spec) === imported && spec.local) return String(spec.local.name);
    }
    return undefined;
  }

  /** Chooses local names, rewrites placeholders, drops migrated helper specifiers and adds the new imports. */
  private placeImports(): void {
    const { j, root } = this;
    const additions: NamedImport[] = [];
    const names = new Map<string, string>();
    // helper specifiers that go away free their names (`createServerComponentClient as createClient`)
    const released = new Set([...this.removed].filter((spec) => !this.movedSpecs.has(spec)));
    for (const entry of this.pending.values()) {
      const existing = entry.module ? this.existingModuleImport(entry.module, entry.imported) : existingLocal(j, root, entry.source, entry.imported);
      const local = existing ?? uniqueName(j, root, entry.candidates, this.reserved, released);
      if (existing === undefined) additions.push({ source: entry.source, imported: entry.imported, local, type: false });
      names.set(entry.placeholder, local);
    }
    additions.push(...this.moved);
    if (names.size > 0) {
      root.find(j.Identifier).forEach((p) => {
        const local = names.get(p.node.name);
        if (local !== undefined) p.node.name = local;
      });
    }

    const emptied: ASTPath<ImportDeclaration>[] = [];
    for (const decl of this.helperImports) {
      const specs = decl.node.specifiers ?? [];
      const rest = specs.filter((s) => !this.removed.has(s));
      if (rest.length === specs.length) continue;
      decl.node.specifiers = rest;
      if (rest.length === 0) emptied.push(decl);
    }
    const created = mergeImports(j, root, additions, this.typescript, new Set(this.helperImports.map((d) => d.node)));
    for (const decl of created) this.createdImportLines.add(j(j.program([decl])).toSource({ quote: this.quote }).split('\n')[0]!.replace(/;\s*$/, ''));
    const anchor = this.helperImports[0];
    if (created.length > 0) {
      if (anchor && emptied.includes(anchor)) {
        // the anchor node becomes the first new import: it keeps its comments (the file header) and its
        // place, where a replaced node would make recast reprint the spacing around it
        const [head, ...rest] = created;
        Object.assign(anchor.node, { specifiers: head!.specifiers, source: head!.source, importKind: head!.importKind ?? 'value' });
        if (rest.length > 0) anchor.insertAfter(...rest);
      } else if (anchor) anchor.insertAfter(...created);
      else root.find(j.Program).get().node.body.unshift(...created);
    }
    for (const decl of emptied) if (decl !== anchor || created.length === 0) removeStatementKeepingComments(decl);
  }

  /**
   * Imports the migrated code was the only user of: `cookies`/`headers` from next/headers, `NextResponse`
   * in a rewritten middleware, a `Database` type that only typed a helper call. Imports that were
   * unused already are not ours to remove.
   */
  private recordCleanupCandidates(): void {
    for (const decl of this.root.find(this.j.ImportDeclaration).paths()) {
      if (this.helperImports.some((helper) => helper.node === decl.node)) continue;
      for (const spec of decl.node.specifiers ?? []) {
        const local = spec.local ? String(spec.local.name) : undefined;
        if (local === undefined) continue;
        if (referencesTo(this.j, this.root, local, this.program).length > 0) this.cleanup.push({ source: String(decl.node.source.value), local });
      }
    }
  }

  private removeUnusedImports(): void {
    for (const { source, local } of this.cleanup) {
      // any identifier of that name left (even one the scope analysis attributes elsewhere) keeps the import
      if (isNameUsed(this.j, this.root, local)) continue;
      for (const decl of importsFrom(this.j, this.root, source)) {
        const specs = decl.node.specifiers ?? [];
        const rest = specs.filter((s) => s.local?.name !== local);
        if (rest.length === specs.length) continue;
        if (rest.length === 0) removeStatementKeepingComments(decl);
        else decl.node.specifiers = rest;
      }
    }
  }

  /**
   * recast puts the blank line that followed the anchor import above the imports inserted after it:
   * a created import directly below another import line joins its block again.
   */
  private joinImportBlock(output: string): string {
    const lines = output.split('\n');
    const kept = lines.filter((line, i) => {
      if (line.trim() !== '' || i === 0) return true;
      const next = (lines[i + 1] ?? '').replace(/;\s*$/, '');
      const previous = lines[i - 1] ?? '';
      return !(this.createdImportLines.has(next) && /^(?:import\s.*|\}.*)\sfrom\s+['"][^'"]+['"];?\s*$/.test(previous));
    });
    return kept.join('\n');
  }

  // ---- require(), import(), re-exports ----------------------------------------------------------------

  private migrateRequires(): void {
    const { j } = this;
    this.root.find(j.Node).forEach((path) => {
      const node = path.node as AnyNode;
      let source: AnyNode | undefined;
      let kind: string;
      if (isType(node, 'CallExpression') && identifierName(node.callee) === 'require') [source, kind] = [(node.arguments as AnyNode[])[0], 'require'];
      else if (isType(node, 'CallExpression') && isType(node.callee, 'Import')) [source, kind] = [(node.arguments as AnyNode[])[0], 'import'];
      else if (isType(node, 'ImportExpression')) [source, kind] = [node.source as AnyNode, 'import'];
      else return;
      const helper = isType(source, 'StringLiteral') ? helperPackage(source.value) : undefined;
      if (!isType(source, 'StringLiteral') || (helper !== NEXTJS && helper !== REACT)) return;
      let holder = path.parent as AnyPath | undefined;
      if (isType(holder?.node, 'AwaitExpression')) holder = holder!.parent as AnyPath;
      const pattern = isType(holder?.node, 'VariableDeclarator') ? ((holder!.node as AnyNode).id as AnyNode) : undefined;
      const shimOnly =
        isType(pattern, 'ObjectPattern') &&
        (pattern.properties as AnyNode[]).length > 0 &&
        (pattern.properties as AnyNode[]).every((p) => isType(p, 'ObjectProperty') && !p.computed && SSR_SHIM_EXPORTS.includes(identifierName(p.key) ?? ''));
      if (shimOnly) {
        const literal = j.stringLiteral(SSR_PACKAGE) as unknown as AnyNode;
        if (node.type === 'ImportExpression') node.source = literal;
        else (node.arguments as AnyNode[])[0] = literal;
        return;
      }
      this.todo(path, `\`${kind}('${String(source.value)}')\`: import the names you use with a static \`import { … } from '${String(source.value)}'\` and run this codemod again, or move to ${SSR_PACKAGE} by hand`);
    });
  }

  private migrateReexports(): void {
    const { j } = this;
    this.root.find(j.ExportAllDeclaration).forEach((path) => {
      const source = String(path.node.source.value);
      const helper = helperPackage(source);
      if (helper === NEXTJS || helper === REACT) this.todo(path, `\`export * from '${source}'\`: re-export the ${SSR_PACKAGE} names you need instead`);
    });
    this.root.find(j.ExportNamedDeclaration).forEach((path) => {
      const source = path.node.source ? helperPackage(path.node.source.value) : undefined;
      if (source !== NEXTJS && source !== REACT) return;
      const names = (path.node.specifiers ?? []).map((s) => identifierName((s as unknown as AnyNode).local) ?? '');
      if (names.length > 0 && names.every((n) => SSR_SHIM_EXPORTS.includes(n))) {
        path.node.source = j.stringLiteral(SSR_PACKAGE);
      } else if (source === NEXTJS && names.length > 0 && names.every((n) => AUTH_HELPERS_NEXTJS_EXPORTS[n]?.migration === 'type')) {
        path.node.source = j.stringLiteral(SUPABASE_JS_PACKAGE);
        if (this.typescript) {
          (path.node as { exportKind?: string }).exportKind = 'type';
          for (const spec of path.node.specifiers ?? []) (spec as { exportKind?: string }).exportKind = 'value';
        }
      } else {
        this.todo(path, `re-export from ${source}: re-export your own factories (or ${SSR_PACKAGE} names) instead`);
      }
    });
  }

  /** Leaves a TODO marker at `path`; returns false (the spot was not migrated). */
  private todo(path: object, message: string): false {
    addTodo(this.j, path as ASTPath, message);
    return false;
  }
}

/** The helper package a module specifier loads, deep paths included (`…-nextjs/dist/middleware`). */
function helperPackage(source: unknown): AuthHelpersPackage | undefined {
  if (typeof source !== 'string') return undefined;
  const name = source.split('/').slice(0, 2).join('/');
  return isAuthHelpersPackage(name) ? name : undefined;
}

/** `cache(() => …)` from React: the callback may become async (the cached value becomes a promise). */
function isCacheCall(node: AnyNode): boolean {
  const callee = node.callee as AnyNode | undefined;
  return identifierName(callee) === 'cache' || (isType(callee, 'MemberExpression') && identifierName(callee.property) === 'cache');
}

/** `{\n  a,\n  b: c,\n}` from property texts (already dedented). */
function objectText(props: readonly string[]): string {
  return `{\n${props.map((p) => `  ${indentBlock(p, '  ')},`).join('\n')}\n}`;
}

/**
 * Undoes the `;` recast appends to statements it prints anew: on a line that existed verbatim without it
 * (a reprinted import or directive), and, in a file written without semicolons, on any line it printed.
 */
function restoreSemicolons(input: string, output: string, noSemicolons: boolean): string {
  const original = new Set(input.split('\n'));
  return output
    .split('\n')
    .map((line) => {
      if (original.has(line) || !/;\s*$/.test(line)) return line;
      const bare = line.replace(/;(\s*)$/, '$1');
      // (a bare `}`/`})` proves nothing: such lines are everywhere)
      return (original.has(bare) && /[\w$'"]/.test(bare)) || (noSemicolons && !/^\s*for\s*\(/.test(line)) ? bare : line;
    })
    .join('\n');
}

/**
 * Recast drops the blank line after a `'use client'`/`'use server'` directive when it reprints the
 * program (any import added or removed): put it back when the input had one.
 */
function restoreDirectiveSpacing(input: string, output: string): string {
  const eol = input.includes('\r\n') ? '\r\n' : '\n';
  const directive = /^((?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*(['"])use (?:client|server)\2;?)\r?\n/;
  const before = directive.exec(input);
  const after = directive.exec(output);
  if (!before || !after || !input.startsWith(`${before[1]}${eol}${eol}`) || output.startsWith(`${after[1]}${eol}${eol}`)) return output;
  return `${after[1]}${eol}${eol}${output.slice(after[0].length)}`;
}

export const codemod: Codemod = {
  name: 'auth-helpers-to-ssr',
  description:
    'Migrates @supabase/auth-helpers-nextjs (0.5–0.15) to @supabase/ssr: canonical client factories, await createClient(), the updateSession middleware, supabase-js types; TODOs for auth-helpers-react and what has no 1:1 replacement.',
  mightApply: (source) => source.includes('@supabase/auth-helpers-'),
  transform(file: FileInput, project: ProjectInfo): TransformResult {
    return new Migration(file, project).run();
  },
};

export default toJscodeshift(codemod);
