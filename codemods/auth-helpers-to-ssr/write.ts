// The write phase shared by the per-construct files (server.ts, browser.ts, middleware.ts, pages.ts,
// modules.ts): every change is a text edit on the original text, generated code is brought to the file's
// style (core templates are written once), and what cannot be finished gets a marker. New imports are
// referenced by placeholders until imports.ts chooses their local names, once every call is rewritten
// (a helper alias that goes away frees its name).
import { relative } from 'node:path';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { ASTUtils } from '@typescript-eslint/utils';
import type { FunctionNode } from '../../core/estree.ts';
import { toPosix } from '../../core/source-file.ts';
import { SIGN_OUT_ONCE_NOTICE } from '../../core/supabase.ts';
import { awaitNeedsParentheses } from '../fix/add-await.ts';
import { AsyncPropagation } from '../lib/async-propagation.ts';
import type { TextEdit } from '../lib/edits.ts';
import { unboundNames } from '../lib/names.ts';
import { indentOf, lineStartOf } from '../lib/source-code.ts';
import { restyle } from '../lib/style.ts';
import { TodoMarkers } from '../lib/todo-markers.ts';
import type { FactoryRole } from '../lib/types.ts';
import { writeBrowserClient } from './browser.ts';
import { writeMiddlewareBody } from './middleware.ts';
import { retarget, typeOnly } from './modules.ts';
import type { Step, Writer } from './plan.ts';
import { factoryTarget, type HelperFile } from './read.ts';
import { writeFactory, writeServerClient } from './server.ts';

/** Local names tried, in order, when the factory's own export name is taken in the file. */
const FACTORY_ALIASES: Record<FactoryRole, string> = {
  server: 'createServerSupabase',
  browser: 'createBrowserSupabase',
  middleware: 'updateSupabaseSession',
  serverProps: 'createServerPropsSupabase',
  api: 'createApiSupabase',
};

export interface PendingImport {
  source: string;
  imported: string;
  candidates: string[];
  placeholder: string;
  /** Absolute file of a factory: an existing import of it under another specifier is reused. */
  module?: string;
}

export class Rewrite implements Writer {
  readonly edits: TextEdit[] = [];
  readonly markers: TodoMarkers;
  readonly engine: AsyncPropagation;
  /** Ranges whose old text is gone, and what was written there (for the import cleanup). */
  readonly replaced: TextEdit[] = [];
  /** Helper import specifiers whose every use was migrated. */
  readonly removed = new Set<TSESTree.Node>();
  /** Names moved as they are (types, ssr shim names): to add, with their specifiers. */
  readonly moved: { source: string; imported: string; local: string; type: boolean }[] = [];
  readonly movedSpecs = new Set<TSESTree.Node>();
  /** New imports whose local name is chosen at the end. */
  readonly pending = new Map<string, PendingImport>();
  readonly roles = new Set<FactoryRole>();
  readonly reserved = new Set<string>();
  readonly notices = new Set<string>([SIGN_OUT_ONCE_NOTICE]);

  constructor(readonly file: HelperFile) {
    this.markers = new TodoMarkers(file.text, file.style);
    this.engine = new AsyncPropagation({ file: file.parsed, role: file.role, markers: this.markers, cause: 'it awaits the Supabase server client' });
  }

  /** Leaves a marker at the statement of `node`; returns false (the spot was not migrated). */
  todo(node: TSESTree.Node, message: string): false {
    this.markers.add(node, message);
    return false;
  }

  /**
   * The names generated `code` would use at `node` that nothing declares there (issue #8, item 4), new
   * imports (placeholders) and names the rewrite declares itself (`declared`) aside: a caller that gets
   * any leaves the code as it is, with a marker.
   */
  unbound(node: TSESTree.Node, code: string, declared: readonly string[] = []): string[] {
    return unboundNames(this.file.parsed, node, code.replace(/__supabaseImport\d+__/g, 'Object')).filter((name) => !declared.includes(name));
  }

  /** Replaces `node` by generated `code` (template style, one expression), indented for its line. */
  replaceExpression(node: TSESTree.Node, code: string): void {
    this.replace(node.range, restyle(code, this.file.style, { base: indentOf(this.file.text, node.range[0]), expression: true }));
  }

