// Client provenance on demand, for rules that only care about a few shapes (a call at module scope, a
// write to a module-level variable): they ask first whether a callee could be a client factory at all, from
// the import's specifier alone, and only then ask the project graph what the import is.
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { summarize, type ImportBinding } from '../../core/graph/summary.ts';
import { factoryKind } from '../../core/graph/values.ts';
import { isSupabasePackage, type ClientKind } from '../../core/supabase.ts';
import { pluginSettings, ruleFileContext, type RuleFileContext } from './file-context.ts';
import { trackClients, type ClientTracker } from './supabase-clients.ts';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Specifiers of the app's own modules: relative, or through a path alias (`@/`, `~/`, `#`). */
const APP_MODULE = /^(?:\.{1,2}|[@~#])\//;

export interface LazyClients {
  /** Where the file sits and what it is (computed once, on first use). */
  file(): RuleFileContext;
  /** The file's client tracker (built once, on first use). */
  tracker(): ClientTracker;
  /**
   * Whether calling `callee` could create a Supabase client: an import from a Supabase package, from one
   * of the app's modules or from a module listed in settings, or a function declared in this file.
   */
  mayCreateClient(callee: TSESTree.Node): boolean;
  /**
   * The kind of client calling `callee` returns. An imported callee is classified alone (only the module it
   * comes from is read); a function of this file needs the whole tracker.
   */
  factoryKind(callee: TSESTree.Node): ClientKind | undefined;
}

export function lazyClients(context: Context): LazyClients {
  let file: RuleFileContext | undefined;
  let tracker: ClientTracker | undefined;
  let imports: ReadonlyMap<string, ImportBinding> | undefined;
  let topLevelNames: Set<string> | undefined;
  const settings = pluginSettings(context);
  const listed = new Set([...(settings.serverClientModules ?? []), ...(settings.browserClientModules ?? [])]);
  const program = context.sourceCode.ast;

  const candidateSource = (source: string) => isSupabasePackage(source) || APP_MODULE.test(source) || listed.has(source);

  /** Names declared at the top of the module: local factories are among them. */
  const declaredHere = (): Set<string> => {
    if (topLevelNames) return topLevelNames;
    topLevelNames = new Set();
    for (const statement of program.body) {
      const decl = statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ? statement.declaration : statement;
      if (decl?.type === AST_NODE_TYPES.FunctionDeclaration && decl.id) topLevelNames.add(decl.id.name);
      if (decl?.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const d of decl.declarations) if (d.id.type === AST_NODE_TYPES.Identifier) topLevelNames.add(d.id.name);
      }
    }
    return topLevelNames;
  };

  /** Whether `id` refers to the module-level name, not to a local that shadows it. */
  const isModuleLevel = (id: TSESTree.Identifier) => {
    const variable = ASTUtils.findVariable(context.sourceCode.getScope(id), id);
    return variable !== null && (variable.scope.type === 'module' || variable.scope.type === 'global');
  };

  const classified = new Map<string, ClientKind | undefined>();
  const classify = (binding: ImportBinding): ClientKind | undefined => {
    const key = `${binding.source}\0${binding.imported}`;
    if (classified.has(key)) return classified.get(key);
    file ??= ruleFileContext(context);
    const kind = factoryKind(file.module.importValue(binding));
    classified.set(key, kind);
    return kind;
  };

  const self: LazyClients = {
    file: () => (file ??= ruleFileContext(context)),
    tracker() {
      file ??= ruleFileContext(context);
      return (tracker ??= trackClients(context, file));
    },
    factoryKind(callee) {
      if (!self.mayCreateClient(callee)) return undefined;
      if (callee.type === AST_NODE_TYPES.Identifier) {
        const binding = imports!.get(callee.name);
        if (!binding) return self.tracker().calleeInfo(callee)?.factory;
        return isModuleLevel(callee) ? classify(binding) : undefined;
      }
      if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.object.type !== AST_NODE_TYPES.Identifier || callee.property.type !== AST_NODE_TYPES.Identifier) return undefined;
      const binding = imports!.get(callee.object.name)!;
      return isModuleLevel(callee.object) ? classify({ ...binding, imported: callee.property.name }) : undefined;
    },
    mayCreateClient(callee) {
      imports ??= summarize(program).imports;
      if (callee.type === AST_NODE_TYPES.Identifier) {
        const binding = imports.get(callee.name);
        return binding ? candidateSource(binding.source) : declaredHere().has(callee.name);
      }
      if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier) {
        const binding = imports.get(callee.object.name);
        return binding?.imported === '*' && candidateSource(binding.source);
      }
      return false;
    },
  };
  return self;
}
