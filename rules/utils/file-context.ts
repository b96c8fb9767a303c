// Where the linted file sits in its app and what it is, computed once per lint of a file and shared by
// every rule (they all ask for the same AST). The role and the graph's module view are lazy: a rule that
// never asks does not make the project graph build its import index or summarise the file.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { noteLint } from '../../core/graph/epoch.ts';
import type { ModuleContext } from '../../core/graph/evaluate.ts';
import type { ProjectGraph } from '../../core/graph/project-graph.ts';
import { standaloneContext } from '../../core/graph/project-graph.ts';
import { summarize } from '../../core/graph/summary.ts';
import type { ModuleRole } from '../../core/next.ts';
import { getFileContext, projectGraph, roleOfProgram, type FileContext } from '../../core/project.ts';
import { validateSettings, type PluginSettings } from '../../core/settings.ts';

export interface RuleFileContext extends FileContext {
  settings: PluginSettings;
  /** The file exists on disk, so other files of the app may be read. */
  onDisk: boolean;
  /** The project graph of the file's app; undefined for virtual files and files outside an app. */
  graph: ProjectGraph | undefined;
  /** Whole-module role: its own (directives, entry files, server-only imports), else the one its importers give it. */
  readonly role: ModuleRole;
  /** The evaluator's view of this module (imports answered through the graph). */
  readonly module: ModuleContext;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** `settings['supabase-auth']`, validated (a bad value throws a message naming the key). */
export const pluginSettings = (context: Context): PluginSettings => validateSettings(context.settings['supabase-auth'], context.cwd);

const contexts = new WeakMap<TSESTree.Program, RuleFileContext>();

/** Where the linted file sits in its Next app, and what it is. */
export function ruleFileContext(context: Context): RuleFileContext {
  const program = context.sourceCode.ast;
  const hit = contexts.get(program);
  if (hit) return hit;
  const settings = pluginSettings(context);
  // Editors lint unsaved buffers and stdin as `<text>`: read no other file for those.
  const onDisk = context.physicalFilename === context.filename && existsSync(context.physicalFilename);
  // First: a second lint of this file starts a new epoch, and every fact below must come from it.
  if (onDisk) noteLint(resolve(context.cwd, context.filename), program);
  const fileContext = getFileContext(context.filename, context.cwd, onDisk, settings);
  const graph = onDisk ? projectGraph(fileContext.facts, settings) : undefined;
  let role: ModuleRole | undefined;
  let module: ModuleContext | undefined;
  const result: RuleFileContext = {
    ...fileContext,
    settings,
    onDisk,
    graph,
    get role() {
      if (role === undefined) {
        const own = roleOfProgram(program, fileContext.kind);
        role = own === 'shared' && graph ? graph.roleOf(fileContext.file) : own;
      }
      return role;
    },
    get module() {
      module ??= graph ? graph.lintedContext(fileContext.file, program, context.sourceCode.text) : standaloneContext(fileContext.file, summarize(program), settings);
      return module;
    },
  };
  contexts.set(program, result);
  return result;
}
