// Adding and removing import specifiers in a jscodeshift (Babel) tree without losing the comments that
// recast attaches to the statements: a removed statement hands its leading comments (the file header,
// a licence, an eslint-disable) to the statement that takes its place.
import type { ASTPath, Collection, ImportDeclaration, JSCodeshift } from 'jscodeshift';

interface Comment {
  leading?: boolean;
  trailing?: boolean;
}
type Commented = { comments?: Comment[] | null };

/** Moves the leading comments of `from` to the front of `to`'s comments (trailing ones are dropped). */
export function moveLeadingComments(from: object, to: object): void {
  const source = from as Commented;
  const leading = (source.comments ?? []).filter((c) => c.leading);
  source.comments = (source.comments ?? []).filter((c) => !c.leading);
  if (leading.length === 0) return;
  const target = to as Commented;
  target.comments = [...leading, ...(target.comments ?? [])];
}

/**
 * Removes the statement at `path`; its leading comments move to the next statement of the same list
 * (or the previous one when it was the last), so a file header survives the removal of the first import.
 */
export function removeStatementKeepingComments(path: ASTPath): void {
  const list = path.parentPath?.value as unknown[] | undefined;
  if (Array.isArray(list)) {
    const index = list.indexOf(path.node);
    const heir = list[index + 1] ?? list[index - 1];
    if (heir && typeof heir === 'object') moveLeadingComments(path.node, heir);
  }
  path.prune();
}

/** The name a specifier imports: `'default'`, `'*'` or the exported name. */
export function importedName(spec: ImportDeclaration['specifiers'] extends (infer S)[] | undefined ? S : never): string {
  if (spec.type === 'ImportDefaultSpecifier') return 'default';
  if (spec.type === 'ImportNamespaceSpecifier') return '*';
  const imported = spec.imported as { type: string; name?: string; value?: string };
  return imported.type === 'Identifier' ? imported.name! : String(imported.value);
}

/** The import declarations of `source` in `root`. */
export function importsFrom(j: JSCodeshift, root: Collection, source: string): ASTPath<ImportDeclaration>[] {
  return root.find(j.ImportDeclaration).filter((path) => path.node.source.value === source).paths();
}

/** Local name of `imported` when some import of `source` already brings it in. */
export function existingLocal(j: JSCodeshift, root: Collection, source: string, imported: string): string | undefined {
  for (const decl of importsFrom(j, root, source)) {
    for (const spec of decl.node.specifiers ?? []) {
      if (importedName(spec) === imported && spec.local) return spec.local.name as string;
    }
  }
  return undefined;
}

/** A named import to add: `type` marks a type-only name (`import type`, or an inline `type` specifier). */
export interface NamedImport {
  source: string;
  imported: string;
  local: string;
  type: boolean;
}

/** Whether a declaration can take more named specifiers (not `import * as x`, not a side-effect import). */
function acceptsNamed(decl: ImportDeclaration): boolean {
  const specs = decl.specifiers ?? [];
  return specs.length > 0 && !specs.some((s) => s.type === 'ImportNamespaceSpecifier');
}

/**
 * Adds `imports` to `root`: each is merged into an existing import of its source when there is one
 * (`type` names into an `import type` declaration, or inline as `type X` into a value import), and
 * the rest become new declarations, returned in order for the caller to place. Names already
 * imported under the same local are skipped. `typescript: false` never emits `type` (JS files).
 */
export function mergeImports(j: JSCodeshift, root: Collection, imports: readonly NamedImport[], typescript: boolean, exclude: ReadonlySet<object> = new Set()): ImportDeclaration[] {
  const created = new Map<string, ImportDeclaration>();
  for (const item of imports) {
    const isType = item.type && typescript;
    const existing = importsFrom(j, root, item.source).filter((d) => !exclude.has(d.node) && acceptsNamed(d.node));
    const already = [...existing.map((d) => d.node), ...(created.has(item.source) ? [created.get(item.source)!] : [])].some((decl) =>
      (decl.specifiers ?? []).some((s) => s.type === 'ImportSpecifier' && importedName(s) === item.imported && s.local?.name === item.local),
    );
    if (already) continue;
    const spec = j.importSpecifier(j.identifier(item.imported), item.local === item.imported ? null : j.identifier(item.local));
    const typeOnlyDecl = existing.find((d) => d.node.importKind === 'type');
    const valueDecl = existing.find((d) => d.node.importKind !== 'type');
    if (isType && typeOnlyDecl) {
      typeOnlyDecl.node.specifiers!.push(spec);
      continue;
    }
    if (valueDecl) {
      if (isType) (spec as { importKind?: string }).importKind = 'type';
      valueDecl.node.specifiers!.push(spec);
      continue;
    }
    const pending = created.get(item.source);
    if (pending) {
      if (pending.importKind === 'type' && !isType) {
        // a value name joins a declaration so far type-only: turn its names into inline `type` specifiers
        pending.importKind = 'value';
        for (const s of pending.specifiers ?? []) (s as { importKind?: string }).importKind = 'type';
      } else if (pending.importKind !== 'type' && isType) {
        (spec as { importKind?: string }).importKind = 'type';
      }
      pending.specifiers!.push(spec);
      continue;
    }
    const decl = j.importDeclaration([spec], j.stringLiteral(item.source));
    if (isType) decl.importKind = 'type';
    created.set(item.source, decl);
  }
  return [...created.values()];
}
