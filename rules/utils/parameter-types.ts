// What a parameter is, read from its type annotation (the rules run without type information, so the
// annotation is all there is), followed through local type aliases, interfaces and type literals:
// - Next's cookie store: the early `@supabase/ssr` guide passed it into the factory
//   (`createClient(cookieStore: ReturnType<typeof cookies>)`), and apps kept the shape after Next 15
//   (`Awaited<ReturnType<typeof cookies>>`, an alias, or a property of an options object);
// - a Supabase client (`supabase: SupabaseClient<Database>`): server helpers that take the client their
//   caller created (`currentUser(supabase)`).
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { ImportBinding } from '../../core/graph/summary.ts';
import { NEXT_COOKIE_STORE_TYPES, NEXT_HEADERS_MODULE } from '../../core/next.ts';
import { SUPABASE_CLIENT_TYPE, SUPABASE_CLIENT_TYPE_SOURCES } from '../../core/supabase.ts';

/** Aliases followed before giving up (an alias chain, or a cycle). */
const MAX_DEPTH = 4;

export interface TypeScope {
  /** Whether `id` (the `x` of `typeof x`) is the `cookies` function of `next/headers`. */
  isCookiesFunction(id: TSESTree.Identifier): boolean;
  /** The module a type name is imported from (`SupabaseClient` → `@supabase/supabase-js`), if it is imported. */
  importSource(name: string): string | undefined;
  /** The module-level type alias or interface named `name`. */
  declaration(name: string): TSESTree.TSTypeAliasDeclaration | TSESTree.TSInterfaceDeclaration | undefined;
}

/** What `type` stands for when it names a local type alias (`type CookieStore = …`); else undefined. */
function aliasOf(type: TSESTree.TypeNode, scope: TypeScope): TSESTree.TypeNode | undefined {
  if (type.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier) return undefined;
  const declaration = scope.declaration(type.typeName.name);
  return declaration?.type === AST_NODE_TYPES.TSTypeAliasDeclaration ? declaration.typeAnnotation : undefined;
}

/** Whether `type` names Next's request cookie store. */
export function namesCookieStore(type: TSESTree.TypeNode | undefined, scope: TypeScope, depth = 0): boolean {
  if (!type || depth > MAX_DEPTH) return false;
  if (type.type === AST_NODE_TYPES.TSTypeQuery) return type.exprName.type === AST_NODE_TYPES.Identifier && scope.isCookiesFunction(type.exprName);
  if (type.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier) return false;
  const name = type.typeName.name;
  if (NEXT_COOKIE_STORE_TYPES.includes(name)) return true;
  const [argument] = type.typeArguments?.params ?? [];
  // `ReturnType<typeof cookies>` (Next ≤ 14, or before await) and `Awaited<…>` of it.
  if (name === 'ReturnType' || name === 'Awaited') return namesCookieStore(argument, scope, depth + 1);
  return namesCookieStore(aliasOf(type, scope), scope, depth + 1);
}

/** Whether `type` names supabase-js's `SupabaseClient` (imported from a module that exports it). */
function namesSupabaseClient(type: TSESTree.TypeNode | undefined, scope: TypeScope, depth = 0): boolean {
  if (!type || depth > MAX_DEPTH) return false;
  if (type.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier) return false;
  const name = type.typeName.name;
  const source = scope.importSource(name);
  if (source !== undefined) return name === SUPABASE_CLIENT_TYPE && SUPABASE_CLIENT_TYPE_SOURCES.includes(source);
  return namesSupabaseClient(aliasOf(type, scope), scope, depth + 1);
}

/** The type of property `key` in an object type (a literal, or an alias or interface naming one). */
function propertyType(type: TSESTree.TypeNode | undefined, key: string, scope: TypeScope, depth = 0): TSESTree.TypeNode | undefined {
  if (!type || depth > MAX_DEPTH) return undefined;
  let members: readonly TSESTree.TypeElement[] | undefined;
  if (type.type === AST_NODE_TYPES.TSTypeLiteral) members = type.members;
  else if (type.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier) {
    const declaration = scope.declaration(type.typeName.name);
    if (declaration?.type !== AST_NODE_TYPES.TSInterfaceDeclaration) return propertyType(aliasOf(type, scope), key, scope, depth + 1);
    members = declaration.body.body;
  }
  for (const member of members ?? []) {
    if (member.type === AST_NODE_TYPES.TSPropertySignature && !member.computed && member.key.type === AST_NODE_TYPES.Identifier && member.key.name === key) return member.typeAnnotation?.typeAnnotation;
  }
  return undefined;
}

/** The declared type of `variable` when it is a parameter, or a property destructured from one. */
function parameterType(variable: TSESLint.Scope.Variable, scope: TypeScope): TSESTree.TypeNode | undefined {
  const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Parameter') return undefined;
  const id = def.name as TSESTree.Node;
  if (id.type === AST_NODE_TYPES.Identifier && id.typeAnnotation) return id.typeAnnotation.typeAnnotation;
  // `{ cookieStore }: { cookieStore: … }` (also with a default value: `{ cookieStore } = …`)
  const property = id.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== id || property.key.type !== AST_NODE_TYPES.Identifier) return undefined;
  const pattern = property.parent;
  if (pattern?.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  const annotation = pattern.typeAnnotation ?? (pattern.parent?.type === AST_NODE_TYPES.AssignmentPattern ? pattern.parent.left.typeAnnotation : undefined);
  return propertyType(annotation?.typeAnnotation, property.key.name, scope);
}

/** Whether `variable` is a parameter (or a property destructured from one) typed as Next's cookie store. */
export function isCookieStoreParameter(variable: TSESLint.Scope.Variable, scope: TypeScope): boolean {
  return namesCookieStore(parameterType(variable, scope), scope);
}

/** Whether `variable` is a parameter (or a property destructured from one) typed as a Supabase client. */
export function isSupabaseClientParameter(variable: TSESLint.Scope.Variable, scope: TypeScope): boolean {
  return namesSupabaseClient(parameterType(variable, scope), scope);
}

/**
 * The TypeScope of a file: its module-level type aliases and interfaces (collected on first use), and its
 * imports (`importOf`, the module summary's view).
 */
export function fileTypeScope(sourceCode: Readonly<TSESLint.SourceCode>, importOf: (name: string) => ImportBinding | undefined): TypeScope {
  let declarations: Map<string, TSESTree.TSTypeAliasDeclaration | TSESTree.TSInterfaceDeclaration> | undefined;
  return {
    isCookiesFunction(id) {
      const binding = importOf(id.name);
      if (binding?.source !== NEXT_HEADERS_MODULE || binding.imported !== 'cookies') return false;
      // The import itself, not a local that shadows it.
      const variable = ASTUtils.findVariable(sourceCode.getScope(id), id);
      return variable?.scope.type === 'module' || variable?.scope.type === 'global';
    },
    importSource: (name) => importOf(name)?.source,
    declaration: (name) => (declarations ??= typeDeclarations(sourceCode.ast)).get(name),
  };
}

/** The module-level type declarations of `program`. */
function typeDeclarations(program: TSESTree.Program): Map<string, TSESTree.TSTypeAliasDeclaration | TSESTree.TSInterfaceDeclaration> {
  const found = new Map<string, TSESTree.TSTypeAliasDeclaration | TSESTree.TSInterfaceDeclaration>();
  for (const statement of program.body) {
    const node = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (node?.type === AST_NODE_TYPES.TSTypeAliasDeclaration || node?.type === AST_NODE_TYPES.TSInterfaceDeclaration) found.set(node.id.name, node);
  }
  return found;
}
