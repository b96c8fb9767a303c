// The helpers' option bag and type arguments, turned into `@supabase/ssr` arguments: the explicit url and
// key or the env defaults the helpers read (`process.env.NEXT_PUBLIC_SUPABASE_URL!`, names from
// ProjectInfo, `!` in TypeScript only), `options` spread or inlined, `cookieOptions` and `isSingleton`
// kept, the helpers' third type argument (`Schema`) dropped.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { envExpression, indentBlock } from '../../core/templates.ts';
import type { Bag } from './plan.ts';
import { identifierName, textOf, type HelperFile } from './read.ts';

/** Keys of the helpers' option bag (0.7+: second argument; 0.5/0.6 and browser creators: first). */
export const OPTION_KEYS = ['supabaseUrl', 'supabaseKey', 'options', 'cookieOptions'];

/** `process.env.X` or `process.env['X']`: typed `string | undefined`. */
function isProcessEnv(node: TSESTree.Node): boolean {
  if (node.type !== 'MemberExpression') return false;
  const object = node.object;
  return object.type === 'MemberExpression' && !object.computed && identifierName(object.object) === 'process' && identifierName(object.property) === 'env';
}

/**
 * An explicit url or key as ssr's positional argument. The helpers typed these options `string | undefined`
 * and fell back to the env defaults; ssr takes `string`, so a `process.env.X` value (the common case) gets
 * TypeScript's `!`, as the helpers' own defaults have when written out (issue 8, class A: without it the
 * call misses its typed overload and every query of the client loses its `Database` types).
 */
function positional(file: HelperFile, node: TSESTree.Node): string {
  const text = textOf(file, node);
  return file.typescript && isProcessEnv(node) ? `${text}!` : text;
}

/** The explicit url and key, or the env defaults the helpers read. */
export function urlAndKey(file: HelperFile, bag: Bag): string {
  const url = bag.get('supabaseUrl');
  const key = bag.get('supabaseKey');
  return [
    url ? positional(file, url) : envExpression(file.project.env.url, file.typescript),
    key ? positional(file, key) : envExpression(file.project.env.key, file.typescript),
  ].join(', ');
}

/** Properties of ssr's third argument: `options` spread (inlined when a literal), `cookieOptions`, `isSingleton`. */
export function optionProps(file: HelperFile, bag: Bag): string[] {
  const props: string[] = [];
  const options = bag.get('options');
  if (options?.type === 'ObjectExpression') for (const p of options.properties) props.push(textOf(file, p));
  else if (options) props.push(`...${textOf(file, options)}`);
  for (const key of ['cookieOptions', 'isSingleton']) {
    const value = bag.get(key);
    if (value) props.push(identifierName(value) === key ? key : `${key}: ${textOf(file, value)}`);
  }
  return props;
}

/** `<Database, 'public'>` from the call (the helpers' third `Schema` argument dropped), or ''. */
export function typeArguments(file: HelperFile, call: TSESTree.CallExpression): string {
  const params = call.typeArguments?.params ?? [];
  return params.length === 0 ? '' : `<${params.slice(0, 2).map((p) => textOf(file, p)).join(', ')}>`;
}

/** `{\n  a,\n  b: c,\n}` from property texts (already dedented). */
export function objectText(props: readonly string[]): string {
  return `{\n${props.map((p) => `  ${indentBlock(p, '  ')},`).join('\n')}\n}`;
}
