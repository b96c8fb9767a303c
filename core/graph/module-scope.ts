// What the top-level names of a module are: imports answered by the graph, declarations evaluated in
// the module's own scope. Memoised per module and epoch, with a visiting marker for names whose value
// depends on itself (then: unknown).
import { currentEpoch } from './epoch.ts';
import { evaluate, type EvalScope, type ModuleContext } from './evaluate.ts';
import type { Value } from './values.ts';

const VISITING = Symbol('visiting');

interface Memo {
  epoch: number;
  values: Map<string, Value | undefined | typeof VISITING>;
  scope: EvalScope;
}

const memos = new WeakMap<ModuleContext, Memo>();

function memoOf(module: ModuleContext): Memo {
  let memo = memos.get(module);
  if (!memo || memo.epoch !== currentEpoch()) {
    const scope: EvalScope = { module, identifier: (id) => moduleBinding(module, id.name) };
    memo = { epoch: currentEpoch(), values: new Map(), scope };
    memos.set(module, memo);
  }
  return memo;
}

/** The scope of a module's top level. */
export const moduleScope = (module: ModuleContext): EvalScope => memoOf(module).scope;

/** The value of a top-level name of `module` (an import or a declaration). */
export function moduleBinding(module: ModuleContext, name: string): Value | undefined {
  const memo = memoOf(module);
  const hit = memo.values.get(name);
  if (hit === VISITING) return undefined;
  if (memo.values.has(name)) return hit;
  memo.values.set(name, VISITING);
  let value: Value | undefined;
  try {
    const imported = module.summary.imports.get(name);
    if (imported) value = imported.typeOnly ? undefined : module.importValue(imported);
    else {
      const decl = module.summary.declarations.get(name);
      value = decl && evaluate(decl, memo.scope);
    }
  } finally {
    memo.values.set(name, value);
  }
  return value;
}
