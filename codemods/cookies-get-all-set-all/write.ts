// From the plan to text edits: the new `cookies` objects (in the file's line endings), the deleted
// deprecated methods, hoisted stores, `await cookies()` with the functions that become async and their
// callers (the async-propagation engine), the markers, and the imports: `serializeCookieHeader` added next
// to `createServerClient`, specifiers only the replaced code used (`CookieOptions`, `serialize`,
// `UnsafeUnwrappedCookies`) removed.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { updateSpecifiers } from '../fix/insert-import.ts';
import { removeObjectProperty } from '../fix/remove-object-property.ts';
import { AsyncPropagation } from '../lib/async-propagation.ts';
import { withLineEndings, type TextEdit } from '../lib/edits.ts';
import { indentOf, lineStartOf } from '../lib/source-code.ts';
import { restyle } from '../lib/style.ts';
import { TodoMarkers } from '../lib/todo-markers.ts';
import type { Step, SyncStep } from './plan.ts';
import { SERIALIZE, type CookieFile } from './read.ts';

export function writePlan(file: CookieFile, steps: readonly Step[], syncSteps: readonly SyncStep[]): { edits: TextEdit[]; asyncExports: string[] } {
  const { style } = file;
  const markers = new TodoMarkers(file.text, style);
  const engine = new AsyncPropagation({ file: file.parsed, role: file.role, markers, cause: 'it awaits `cookies()`' });
  const edits: TextEdit[] = [];
  /** Ranges whose old text is gone, and the text written there (for the import cleanup). */
  const replaced: TextEdit[] = [];
  const serializeInto = new Set<TSESTree.ImportDeclaration>();
  const edit = (range: readonly [number, number], text: string) => {
    const written: TextEdit = { range, text: withLineEndings(text, style.eol) };
    edits.push(written);
    if (range[1] > range[0]) replaced.push(written);
  };

  for (const step of steps) {
    if (step.kind === 'mark') markers.add(step.node, step.message);
    else if (step.kind === 'remove-deprecated') for (const p of step.properties) for (const e of removeObjectProperty(file.sourceCode, p)) edit(e.range, e.text);
    else {
      for (const e of step.edits) edit(e.range, e.text);
      edit(step.object.range, restyle(step.text, style, { base: indentOf(file.text, step.object.range[0]), expression: true }));
      if (step.importSerializeInto) serializeInto.add(step.importSerializeInto);
      if (step.hoist) {
        const { name, cookies, statement, fn } = step.hoist;
        const at = lineStartOf(file.text, statement.range[0]);
        edit([at, at], `${indentOf(file.text, statement.range[0])}const ${name} = await ${cookies}()${style.semi ? ';' : ''}\n`);
        engine.makeAsync(fn);
      }
    }
  }
  for (const step of syncSteps) {
    if (step.kind === 'mark') markers.add(step.node, step.message);
    else {
      edit(step.edit.range, step.edit.text);
      engine.makeAsync(step.fn);
    }
  }
  edits.push(...importEdits(file, replaced, serializeInto));
  return { edits: [...markers.edits(), ...edits, ...engine.result()], asyncExports: [...engine.asyncExports] };
}

/** Specifiers whose every use was replaced (and that the new code does not mention) go; `serializeCookieHeader` joins where needed. */
function importEdits(file: CookieFile, replaced: readonly TextEdit[], serializeInto: ReadonlySet<TSESTree.ImportDeclaration>): TextEdit[] {
  const inReplaced = (offset: number) => replaced.some((r) => offset >= r.range[0] && offset < r.range[1]);
  const mentioned = (name: string) => replaced.some((r) => new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`).test(r.text));
  const edits: TextEdit[] = [];
  for (const decl of file.program.body) {
    if (decl.type !== 'ImportDeclaration') continue;
    const remove = new Set<TSESTree.ImportClause>();
    for (const spec of decl.specifiers) {
      const refs = file.sourceCode.scopeManager?.getDeclaredVariables(spec)[0]?.references ?? [];
      if (refs.length > 0 && refs.every((r) => inReplaced(r.identifier.range[0])) && !mentioned(spec.local.name)) remove.add(spec);
    }
    if ([...remove].some((s) => s.type !== 'ImportSpecifier')) remove.clear(); // default and namespace imports are left alone
    const add = serializeInto.has(decl) ? [{ imported: SERIALIZE, local: SERIALIZE }] : [];
    edits.push(...updateSpecifiers(file.sourceCode, decl, remove, add, file.style));
  }
  return edits;
}
