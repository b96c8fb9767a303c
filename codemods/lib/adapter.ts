import type { API, FileInfo, Transform } from 'jscodeshift';
import { projectInfoFor } from './project-info.ts';
import type { Codemod } from './types.ts';

/**
 * The jscodeshift face of a codemod, for `npx jscodeshift -t dist/codemods/<name>.js <paths>`: it computes
 * the project facts from the file's own app, returns the new source (or undefined: "skipped"), and passes
 * each review item to `api.report` when the runner provides one.
 */
export function toJscodeshift(codemod: Codemod): Transform {
  return (file: FileInfo, api: API) => {
    if (!codemod.mightApply(file.source)) return undefined;
    const result = codemod.transform({ path: file.path, source: file.source }, projectInfoFor(file.path));
    for (const item of result.review) api.report?.(`${file.path}:${item.line}: ${item.message}`);
    return result.output;
  };
}
