// The project graph of one Next app: module summaries, import resolution, the reverse import index and
// roles, and the lazy, memoised answer to "what is this export?" across modules. One instance per app
// root and settings, shared by every rule and every transform in the process.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { ModuleRole } from '../next.ts';
import { currentEpoch } from './epoch.ts';
import type { ModuleContext } from './evaluate.ts';
import { ImportIndex, type AppLayout } from './import-index.ts';
import { conventionalValue, packageNamespace, packageValue, settingsKind, type ClientSettings } from './known-values.ts';
import { moduleBinding } from './module-scope.ts';
import { ModuleStore } from './module-store.ts';
import { Resolver } from './resolver.ts';
import { summarize, type ImportBinding, type ModuleSummary } from './summary.ts';
import { knownFactory, type Value } from './values.ts';

const VISITING = Symbol('visiting');

export class ProjectGraph {
  readonly root: string;
  readonly settings: ClientSettings;
  readonly resolver: Resolver;
  readonly modules: ModuleStore;
  readonly index: ImportIndex;
  readonly #contexts = new Map<string, ModuleContext>();
  readonly #exports = new Map<string, { epoch: number; values: Map<string, Value | undefined | typeof VISITING> }>();

  constructor(root: string, settings: ClientSettings, layout: () => AppLayout) {
    this.root = root;
    this.settings = settings;
    this.resolver = new Resolver(root);
    this.modules = new ModuleStore(this.resolver);
    this.index = new ImportIndex(root, this.modules, this.resolver, layout);
  }

  roleOf(file: string): ModuleRole {
    return this.index.roleOf(file);
  }

  /** Whether browser code reaches the module (import-index.ts `reachedByClient`). */
  reachedByClient(file: string): boolean {
    return this.index.reachedByClient(file);
  }

  /** What `binding` (imported in `fromFile`) is. */
  importValue(fromFile: string, binding: ImportBinding): Value | undefined {
    if (binding.typeOnly) return undefined;
    const known = binding.imported === '*' ? packageNamespace(binding.source) : packageValue(binding.source, binding.imported);
    if (known) return known;
    const file = this.resolver.resolve(fromFile, binding.source);
    const kind = settingsKind(binding.source, file, this.root, this.settings);
    if (kind) return knownFactory(kind);
    const summary = file === undefined ? undefined : this.modules.summaryOf(file);
    if (file === undefined || summary === undefined) return binding.imported === '*' ? undefined : conventionalValue(binding.source);
    if (binding.imported === '*') return { type: 'module', exportValue: (name) => this.exportValue(file, name) };
    return this.exportValue(file, binding.imported);
  }

  /** What the export `name` of `file` is: its own binding, a re-export, or one of its `export *`. */
  exportValue(file: string, name: string): Value | undefined {
    let memo = this.#exports.get(file);
    if (!memo || memo.epoch !== currentEpoch()) {
      memo = { epoch: currentEpoch(), values: new Map() };
      this.#exports.set(file, memo);
    }
    const hit = memo.values.get(name);
    if (hit === VISITING) return undefined; // an export * cycle, or a re-export of itself
    if (memo.values.has(name)) return hit;
    memo.values.set(name, VISITING);
    let value: Value | undefined;
    try {
      value = this.#computeExport(file, name);
    } finally {
      memo.values.set(name, value);
    }
    return value;
  }

  #computeExport(file: string, name: string): Value | undefined {
    const summary = this.modules.summaryOf(file);
    if (!summary) return undefined;
    const exported = summary.exports.get(name);
    if (exported) {
      return 'local' in exported
        ? moduleBinding(this.contextOf(file, summary), exported.local)
        : this.importValue(file, { source: exported.source, imported: exported.imported, typeOnly: false });
    }
    if (name === 'default') return undefined; // export * never re-exports a default
    for (const source of summary.starSources) {
      const target = this.resolver.resolve(file, source);
      const value = target !== undefined ? this.exportValue(target, name) : packageValue(source, name);
      if (value) return value;
    }
    return undefined;
  }

  /** The evaluator's view of a module read from disk (summary and how its imports are answered). */
  contextOf(file: string, summary: ModuleSummary): ModuleContext {
    const hit = this.#contexts.get(file);
    if (hit?.summary === summary) return hit;
    const context: ModuleContext = { file, summary, importValue: (binding) => this.importValue(file, binding) };
    this.#contexts.set(file, context);
    return context;
  }

  /** A context for a program that is not (or not yet) the file on disk: a transform's intermediate output. */
  programContext(file: string, program: TSESTree.Program): ModuleContext {
    return { file, summary: summarize(program), importValue: (binding) => this.importValue(file, binding) };
  }

  /** The context of the file ESLint is linting, summarised from ESLint's own AST. */
  lintedContext(file: string, program: TSESTree.Program, text: string): ModuleContext {
    return this.contextOf(file, this.modules.summaryOfLinted(file, program, text));
  }
}

const graphs = new Map<string, ProjectGraph>();

/** The graph of the app at `root` with these settings (one per process). */
export function graphFor(root: string, settings: ClientSettings, layout: () => AppLayout): ProjectGraph {
  const key = `${root}\0${JSON.stringify([settings.serverClientModules ?? [], settings.browserClientModules ?? []])}`;
  let graph = graphs.get(key);
  if (!graph) {
    graph = new ProjectGraph(root, settings, layout);
    graphs.set(key, graph);
  }
  return graph;
}

/** The context of a file outside any app we can read (RuleTester cases, stdin): packages, settings and names only. */
export function standaloneContext(file: string, summary: ModuleSummary, settings: ClientSettings): ModuleContext {
  return {
    file,
    summary,
    importValue(binding) {
      if (binding.typeOnly) return undefined;
      const kind = settingsKind(binding.source, undefined, undefined, settings);
      if (kind) return knownFactory(kind);
      if (binding.imported === '*') return packageNamespace(binding.source);
      return packageValue(binding.source, binding.imported) ?? conventionalValue(binding.source);
    },
  };
}
