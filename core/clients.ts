// Client provenance: which names in a module create or hold a Supabase client, and of which kind.
// Works on the ESTree that typescript-estree produces: rules get it from ESLint, and the codemods parse
// with the same parser for analysis (matching nodes back to their own AST by source offsets).
import { relative } from 'node:path';
import { AST_NODE_TYPES, simpleTraverse, type TSESTree } from '@typescript-eslint/typescript-estree';
import { ExpiringCache, FACTS_TTL_MS } from './cache.ts';
import { resolveImport } from './resolve.ts';
import { readAst, toPosix } from './source-file.ts';
import { isSupabasePackage, packageFactoryKind, type ClientKind } from './supabase.ts';
import { isFunction, type FunctionNode } from './estree.ts';

/** What a binding (an import, a top-level function or const) is, as far as Supabase is concerned. */
export interface BindingInfo {
  /** Calling it returns a client (or a promise of one) of this kind. */
  factory?: ClientKind;
  /** The binding is a client itself (`export const supabase = createBrowserClient(…)`). */
  client?: ClientKind;
  /** Calling it creates a client inside, whatever it returns (`updateSession(request)`). */
  runsSupabase?: ClientKind;
}

export interface ClientSettings {
  /** Module specifiers or root-relative paths whose exports are server client factories. */
  serverClientModules?: readonly string[];
  /** Module specifiers or root-relative paths whose exports are browser client factories. */
  browserClientModules?: readonly string[];
}

/** An import as written: `imported` is the exported name, `'default'` or `'*'` (namespace). */
export interface ImportBinding {
  source: string;
  imported: string;
  node: TSESTree.Node;
}

const stripExt = (s: string) => s.replace(/\.[cm]?[jt]sx?$/, '');

/**
 * The naming convention of Supabase's guides (`utils/supabase/server`, `lib/supabase/client`,
 * `utils/supabase/middleware`), used when the module itself cannot be read.
 */
export function conventionalBinding(source: string): BindingInfo | undefined {
  const match = /(?:^|[/@])supabase[/-](server|server-client|server-props|api|client|browser|browser-client|admin|middleware|proxy)$/.exec(stripExt(source));
  switch (match?.[1]) {
    case 'server': case 'server-client': case 'server-props': case 'api':
      return { factory: 'server', runsSupabase: 'server' };
    case 'client': case 'browser': case 'browser-client':
      return { factory: 'browser', runsSupabase: 'browser' };
    case 'admin':
      return { factory: 'standalone', runsSupabase: 'standalone' };
    case 'middleware': case 'proxy':
      return { runsSupabase: 'server' };
    default:
      return undefined;
  }
}

function settingsBinding(source: string, fromFile: string, root: string, settings: ClientSettings): BindingInfo | undefined {
  const matches = (entries: readonly string[] | undefined) =>
    entries?.some((entry) => {
      if (entry === source) return true;
      const resolved = resolveImport(source, fromFile, root);
      return resolved !== undefined && stripExt(toPosix(relative(root, resolved))) === stripExt(entry.replace(/^\.\//, ''));
    }) ?? false;
  if (matches(settings.serverClientModules)) return { factory: 'server', runsSupabase: 'server' };
  if (matches(settings.browserClientModules)) return { factory: 'browser', runsSupabase: 'browser' };
  return undefined;
}

/**
 * What `imported` from `source` is, seen from `fromFile`: a package we know by name, a module the user
 * listed in settings, the app's own wrapper (read and analysed), or, when it cannot be read, the naming
 * convention. `undefined` means "not Supabase, as far as we can tell".
 */
export function classifyImport(
  source: string,
  imported: string,
  fromFile: string,
  root: string | undefined,
  settings: ClientSettings = {},
  seen: ReadonlySet<string> = new Set(),
): BindingInfo | undefined {
  if (isSupabasePackage(source)) {
    const kind = packageFactoryKind(source, imported);
    return kind ? { factory: kind, runsSupabase: kind } : undefined;
  }
  if (root !== undefined) {
    const fromSettings = settingsBinding(source, fromFile, root, settings);
    if (fromSettings) return fromSettings;
    const file = resolveImport(source, fromFile, root);
    if (file !== undefined && !seen.has(file)) {
      const exports = analyzeModuleFile(file, root, settings, new Set([...seen, file]));
      if (exports) return imported === '*' ? undefined : exports.get(imported);
    }
  }
  return conventionalBinding(source);
}

/** Imports of a module: `import` declarations and top-level `const … = require('…')`. */
export function collectImports(program: TSESTree.Program): Map<string, ImportBinding> {
  const imports = new Map<string, ImportBinding>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      for (const spec of statement.specifiers) {
        const imported =
          spec.type === AST_NODE_TYPES.ImportNamespaceSpecifier ? '*'
          : spec.type === AST_NODE_TYPES.ImportDefaultSpecifier ? 'default'
          : spec.imported.type === AST_NODE_TYPES.Identifier ? spec.imported.name : spec.imported.value;
        imports.set(spec.local.name, { source: statement.source.value, imported, node: spec });
      }
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const decl of statement.declarations) {
        const source = requireSource(decl.init);
        if (source === undefined) continue;
        if (decl.id.type === AST_NODE_TYPES.Identifier) {
          imports.set(decl.id.name, { source, imported: '*', node: decl });
        } else if (decl.id.type === AST_NODE_TYPES.ObjectPattern) {
          for (const prop of decl.id.properties) {
            if (prop.type !== AST_NODE_TYPES.Property || prop.computed) continue;
            const key = prop.key.type === AST_NODE_TYPES.Identifier ? prop.key.name : String((prop.key as TSESTree.Literal).value);
            if (prop.value.type === AST_NODE_TYPES.Identifier) imports.set(prop.value.name, { source, imported: key, node: prop });
          }
        }
      }
    }
  }
  return imports;
}

