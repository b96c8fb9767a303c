// The imports, once every use is rewritten: local names chosen for the new imports (the factory's own
// name, else an alias; an existing import of the same module is reused) and written into the edits'
// placeholders; migrated helper specifiers removed; new names merged into an existing import of their
// module (types into `import type`, or inline `type X`), the rest as new declarations in the place of the
// first helper import (which keeps the file header above it); whole declarations retargeted; imports
// that only the migrated code used (`cookies`, `NextResponse`, a `Database` type) removed. Imports that
// were unused already are not ours to remove.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { insertImports, importText, updateSpecifiers, type ImportedName, type ImportToAdd } from '../fix/insert-import.ts';
import { removeStatement } from '../fix/remove-statement.ts';
import { SUPABASE_JS_PACKAGE } from '../../core/supabase.ts';
import type { TextEdit } from '../lib/edits.ts';
import { uniqueName } from '../lib/names.ts';
import { retarget, typeOnly } from './modules.ts';
import { existingLocal, existingModuleImport, importedName, importsFrom, referencesOf, wholeTarget, type HelperFile } from './read.ts';
import type { Rewrite } from './write.ts';

/** Non-helper import specifiers in use before the migration: removed afterwards when the migrated code was their only user. */
export function cleanupCandidates(file: HelperFile): TSESTree.ImportClause[] {
  return file.program.body
    .filter((s): s is TSESTree.ImportDeclaration => s.type === 'ImportDeclaration' && !file.helperImports.includes(s))
    .flatMap((decl) => decl.specifiers.filter((spec) => referencesOf(file, spec).length > 0));
}

export function writeImports(w: Rewrite, candidates: readonly TSESTree.ImportClause[]): void {
  const { file } = w;
  // 1. Local names: helper specifiers that go away free theirs (`createServerComponentClient as createClient`).
  const released = new Set([...w.removed].filter((spec) => !w.movedSpecs.has(spec)));
  const names = new Map<string, string>();
  const additions: { source: string; imported: string; local: string; type: boolean }[] = [];
  for (const entry of w.pending.values()) {
    const existing = entry.module ? existingModuleImport(file, entry.module, entry.imported) : existingLocal(file, entry.source, entry.imported);
    const local = existing ?? uniqueName(file.parsed, entry.candidates, w.reserved, released);
    if (existing === undefined) additions.push({ source: entry.source, imported: entry.imported, local, type: false });
    names.set(entry.placeholder, local);
  }
  additions.push(...w.moved);
  const resolve = (text: string) => text.replace(/__supabaseImport\d+__/g, (p) => names.get(p) ?? p);
  for (let i = 0; i < w.edits.length; i++) w.edits[i] = { range: w.edits[i]!.range, text: resolve(w.edits[i]!.text) };
  for (let i = 0; i < w.replaced.length; i++) w.replaced[i] = { range: w.replaced[i]!.range, text: resolve(w.replaced[i]!.text) };

  // 2. Where each new name goes.
  const joins = new Map<TSESTree.ImportDeclaration, ImportedName[]>();
  const created = new Map<string, ImportToAdd & { names: ImportedName[] }>();
  for (const item of additions) {
    const isType = item.type && file.typescript;
    const existing = importsFrom(file, item.source).filter((d) => !file.helperImports.includes(d) && d.specifiers.length > 0 && !d.specifiers.some((s) => s.type === 'ImportNamespaceSpecifier'));
    const name: ImportedName = { imported: item.imported, local: item.local, type: isType };
    const already = [...existing.flatMap((d) => d.specifiers.map((s) => [importedName(s), s.local.name])), ...(created.get(item.source)?.names ?? []).map((n) => [n.imported, n.local])];
    if (already.some(([imported, local]) => imported === item.imported && local === item.local)) continue;
    const target = (isType && existing.find((d) => d.importKind === 'type')) || existing.find((d) => d.importKind !== 'type');
    if (target) {
      joins.set(target, [...(joins.get(target) ?? []), name]);
      continue;
    }
    const pending = created.get(item.source);
    if (!pending) created.set(item.source, { source: item.source, names: [name], typeOnly: isType });
    else if (pending.typeOnly && !isType) {
      // a value name joins a declaration so far type-only: its names become inline `type` specifiers
      pending.typeOnly = false;
      pending.names.push(name);
    } else pending.names.push(isType || !pending.typeOnly ? name : { ...name, type: true });
  }

  // 3. Declarations: helper ones lose their migrated specifiers (or go, or give their place to the new
  //    ones), others gain names or lose the ones only the migrated code used.
  const unused = unusedAfter(w, candidates);
  const edits: TextEdit[] = [];
  const anchor = file.helperImports[0];
  const newDecls = [...created.values()];
  for (const decl of file.helperImports) {
    const target = wholeTarget(file, decl);
    if (target) {
      retarget(w, decl.source, target);
      if (target === SUPABASE_JS_PACKAGE && file.typescript) typeOnly(w, decl);
      continue;
    }
    const emptied = decl.specifiers.length > 0 && decl.specifiers.every((s) => w.removed.has(s));
    if (decl === anchor && emptied && newDecls.length > 0) {
      edits.push({ range: decl.range, text: newDecls.map((d) => importText(d, file.style)).join(file.style.eol) });
      continue;
    }
    edits.push(...(emptied ? removeStatement(file.text, decl) : updateSpecifiers(file.sourceCode, decl, w.removed, [], file.style)));
    if (decl === anchor) edits.push(...insertImports(file.sourceCode, newDecls, file.style, decl));
  }
  if (!anchor) edits.push(...insertImports(file.sourceCode, newDecls, file.style));
  for (const decl of file.program.body) {
    if (decl.type !== 'ImportDeclaration' || file.helperImports.includes(decl)) continue;
    const remove = new Set(decl.specifiers.filter((s) => unused.has(s)));
    edits.push(...updateSpecifiers(file.sourceCode, decl, remove, joins.get(decl) ?? [], file.style));
  }
  w.edits.push(...edits);
}

/** Candidates no use of which is left: every reference is inside replaced code, and no new code names them. */
function unusedAfter(w: Rewrite, candidates: readonly TSESTree.ImportClause[]): Set<TSESTree.Node> {
  const inReplaced = (node: TSESTree.Node) => w.replaced.some((r) => node.range[0] >= r.range[0] && node.range[1] <= r.range[1]);
  const word = (name: string) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`);
  const unused = new Set<TSESTree.Node>();
  for (const spec of candidates) {
    if (referencesOf(w.file, spec).some((ref) => !inReplaced(ref))) continue;
    if (w.edits.some((e) => word(spec.local.name).test(e.text))) continue;
    unused.add(spec);
  }
  return unused;
}
