// A SARIF 2.1.0 log of ESLint results, for code-scanning uploads (GitHub, Azure DevOps). Small on purpose:
// the Microsoft formatter depends on ESLint 8. Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ESLint, Rule } from 'eslint';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * Rule ids for what no rule reports: code scanning groups, filters and dismisses results by rule, so every
 * result needs one. ESLint gives a parse error `ruleId: null`.
 */
export const CHECK_RULE_IDS = {
  parseError: 'supabase-auth/parse-error',
  unreadableFile: 'supabase-auth/unreadable-file',
} as const;

const CHECK_RULE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  [CHECK_RULE_IDS.parseError]: 'The file could not be parsed, so no rule could check it',
  [CHECK_RULE_IDS.unreadableFile]: 'The file could not be read, so no rule could check it',
};

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: 'error' | 'warning';
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }[];
}

/** A relative URI reference for `file`: forward slashes, each segment percent-encoded. */
function relativeUri(cwd: string, file: string): string {
  return relative(cwd, file).split(sep).map(encodeURIComponent).join('/');
}

export function toSarif(
  results: readonly ESLint.LintResult[],
  rulesMeta: Record<string, Rule.RuleMetaData | undefined>,
  options: { cwd: string; toolName: string; toolVersion: string; informationUri: string },
): SarifLog {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const indexOf = (ruleId: string): number => {
    const known = ruleIndex.get(ruleId);
    if (known !== undefined) return known;
    const meta = rulesMeta[ruleId];
    rules.push({
      id: ruleId,
      shortDescription: { text: meta?.docs?.description ?? CHECK_RULE_DESCRIPTIONS[ruleId] ?? ruleId },
      ...(meta?.docs?.url ? { helpUri: meta.docs.url } : {}),
    });
    ruleIndex.set(ruleId, rules.length - 1);
    return rules.length - 1;
  };

  const sarifResults: SarifResult[] = [];
  for (const result of results) {
    for (const message of result.messages) {
      if ((message.severity as number) === 0) continue; // 'off' messages never reach results, but be safe
      const startLine = Math.max(message.line ?? 1, 1);
      const startColumn = Math.max(message.column ?? 1, 1);
      const endLine = Math.max(message.endLine ?? startLine, startLine);
      const endColumn = message.endColumn ?? startColumn;
      const ruleId = message.ruleId ?? CHECK_RULE_IDS.parseError; // only fatal messages lack one (ownMessages)
      sarifResults.push({
        ruleId,
        ruleIndex: indexOf(ruleId),
        level: message.severity === 2 ? 'error' : 'warning',
        message: { text: message.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: relativeUri(options.cwd, result.filePath), uriBaseId: '%SRCROOT%' },
              region: { startLine, startColumn, endLine, endColumn: endLine === startLine ? Math.max(endColumn, startColumn) : endColumn },
            },
          },
        ],
      });
    }
  }

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: options.toolName, version: options.toolVersion, informationUri: options.informationUri, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(options.cwd).href.replace(/\/$/, '')}/` } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}