/** `require('x')` (possibly awaited `import('x')`) → `'x'`. */
export function requireSource(node: TSESTree.Node | null | undefined): string | undefined {
  let expr = node;
  if (expr?.type === AST_NODE_TYPES.AwaitExpression) expr = expr.argument;
  if (expr?.type === AST_NODE_TYPES.ImportExpression && expr.source.type === AST_NODE_TYPES.Literal && typeof expr.source.value === 'string') {
    return expr.source.value;
  }
  if (
    expr?.type === AST_NODE_TYPES.CallExpression &&
    expr.callee.type === AST_NODE_TYPES.Identifier &&
    expr.callee.name === 'require' &&
    expr.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    typeof expr.arguments[0].value === 'string'
  ) {
    return expr.arguments[0].value;
  }
  return undefined;
}

/** Strips `await`, `as`, `satisfies`, `!` and parentheses (which ESTree already drops). */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    if (
      current.type === AST_NODE_TYPES.AwaitExpression ||
      current.type === AST_NODE_TYPES.TSAsExpression ||
      current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      current.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.type === AST_NODE_TYPES.TSTypeAssertion
    ) {
      current = current.type === AST_NODE_TYPES.AwaitExpression ? current.argument : current.expression;
    } else {
      return current;
    }
  }
}

/**
 * `cache(async () => …)` (React's per-request memo, a common way to write the server factory) behaves
 * like the function it wraps.
 */
function unwrapMemo(node: TSESTree.Node): TSESTree.Node {
  if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'cache' && node.arguments.length === 1) {
    return node.arguments[0]!;
  }
  return node;
}


/**
 * Bindings of one module (top-level names → what they are), given what its imports are. Top-level
 * functions count as factories when they return a factory call (directly, through a local const, or
 * from another local factory), and as `runsSupabase` when they call one anywhere.
 */
export function analyzeProgram(program: TSESTree.Program, importInfo: (binding: ImportBinding) => BindingInfo | undefined): Map<string, BindingInfo> {
  const imports = collectImports(program);
  const bindings = new Map<string, BindingInfo>();
  for (const [local, binding] of imports) {
    const info = binding.imported === '*' ? undefined : importInfo(binding);
    if (info) bindings.set(local, info);
  }
  const namespaceInfo = (object: string, property: string) => {
    const binding = imports.get(object);
    return binding?.imported === '*' ? importInfo({ ...binding, imported: property }) : undefined;
  };
  const calleeInfo = (callee: TSESTree.Node): BindingInfo | undefined => {
    if (callee.type === AST_NODE_TYPES.Identifier) return bindings.get(callee.name);
    if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier && callee.property.type === AST_NODE_TYPES.Identifier && !callee.computed) {
      return namespaceInfo(callee.object.name, callee.property.name);
    }
    return undefined;
  };
  const factoryKindOf = (expr: TSESTree.Node | null | undefined, locals: Map<string, ClientKind>): ClientKind | undefined => {
    if (!expr) return undefined;
    const inner = unwrap(expr);
    if (inner.type === AST_NODE_TYPES.CallExpression) return calleeInfo(inner.callee)?.factory;
    if (inner.type === AST_NODE_TYPES.Identifier) return locals.get(inner.name) ?? bindings.get(inner.name)?.client;
    return undefined;
  };

  const functions = new Map<string, FunctionNode>();
  for (const statement of program.body) {
    const decl = statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ? statement.declaration : statement;
    if (decl?.type === AST_NODE_TYPES.FunctionDeclaration && decl.id) functions.set(decl.id.name, decl);
    if (decl?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const d of decl.declarations) {
        if (d.id.type !== AST_NODE_TYPES.Identifier || !d.init) continue;
        const init = unwrapMemo(unwrap(d.init));
        if (isFunction(init)) functions.set(d.id.name, init);
      }
    }
  }

  // Two passes: a factory may call another local factory declared after it.
  for (let pass = 0; pass < 2; pass++) {
    for (const [name, fn] of functions) {
      const locals = new Map<string, ClientKind>();
      let returns: ClientKind | undefined;
      let runs: ClientKind | undefined;
      if (fn.body.type !== AST_NODE_TYPES.BlockStatement) returns = factoryKindOf(fn.body, locals);
      simpleTraverse(fn.body, {
        enter(node) {
          if (node.type === AST_NODE_TYPES.CallExpression) {
            const info = calleeInfo(node.callee);
            runs ??= info?.factory ?? info?.runsSupabase;
          } else if (node.type === AST_NODE_TYPES.VariableDeclarator && node.id.type === AST_NODE_TYPES.Identifier) {
            const kind = factoryKindOf(node.init, locals);
            if (kind) locals.set(node.id.name, kind);
          } else if (node.type === AST_NODE_TYPES.ReturnStatement) {
            returns ??= factoryKindOf(node.argument, locals);
          }
        },
      });
      if (returns || runs) bindings.set(name, { factory: returns, runsSupabase: runs ?? returns });
    }
  }

  for (const statement of program.body) {
    const decl = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (decl?.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const d of decl.declarations) {
      if (d.id.type !== AST_NODE_TYPES.Identifier || !d.init || functions.has(d.id.name)) continue;
      const kind = factoryKindOf(d.init, new Map());
      if (kind) bindings.set(d.id.name, { client: kind });
    }
  }
  return bindings;
}

