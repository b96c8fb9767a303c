// Names written literally in the source: `a.b` / `a['b']` members, `{ b: … }` / `{ 'b': … }` keys.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** The static name of `a.b` / `a['b']`. */
export function propertyName(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed && member.property.type === AST_NODE_TYPES.Identifier) return member.property.name;
  if (member.property.type === AST_NODE_TYPES.Literal && typeof member.property.value === 'string') return member.property.value;
  return undefined;
}

/** The static key of `{ b: … }`, `{ 'b': … }`, `{ ['b']: … }` (object literals and patterns). */
export function keyName(prop: TSESTree.Property | TSESTree.MethodDefinition): string | undefined {
  if (!prop.computed && prop.key.type === AST_NODE_TYPES.Identifier) return prop.key.name;
  if (prop.key.type === AST_NODE_TYPES.Literal && typeof prop.key.value === 'string') return prop.key.value;
  return undefined;
}
