// `supabase-auth check [paths…]`: lints any project with this plugin's `recommended` config, through the
// ESLint API, without reading the project's own ESLint config (`overrideConfigFile: true`): a pull-request
// gate that works the same whatever the app's lint setup is. It lints exactly the files `migrate` reads
// (cli/files.ts): `.gitignore` respected, regular files only, unreadable files listed as errors.
import tsParser from '@typescript-eslint/parser';
import { relative } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import plugin from '../index.ts';
import { readSourceFile, walkSourceFiles } from './files.ts';
import { IGNORED_DIRS, resolvePaths, type Io } from './paths.ts';
import { CHECK_RULE_IDS, toSarif } from './sarif.ts';

export const CHECK_FORMATS = ['stylish', 'json', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
  paths: string[];
  format: CheckFormat;
}

const SOURCE_FILES = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];

/** The whole configuration `check` lints with. */
export function checkConfig(): Linter.Config[] {
  return [
    { name: 'supabase-auth-check/ignores', ignores: IGNORED_DIRS },
    ...plugin.configs.recommended,
    {
      name: 'supabase-auth-check/parser',
      files: SOURCE_FILES,
      languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
      // The app's `eslint-disable` comments name rules of its own config, which is not loaded here.
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
  ];
}

/** ESLint's own message for a file that does not parse: the one core message that stops our rules. */
const isParseError = (m: Linter.LintMessage): boolean => m.ruleId === null && m.fatal === true && m.message.startsWith('Parsing error');

/**
 * ESLint's messages about the app's own comments that are not parse errors: ESLint 10 reports an
 * `/* eslint-env *\/` comment (no longer supported) as a fatal error, and an unreadable inline config or
 * an unused disable directive without a rule id. They concern the app's lint setup, not its auth.
 */
function coreMessages(results: readonly ESLint.LintResult[]): { filePath: string; message: Linter.LintMessage }[] {
  return results.flatMap((r) => r.messages.filter((m) => m.ruleId === null && !isParseError(m)).map((message) => ({ filePath: r.filePath, message })));
}

/**
 * Keeps this plugin's messages and parse errors only. The app's inline comments name rules of its own
 * config (`// eslint-disable-next-line react-hooks/exhaustive-deps` → "Definition for rule … was not
 * found"), turn on core rules (an `eslint no-console: "error"` config comment) or hold config ESLint
 * cannot read or no longer supports (see {@link coreMessages}): none of it is this command's business,
 * while `eslint-disable` comments for our rules keep working.
 */
export function ownMessages(results: ESLint.LintResult[]): ESLint.LintResult[] {
  const prefix = `${plugin.meta.namespace}/`;
  return results.map((result) => {
    const messages = result.messages.filter((m) => (m.ruleId === null ? isParseError(m) : m.ruleId.startsWith(prefix)));
    if (messages.length === result.messages.length) return result;
    const count = (severity: number, extra: (m: Linter.LintMessage) => boolean = () => true) => messages.filter((m) => m.severity === severity && extra(m)).length;
    return {
      ...result,
      messages,
      errorCount: count(2),
      fatalErrorCount: count(2, (m) => m.fatal === true),
      warningCount: count(1),
      fixableErrorCount: count(2, (m) => m.fix !== undefined),
      fixableWarningCount: count(1, (m) => m.fix !== undefined),
    };
  });
}

/** A result for a file no rule could look at (it cannot be read): one fatal error with our rule id. */
function unreadableResult(filePath: string, reason: string): ESLint.LintResult {
  const message: Linter.LintMessage = { ruleId: CHECK_RULE_IDS.unreadableFile, fatal: true, severity: 2, message: `The file was not checked: ${reason}`, line: 1, column: 1 };
  return { filePath, messages: [message], suppressedMessages: [], errorCount: 1, fatalErrorCount: 1, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] };
}

export async function runCheck(options: CheckOptions, io: Io): Promise<number> {
  const paths = resolvePaths(options.paths, io.cwd).map((p) => p.real);
  const { files } = await walkSourceFiles(paths);
  const eslint = new ESLint({ cwd: io.cwd, overrideConfigFile: true, overrideConfig: checkConfig() });
  const linted: ESLint.LintResult[] = [];
  const unreadable: ESLint.LintResult[] = [];
  const skipped: string[] = [];
  for (const filePath of files) {
    const read = readSourceFile(filePath);
    if (!read.ok && read.skipped) skipped.push(`${relative(io.cwd, filePath)}: ${read.reason}`);
    else if (!read.ok) unreadable.push(unreadableResult(filePath, read.reason));
    else linted.push(...(await eslint.lintText(read.source.text, { filePath })));
  }
  const own = ownMessages(linted);
  // Said on stderr, so stdout stays the format asked for; neither counts as a finding.
  for (const line of skipped) io.stderr(`supabase-auth check: skipped ${line}\n`);
  const ignored = coreMessages(linted);
  if (ignored.length > 0) {
    const first = ignored[0]!;
    io.stderr(
      `supabase-auth check: ignored ${ignored.length} ESLint message${ignored.length === 1 ? '' : 's'} about the app's own lint comments, not about Supabase auth ` +
        `(e.g. ${relative(io.cwd, first.filePath)}:${first.message.line} "${first.message.message}")\n`,
    );
  }
  const results = [...own, ...unreadable].sort((a, b) => a.filePath.localeCompare(b.filePath));
  if (options.format === 'sarif') {
    const sarif = toSarif(results, eslint.getRulesMetaForResults(own), {
      cwd: io.cwd,
      toolName: plugin.meta.name,
      toolVersion: plugin.meta.version,
      informationUri: 'https://github.com/supabase-community/eslint-plugin-supabase-auth',
    });
    io.stdout(`${JSON.stringify(sarif, null, 2)}\n`);
  } else {
    const formatter = await eslint.loadFormatter(options.format);
    const text = await formatter.format(results);
    if (text) io.stdout(text.endsWith('\n') ? text : `${text}\n`);
    if (options.format === 'stylish' && results.every((r) => r.errorCount + r.warningCount === 0)) {
      io.stderr(`supabase-auth check: no problems in ${results.length} file${results.length === 1 ? '' : 's'}.\n`);
    }
  }
  return results.some((r) => r.errorCount > 0) ? 1 : 0;
}
