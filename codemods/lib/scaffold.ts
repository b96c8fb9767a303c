// The files the runner creates when a transform needs a canonical factory the app lacks
// (`TransformResult.needsFactories`). The code comes from core/templates.ts; this module only decides
// which files and with which options. It never overwrites: a file that exists (on disk, or in the plan
// already) is left out.
import { isFile } from '../../core/source-file.ts';
import {
  browserFactoryTemplate,
  middlewareHelperTemplate,
  pagesApiTemplate,
  pagesServerPropsTemplate,
  serverFactoryTemplate,
  type TemplateOptions,
} from '../../core/templates.ts';
import type { FactoryRole, ProjectInfo } from './types.ts';

export interface PlannedFile {
  /** Absolute path of the new file. */
  path: string;
  content: string;
  role: FactoryRole;
}

const TEMPLATES: Readonly<Record<FactoryRole, (o: TemplateOptions) => string>> = {
  server: serverFactoryTemplate,
  browser: browserFactoryTemplate,
  middleware: middlewareHelperTemplate,
  serverProps: pagesServerPropsTemplate,
  api: pagesApiTemplate,
};

/** Run order of the roles, so a plan always lists files in the same order. */
const ROLE_ORDER: readonly FactoryRole[] = ['server', 'browser', 'middleware', 'serverProps', 'api'];

/** New files for the `roles` the transforms asked for and that `project` does not have yet. */
export function scaffoldPlan(project: ProjectInfo, roles: Iterable<FactoryRole>): PlannedFile[] {
  const wanted = new Set(roles);
  const options: TemplateOptions = { typescript: project.typescript, urlEnv: project.env.url, keyEnv: project.env.key, has: project.capabilities.has };
  const plan: PlannedFile[] = [];
  for (const role of ROLE_ORDER) {
    if (!wanted.has(role)) continue;
    const location = project.factories[role];
    if (location.exists || isFile(location.file) || plan.some((p) => p.path === location.file)) continue;
    plan.push({ path: location.file, content: TEMPLATES[role](options), role });
  }
  return plan;
}
