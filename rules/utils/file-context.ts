import { existsSync } from 'node:fs';
import type { TSESLint } from '@typescript-eslint/utils';
import { getFileContext, roleOfProgram, type FileContext, type PluginSettings } from '../../core/project.ts';
import type { ModuleRole } from '../../core/next.ts';

export interface RuleFileContext extends FileContext {
  settings: PluginSettings;
  /** Whole-module role: provably server, provably client, or either. */
  role: ModuleRole;
  /** The file exists on disk, so other files of the app may be read. */
  onDisk: boolean;
}

export function pluginSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): PluginSettings {
  const raw = context.settings['supabase-auth'];
  return raw && typeof raw === 'object' ? (raw as PluginSettings) : {};
}

/** Where the linted file sits in its Next app, and what it is. */
export function ruleFileContext(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): RuleFileContext {
  const settings = pluginSettings(context);
  // Editors lint unsaved buffers and stdin as `<text>`: read no other file for those.
  const onDisk = context.physicalFilename === context.filename && existsSync(context.physicalFilename);
  const fileContext = getFileContext(context.filename, context.cwd, onDisk, settings);
  return { ...fileContext, settings, onDisk, role: roleOfProgram(context.sourceCode.ast, fileContext.kind) };
}