/** The exported names of a module and what each is. */
function exportsOf(program: TSESTree.Program, bindings: Map<string, BindingInfo>, reexport: (source: string, imported: string) => BindingInfo | undefined, starSources: string[]): Map<string, BindingInfo> {
  const exports = new Map<string, BindingInfo>();
  const setIf = (name: string, info: BindingInfo | undefined) => info && exports.set(name, info);
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) {
      const decl = statement.declaration;
      if (decl?.type === AST_NODE_TYPES.FunctionDeclaration && decl.id) setIf(decl.id.name, bindings.get(decl.id.name));
      if (decl?.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const d of decl.declarations) if (d.id.type === AST_NODE_TYPES.Identifier) setIf(d.id.name, bindings.get(d.id.name));
      }
      for (const spec of statement.specifiers) {
        const local = spec.local.type === AST_NODE_TYPES.Identifier ? spec.local.name : spec.local.value;
        const exported = spec.exported.type === AST_NODE_TYPES.Identifier ? spec.exported.name : spec.exported.value;
        setIf(exported, statement.source ? reexport(statement.source.value, local) : bindings.get(local));
      }
    } else if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      const decl = statement.declaration;
      if ((decl.type === AST_NODE_TYPES.FunctionDeclaration && decl.id) || decl.type === AST_NODE_TYPES.Identifier) {
        const name = decl.type === AST_NODE_TYPES.Identifier ? decl.name : decl.id!.name;
        setIf('default', bindings.get(name));
      }
    } else if (statement.type === AST_NODE_TYPES.ExportAllDeclaration && !statement.exported) {
      starSources.push(statement.source.value);
    }
  }
  return exports;
}

const moduleCache = new ExpiringCache<string, Map<string, BindingInfo> | undefined>(FACTS_TTL_MS);

/** What each export of a file of the app is; `undefined` when the file cannot be read or parsed. */
export function analyzeModuleFile(file: string, root: string, settings: ClientSettings = {}, seen: ReadonlySet<string> = new Set([file])): Map<string, BindingInfo> | undefined {
  // Inside an import cycle the answer depends on which files are already being analysed (they are cut
  // off), so those files are part of the key: a partial answer must not be served to another importer.
  const ancestors = [...seen].filter((f) => f !== file).sort().join('\0');
  return moduleCache.get(`${root}\0${file}\0${JSON.stringify(settings)}\0${ancestors}`, () => {
    const program = readAst(file);
    if (!program) return undefined;
    const viaImport = (source: string, imported: string) => classifyImport(source, imported, file, root, settings, seen);
    const bindings = analyzeProgram(program, (b) => viaImport(b.source, b.imported));
    const stars: string[] = [];
    const exports = exportsOf(program, bindings, viaImport, stars);
    for (const source of stars) {
      const target = resolveImport(source, file, root);
      if (!target || seen.has(target)) continue;
      for (const [name, info] of analyzeModuleFile(target, root, settings, new Set([...seen, target])) ?? []) {
        if (!exports.has(name) && name !== 'default') exports.set(name, info);
      }
    }
    return exports;
  });
}

/** Whether the file at `file` creates a cookie-bound server client anywhere (directly or via a wrapper). */
export function createsServerClient(program: TSESTree.Program, file: string, root: string, settings: ClientSettings = {}): boolean {
  // No `seen` of our own: the wrapper analyses are then the same cache entries the rules use.
  const bindings = analyzeProgram(program, (b) => classifyImport(b.source, b.imported, file, root, settings));
  const imports = collectImports(program);
  let found = false;
  simpleTraverse(program, {
    enter(node) {
      if (found || node.type !== AST_NODE_TYPES.CallExpression) return;
      const callee = node.callee;
      let info: BindingInfo | undefined;
      if (callee.type === AST_NODE_TYPES.Identifier) info = bindings.get(callee.name);
      else if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier && callee.property.type === AST_NODE_TYPES.Identifier) {
        const ns = imports.get(callee.object.name);
        if (ns?.imported === '*') info = classifyImport(ns.source, callee.property.name, file, root, settings);
      }
      if (info?.factory === 'server' || info?.runsSupabase === 'server') found = true;
    },
  });
  return found;
}

