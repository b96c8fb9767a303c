// Where a file reads env variables, and which expressions evaluate to a service-role or secret key: an env
// read with a secret name (`process.env.SUPABASE_SERVICE_ROLE_KEY`, `env.SUPABASE_SECRET_KEY`), an
// `sb_secret_…` literal, or a `const`/import/destructured name that holds one. Names decide, never types.
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { stripTypes } from '../../core/estree.ts';
import { isSecretEnvName, isSecretKeyLiteral } from '../../core/keys.ts';

/** How many `const` indirections are followed (`const a = process.env.X; const b = a`). */
const MAX_DEPTH = 4;

/** The static name of a member (`.X`, `['X']`, `` [`X`] ``), else undefined. */
export function memberName(member: TSESTree.MemberExpression): string | undefined {
  const { property } = member;
  if (!member.computed) return property.type === AST_NODE_TYPES.Identifier ? property.name : undefined;
  if (property.type === AST_NODE_TYPES.Literal && typeof property.value === 'string') return property.value;
  if (property.type === AST_NODE_TYPES.TemplateLiteral && property.expressions.length === 0) return property.quasis[0]!.value.cooked ?? undefined;
  return undefined;
}

/** The static name of an object property key, else undefined. */
export function propertyKeyName(prop: TSESTree.Property): string | undefined {
  if (!prop.computed && prop.key.type === AST_NODE_TYPES.Identifier) return prop.key.name;
  if (prop.key.type === AST_NODE_TYPES.Literal && typeof prop.key.value === 'string') return prop.key.value;
  return undefined;
}

/** `process.env` or `import.meta.env`: the objects whose members are the process's env variables. */
export function isEnvObject(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.MemberExpression || memberName(node) !== 'env') return false;
  const { object } = node;
  if (object.type === AST_NODE_TYPES.Identifier) return object.name === 'process';
  return object.type === AST_NODE_TYPES.MetaProperty && object.meta.name === 'import' && object.property.name === 'meta';
}

/** The env variable a member reads from `process.env`/`import.meta.env` (`process.env.X`, `process.env['X']`). */
export function envReadName(node: TSESTree.Node): string | undefined {
  return node.type === AST_NODE_TYPES.MemberExpression && isEnvObject(node.object) ? memberName(node) : undefined;
}

/** How a secret key reaches an expression, ready for a lint message: `` `SUPABASE_SERVICE_ROLE_KEY` `` or a literal. */
export type SecretSource = string;

const LITERAL_SOURCE = 'an `sb_secret_…` key';
const envSource = (name: string): SecretSource => `\`${name}\``;

/** Whether a string literal (or a template without expressions) is an `sb_secret_…` key. */
export function isSecretLiteral(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' && isSecretKeyLiteral(node.value);
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.expressions.length === 0 && isSecretKeyLiteral(node.quasis[0]!.value.cooked ?? '');
  return false;
}

/**
 * `some`: a secret key is one of the values `node` can take (`isAdmin ? serviceKey : anonKey`); `every`:
 * it is the only one, so replacing the client that gets it changes nothing else.
 */
export type Outcomes = 'some' | 'every';

/**
 * Which secret key `node` evaluates to, if its source says so; `undefined` when it is not one or cannot
 * be told (a parameter, a call result, an imported value with an ordinary name).
 */
export function secretKeySource(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, outcomes: Outcomes = 'some', depth = 0): SecretSource | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const inner = stripTypes(node);
  if (isSecretLiteral(inner)) return LITERAL_SOURCE;
  switch (inner.type) {
    case AST_NODE_TYPES.MemberExpression: {
      // process.env.X, import.meta.env.X, and validated env objects (`env.SUPABASE_SERVICE_ROLE_KEY`)
      const name = memberName(inner);
      return name !== undefined && isSecretEnvName(name) ? envSource(name) : undefined;
    }
    case AST_NODE_TYPES.ChainExpression:
      return secretKeySource(inner.expression, sourceCode, outcomes, depth);
    case AST_NODE_TYPES.LogicalExpression:
      // `process.env.SUPABASE_SERVICE_ROLE_KEY ?? ''`, `… || fallback`
      return secretKeySource(inner.left, sourceCode, outcomes, depth + 1) ?? secretKeySource(inner.right, sourceCode, outcomes, depth + 1);
    case AST_NODE_TYPES.ConditionalExpression:
      // `isAdmin ? process.env.SUPABASE_SERVICE_ROLE_KEY! : anonKey`: one outcome is the secret key
      if (outcomes === 'every') return secretKeySource(inner.consequent, sourceCode, outcomes, depth + 1) && secretKeySource(inner.alternate, sourceCode, outcomes, depth + 1);
      return secretKeySource(inner.consequent, sourceCode, outcomes, depth + 1) ?? secretKeySource(inner.alternate, sourceCode, outcomes, depth + 1);
    case AST_NODE_TYPES.CallExpression: {
      // Env helpers return what they are asked for: getEnv('SUPABASE_SERVICE_ROLE_KEY'),
      // Deno.env.get('SUPABASE_SERVICE_ROLE_KEY'), required(process.env.SUPABASE_SERVICE_ROLE_KEY, 'name').
      for (const arg of inner.arguments) {
        if (arg.type === AST_NODE_TYPES.Literal && typeof arg.value === 'string' && isSecretEnvName(arg.value)) return envSource(arg.value);
        if (arg.type === AST_NODE_TYPES.MemberExpression || arg.type === AST_NODE_TYPES.TSNonNullExpression) {
          const source = secretKeySource(arg, sourceCode, outcomes, depth + 1);
          if (source !== undefined) return source;
        }
      }
      return undefined;
    }
    case AST_NODE_TYPES.Identifier:
      return identifierSource(inner, sourceCode, outcomes, depth);
    default:
      return undefined;
  }
}

/** A name that holds a secret key: a `const` initialised with one, destructured from env, or imported under an env name. */
function identifierSource(id: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>, outcomes: Outcomes, depth: number): SecretSource | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(id), id);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || !def) return undefined;
  if (def.type === 'ImportBinding') {
    // import { SUPABASE_SERVICE_ROLE_KEY } from '@/env'
    const spec = def.node;
    if (spec.type !== AST_NODE_TYPES.ImportSpecifier) return undefined;
    const imported = spec.imported.type === AST_NODE_TYPES.Identifier ? spec.imported.name : spec.imported.value;
    return isSecretEnvName(imported) ? envSource(imported) : undefined;
  }
  if (def.type !== 'Variable' || def.parent.kind !== 'const' || !def.node.init) return undefined;
  const { id: pattern, init } = def.node;
  if (pattern.type === AST_NODE_TYPES.Identifier) return secretKeySource(init, sourceCode, outcomes, depth + 1);
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  // const { SUPABASE_SERVICE_ROLE_KEY: serviceKey } = process.env
  for (const prop of pattern.properties) {
    if (prop.type !== AST_NODE_TYPES.Property) continue;
    const value = prop.value.type === AST_NODE_TYPES.AssignmentPattern ? prop.value.left : prop.value;
    if (value !== variable.identifiers[0]) continue;
    const key = propertyKeyName(prop);
    return key !== undefined && isSecretEnvName(key) ? envSource(key) : undefined;
  }
  return undefined;
}
