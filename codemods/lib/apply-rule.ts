// Running one of the plugin's lint rules inside a transform, so a transform applies the edits the rule
// itself proposes (its autofix, or a chosen suggestion) instead of re-implementing the rule's analysis.
// The rule sees the file exactly as `eslint` would in the app: the same parser, the app root as `rootDir`,
// the project's Next version and `cacheComponents` as settings. Edits are plain text ranges, so everything
// outside them stays byte-for-byte.
import tsParser from '@typescript-eslint/parser';
import { Linter, type Rule, type SourceCode } from 'eslint';
import type { PluginSettings } from '../../core/project.ts';
import { isDirectory } from '../../core/source-file.ts';
import { SUPABASE_JS_PACKAGE } from '../../core/supabase.ts';
import { applyEdits, deferOverlapping, type TextEdit } from './edits.ts';
import type { ProjectInfo } from './types.ts';

/** The plugin's namespace: rules read their settings from `settings['supabase-auth']`. */
const NAMESPACE = 'supabase-auth';
const SOURCE_FILES = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];
const BOM = '\uFEFF';

export interface RuleSuggestion {
  messageId: string | undefined;
  desc: string;
  fix: TextEdit;
}

export interface RuleReport {
  /** The rule's name in the plugin. */
  rule: string;
  messageId: string | undefined;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offsets of the reported node in the linted source. */
  range: [number, number];
  /** The rule's autofix, if it has one. */
  fix: TextEdit | undefined;
  suggestions: RuleSuggestion[];
}

export interface RuleRun {
  reports: RuleReport[];
  /** The parsed source (AST, tokens, comments, scopes) when it parsed; offsets match the reports'. */
  sourceCode: SourceCode | undefined;
  /** The parser's message when the source did not parse (then there are no reports). */
  parseError: string | undefined;
}

export interface RuleToRun {
  /** The rule's name in the plugin (`require-dynamic-auth-page`). */
  name: string;
  rule: Rule.RuleModule;
  /** Rule options, as in a config (`[{ requireExplicitDynamic: true }]`). */
  options?: unknown[];
}

/**
 * `settings['supabase-auth']` for a file of `project`: the same facts the runner computed, and the versions
 * the migrated code will run on (a fix for `isAuthSessionMissingError` needs the supabase-js the app gets).
 */
export function pluginSettingsFor(project: ProjectInfo): PluginSettings {
  const next = project.capabilities.packages.next.version ?? (project.nextMajor === undefined ? undefined : `${project.nextMajor}.0.0`);
  const supabaseJs = project.capabilities.resulting[SUPABASE_JS_PACKAGE];
  return {
    // A project that is not on disk (the transforms' unit fixtures) has no root folder to name.
    ...(isDirectory(project.root) ? { rootDir: project.root } : {}),
    ...(next === undefined ? {} : { nextVersion: next }),
    ...(project.cacheComponents === undefined ? {} : { cacheComponents: project.cacheComponents }),
    ...(supabaseJs === undefined ? {} : { supabaseJsVersion: supabaseJs }),
  };
}

/**
 * Lints `source` as the file at `filePath` (absolute, inside `project.root`) with one rule, and returns its
 * reports with their fixes and suggestions as text edits. Only this rule runs: no user config is read.
 */
export function lintWithRule(source: string, filePath: string, project: ProjectInfo, toRun: RuleToRun): RuleRun {
  return lintWithRules(source, filePath, project, [toRun]);
}

/** {@link lintWithRule} with several rules in one pass (one parse), their reports in ESLint's order. */
export function lintWithRules(source: string, filePath: string, project: ProjectInfo, toRun: readonly RuleToRun[]): RuleRun {
  // ESLint lints the text without a BOM and reports offsets into that text: lint it the same way and
  // shift the offsets back, so edits apply to `source` as given.
  const shift = source.startsWith(BOM) ? 1 : 0;
  const text = shift ? source.slice(1) : source;
  const linter = new Linter({ cwd: project.root });
  const config: Linter.Config[] = [
    {
      files: SOURCE_FILES,
      languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
      plugins: { [NAMESPACE]: { rules: Object.fromEntries(toRun.map((r) => [r.name, r.rule])) } },
      settings: { [NAMESPACE]: pluginSettingsFor(project) },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      rules: Object.fromEntries(toRun.map((r) => [`${NAMESPACE}/${r.name}`, ['error', ...(r.options ?? [])]])),
    },
  ];
  const messages = linter.verify(text, config, filePath);
  const fatal = messages.find((m) => m.fatal);
  if (fatal) return { reports: [], sourceCode: undefined, parseError: fatal.message };
  const sourceCode = linter.getSourceCode() ?? undefined;
  const ruleIds = new Set(toRun.map((r) => `${NAMESPACE}/${r.name}`));
  const edit = (fix: Rule.Fix): TextEdit => ({ range: [fix.range[0] + shift, fix.range[1] + shift], text: fix.text });
  const offset = (line: number, column: number): number => {
    if (!sourceCode) return 0;
    try {
      return sourceCode.getIndexFromLoc({ line, column: column - 1 }) + shift;
    } catch {
      return 0;
    }
  };
  const reports = messages
    .filter((m) => m.ruleId !== null && ruleIds.has(m.ruleId))
    .map((m): RuleReport => {
      const endLine = m.endLine ?? m.line;
      const endColumn = m.endColumn ?? m.column;
      return {
        rule: m.ruleId!.slice(NAMESPACE.length + 1),
        messageId: m.messageId,
        message: m.message,
        line: m.line,
        column: m.column,
        endLine,
        endColumn,
        range: [offset(m.line, m.column), offset(endLine, endColumn)],
        fix: m.fix ? edit(m.fix) : undefined,
        suggestions: (m.suggestions ?? []).map((s) => ({ messageId: s.messageId, desc: s.desc, fix: edit(s.fix) })),
      };
    });
  return { reports, sourceCode, parseError: undefined };
}

/** How one transform applies its rule's edits, round after round (see applyRounds). */
export interface Rounds<R> {
  /** The edits to apply to `text`, given what the rule reported on it (`reading`). */
  edits(reading: R, text: string): TextEdit[];
  /** The rule's reading of `text`; undefined when the text cannot be read (does not parse). */
  read(text: string): R | undefined;
}

/**
 * Applies a rule's edits until none is left: the file is read again after each round, since an applied
 * fix can make the next report fixable, and of two overlapping edits one waits for the next round. Stops
 * when a round has no edit or changes nothing, or after `maxRounds`. Undefined when an output cannot be
 * read: the transform then hands back the file unchanged, never a broken one.
 */
export function applyRounds<R>(text: string, reading: R, rounds: Rounds<R>, maxRounds: number): { text: string; reading: R } | undefined {
  for (let round = 0; round < maxRounds; round++) {
    const edits = rounds.edits(reading, text);
    if (edits.length === 0) break;
    const next = applyEdits(text, deferOverlapping(edits).now);
    if (next === text) break;
    const again = rounds.read(next);
    if (again === undefined) return undefined;
    [text, reading] = [next, again];
  }
  return { text, reading };
}
