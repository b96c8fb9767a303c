// Names in a jscodeshift (Babel) tree: which identifiers are references to a binding, and which names are
// free for new imports or variables. ast-types' scopes resolve the bindings (imports, params, locals).
import type { ASTPath, Collection, JSCodeshift } from 'jscodeshift';

/** An ast-types scope (its typings are `any`-based; this is the part we use). */
export interface Scope {
  isGlobal: boolean;
  lookup(name: string): Scope | null;
}

/** Field names under which an identifier names a property or label, not a binding. */
const KEY_PARENTS = new Set([
  'ObjectProperty', 'Property', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod', 'ClassProperty',
  'ClassAccessorProperty', 'TSPropertySignature', 'TSMethodSignature', 'TSDeclareMethod', 'TSAbstractMethodDefinition',
  'MethodDefinition', 'PropertyDefinition', 'TSEnumMember', 'ObjectTypeProperty',
]);

/**
 * Whether the identifier at `path` is a use of a binding (a value or type reference, or a declaration),
 * rather than a property name, an object key, an import/export alias or a label.
 */
export function isBindingIdentifier(path: ASTPath): boolean {
  const parent = path.parent?.node as { type: string; computed?: boolean } | undefined;
  if (!parent) return true;
  const field = path.name;
  if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && field === 'property' && !parent.computed) return false;
  if (KEY_PARENTS.has(parent.type) && field === 'key' && !parent.computed) return false;
  if (parent.type === 'ImportSpecifier' || parent.type === 'ImportDefaultSpecifier' || parent.type === 'ImportNamespaceSpecifier') return false;
  if (parent.type === 'ExportSpecifier' && field === 'exported') return false;
  if (parent.type === 'TSQualifiedName' && field === 'right') return false;
  if (field === 'label') return false;
  return true;
}

/** The scope that declares `name` as seen from `path` (null: a global or an undeclared name). */
export function scopeOf(path: object, name: string): Scope | null {
  const scope = (path as unknown as { scope?: Scope | null }).scope;
  return scope ? scope.lookup(name) : null;
}

/** The program scope of `root`. */
export function programScope(j: JSCodeshift, root: Collection): Scope | null {
  const program = root.find(j.Program).paths()[0];
  return program ? ((program as unknown as { scope?: Scope | null }).scope ?? null) : null;
}

/**
 * Every identifier (and JSX element name) in `root` that uses the binding `name` declared in `scope`:
 * value and type references, shorthand properties, export specifiers. The import specifier that
 * declares an imported binding is not included.
 */
export function referencesTo(j: JSCodeshift, root: Collection, name: string, scope: Scope | null): ASTPath[] {
  const refs: ASTPath[] = [];
  root.find(j.Identifier, { name }).forEach((path) => {
    if (isBindingIdentifier(path) && scopeOf(path, name) === scope) refs.push(path);
  });
  root.find(j.JSXIdentifier, { name }).forEach((path) => {
    const parent = path.parent?.node as { type: string } | undefined;
    const isElementName = parent?.type === 'JSXOpeningElement' || (parent?.type === 'JSXMemberExpression' && path.name === 'object');
    if (isElementName && scopeOf(path, name) === scope) refs.push(path);
  });
  return refs;
}

/** Whether any identifier or JSX element name `name` is left in `root`, import specifiers aside. */
export function isNameUsed(j: JSCodeshift, root: Collection, name: string): boolean {
  if (root.find(j.Identifier, { name }).some((path) => isBindingIdentifier(path))) return true;
  return root.find(j.JSXIdentifier, { name }).some((path) => (path.parent?.node as { type: string } | undefined)?.type !== 'JSXAttribute');
}

/**
 * Whether `name` is used anywhere in `root` as a binding or reference (in any scope), or imported, so
 * that a new module-level binding of that name could collide with or shadow it. `released` holds import
 * specifiers about to be removed: their local names do not count.
 */
export function isNameTaken(j: JSCodeshift, root: Collection, name: string, released: ReadonlySet<object> = new Set()): boolean {
  if (isNameUsed(j, root, name)) return true;
  return root.find(j.ImportDeclaration).some((path) => (path.node.specifiers ?? []).some((spec) => !released.has(spec) && spec.local?.name === name));
}

/**
 * The first of `candidates` that is free in `root` and not in `reserved`; else the last candidate with a
 * numeric suffix. The chosen name is added to `reserved`.
 */
export function uniqueName(j: JSCodeshift, root: Collection, candidates: readonly string[], reserved: Set<string>, released: ReadonlySet<object> = new Set()): string {
  const free = (name: string) => !reserved.has(name) && !isNameTaken(j, root, name, released);
  let chosen = candidates.find(free);
  if (chosen === undefined) {
    const base = candidates[candidates.length - 1] ?? 'value';
    for (let i = 2; chosen === undefined; i++) if (free(`${base}${i}`)) chosen = `${base}${i}`;
  }
  reserved.add(chosen);
  return chosen;
}