  replace(range: readonly [number, number], text: string): void {
    const edit: TextEdit = { range, text };
    this.edits.push(edit);
    if (range[1] > range[0]) this.replaced.push(edit);
  }

  /** Inserts a generated statement on its own line before `statement`. */
  insertBefore(statement: TSESTree.Node, code: string): void {
    const { text, style } = this.file;
    const indent = indentOf(text, statement.range[0]);
    const restyled = restyle(code, style, { base: indent });
    const at = lineStartOf(text, statement.range[0]);
    if (text.slice(at, statement.range[0]).trim() === '') this.edits.push({ range: [at, at], text: `${indent}${restyled}${style.eol}` });
    else this.edits.push({ range: [statement.range[0], statement.range[0]], text: `${restyled}${style.eol}${indent}` });
  }

  /** Replaces a call by `await newCall` (in parentheses where needed), or `newCall` when it was awaited already. */
  replaceWithAwait(call: TSESTree.Node, newCall: string): void {
    if (call.parent?.type === 'AwaitExpression') return this.replace(call.range, newCall);
    const bare = ASTUtils.isParenthesized(call, this.file.sourceCode) || !awaitNeedsParentheses(call);
    this.replace(call.range, bare ? `await ${newCall}` : `(await ${newCall})`);
  }

  makeAsync(fn: FunctionNode): void {
    this.engine.makeAsync(fn);
  }

  /** A reference to the factory of `role` (imported at the end under a free name). */
  factoryRef(role: FactoryRole): string {
    this.roles.add(role);
    const { specifier, exportName } = factoryTarget(this.file, role);
    return this.importRef(specifier, exportName, [exportName, FACTORY_ALIASES[role]], this.file.project.factories[role].file);
  }

  /** A placeholder for `imported` from `source`; imports.ts replaces it by the local name it chooses. */
  importRef(source: string, imported: string, candidates: string[], module?: string): string {
    const key = `${source}\0${imported}`;
    let entry = this.pending.get(key);
    if (!entry) {
      entry = { source, imported, candidates, placeholder: `__supabaseImport${this.pending.size}__`, module };
      this.pending.set(key, entry);
    }
    return entry.placeholder;
  }

  /**
   * The shared factories take no type arguments: a `<Database>` that the helper call had is reported once
   * per run (a notice, not a marker per call) so the user types the factory itself.
   */
  noteUntypedFactory(role: FactoryRole, typeArgs: string): void {
    if (typeArgs === '') return;
    const factory = this.file.project.factories[role];
    const file = toPosix(relative(this.file.project.root, factory.file));
    const creator = role === 'browser' ? 'createBrowserClient' : 'createServerClient';
    this.notices.add(
      `Typed clients: calls that passed ${typeArgs} now use the shared factory ${file}, which takes no type arguments: ` +
        `write ${creator}${typeArgs}(…) in ${factory.exportName}() there once to keep typed queries.`,
    );
  }
}

/** Writes the plan: markers, specifiers moved or gone, retargeted specifiers, and each construct's code. */
export function writePlan(w: Rewrite, steps: readonly Step[]): void {
  for (const step of steps) writeStep(w, step);
}

/** Writes one step; false when it left a marker (a use that stays as it is). */
function writeStep(w: Rewrite, step: Step): boolean {
  switch (step.kind) {
    case 'mark':
      for (const role of step.roles ?? []) w.roles.add(role);
      return w.todo(step.node, step.message);
    case 'move':
      w.moved.push({ source: step.source, imported: step.imported, local: step.spec.local.name, type: step.type });
      w.movedSpecs.add(step.spec);
      w.removed.add(step.spec);
      return true;
    case 'creator': {
      const migrated = step.uses.map((use) => writeStep(w, use));
      if (migrated.every(Boolean)) w.removed.add(step.spec);
      return true;
    }
    case 'retarget':
      retarget(w, step.literal, step.target);
      if (step.typeOnly) typeOnly(w, step.typeOnly);
      return true;
    case 'factory':
      writeFactory(w, step);
      return true;
    case 'server-client':
      return writeServerClient(w, step);
    case 'browser-client':
      writeBrowserClient(w, step);
      return true;
    case 'middleware-body':
      writeMiddlewareBody(w, step);
      return true;
  }
}
