// Facts from the file: whether the `require-dynamic-auth-page` rule checks it at all (App Router pages,
// layouts, routes, templates, defaults), and the rule's reports, run through ESLint.
import { relative } from 'node:path';
import { DEFAULT_PAGE_EXTENSIONS, fileKind } from '../../core/next.ts';
import { toPosix } from '../../core/source-file.ts';
import { lintWithRule, type RuleRun, type RuleToRun } from '../lib/apply-rule.ts';
import type { ProjectInfo } from '../lib/types.ts';

/** The App Router files whose segment config or cache scopes the rule checks. */
const RULE_FILES: readonly string[] = ['page', 'layout', 'route', 'template', 'default'];

export function isRuleFile(filePath: string, project: ProjectInfo): boolean {
  const rel = toPosix(relative(project.root, filePath));
  if (rel.startsWith('../') || rel === '..') return false;
  const kind = fileKind(rel, { srcDir: project.srcDir, pageExtensions: project.pageExtensions ?? DEFAULT_PAGE_EXTENSIONS });
  return kind.type === 'app' && RULE_FILES.includes(kind.file);
}

/**
 * The rule's reports on `text`. `strict` turns on the `strict` preset's `requireExplicitDynamic`, which only
 * applies when `cacheComponents` is known to be off (with it on, `force-dynamic` is a build error).
 */
export function readReports(text: string, path: string, project: ProjectInfo, rule: RuleToRun, strict: boolean): RuleRun {
  return lintWithRule(text, path, project, { ...rule, options: [{ requireExplicitDynamic: strict && project.strict === true && project.cacheComponents === false }] });
}
