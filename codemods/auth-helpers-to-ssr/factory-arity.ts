// Whether a call of the app's own factory can take the arguments a construct passes (issue #8, item 3),
// from the factory's parameters as the project graph reads them (ProjectInfo.factories, project-info.ts).
import { SSR_PACKAGE } from '../../core/supabase.ts';
import type { FactoryRole } from '../lib/types.ts';
import type { Step } from './plan.ts';
import { factoryTarget, type HelperFile } from './read.ts';

/**
 * How many arguments each construct passes to the factory it calls: none to `createClient()`, the
 * context to the Pages `createClient(ctx)`, `req, res` to the API one, the request to `updateSession`.
 */
const SUPPLIED_ARGUMENTS: Record<FactoryRole, number> = { server: 0, browser: 0, serverProps: 1, api: 2, middleware: 1 };

/**
 * A call of the app's own factory only when it can take the arguments we pass (issue #8, item 3): an
 * existing `createClient({ cookieStore, isAdmin })` called as `createClient()` type-checks nowhere and
 * loses what the app passes on purpose, so the creator call stays, with a marker naming the signature.
 */
export function withinArity(file: HelperFile, name: string, step: Step): Step {
  const call = step.kind === 'factory' ? { role: step.role, node: step.call } : step.kind === 'middleware-body' ? { role: 'middleware' as const, node: step.fn } : undefined;
  const parameters = call && file.project.factories[call.role].parameters;
  if (!call || !parameters || parameters.required <= SUPPLIED_ARGUMENTS[call.role]) return step;
  const { role, node } = call;
  const { specifier } = factoryTarget(file, role);
  return {
    kind: 'mark',
    node,
    message: `\`${name}\` was left as it is: the app's factory \`${parameters.signature}\` from '${specifier}' needs arguments this codemod cannot supply. Call it with them here (awaited on the server), or build the client with ${role === 'browser' ? 'createBrowserClient' : 'createServerClient'} from ${SSR_PACKAGE}`,
  };
}
