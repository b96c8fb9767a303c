// Server creators: `createServerComponentClient({ cookies }, opts?)` and the route-handler, server-action
// and 0.5 variants. Without options of their own → `await createClient()` from the app's server factory;
// with options (or in the factory file itself) → `createServerClient` from `@supabase/ssr` in place, with
// the canonical `next/headers` cookie methods on `const cookieStore = await cookies()` declared first (an
// existing `const cookieStore = cookies()` behind `{ cookies: () => cookieStore }` is reused and awaited).
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { ASTUtils } from '@typescript-eslint/utils';
import { unwrap } from '../../core/clients.ts';
import { isFunction, type FunctionNode } from '../../core/estree.ts';
import { SSR_PACKAGE } from '../../core/supabase.ts';
import { indentBlock, nextHeadersCookieMethods } from '../../core/templates.ts';
import { removeStatement } from '../fix/remove-statement.ts';
import { uniqueName } from '../lib/names.ts';
import { restyle } from '../lib/style.ts';
import { existingLocal, identifierName, readBag, type HelperFile } from './read.ts';
import { OPTION_KEYS, objectText, optionProps, typeArguments, urlAndKey } from './options.ts';
import { enclosingFunction } from '../lib/source-code.ts';
import type { Rewrite } from './write.ts';

/** `const cookieStore = cookies()` feeding `{ cookies: () => cookieStore }`, declared in the same function. */
interface CookieStore {
  name: string;
  declarator: TSESTree.VariableDeclarator;
}

export function serverCall(w: Rewrite, name: string, call: TSESTree.CallExpression): boolean {
  const { file } = w;
  const { specifier, exportName } = w.factoryTarget('server');
  const target = `\`await ${exportName}()\` from '${specifier}'`;
  if (file.clientModule) {
    const browser = w.factoryTarget('browser');
    w.roles.add('browser').add('server');
    return w.todo(call, `\`${name}\` creates a server client in a 'use client' module: use \`${browser.exportName}()\` from '${browser.specifier}' here, or create the client in a Server Component, Route Handler or Server Action with ${target}`);
  }
  const args = call.arguments;
  const bag = new Map<string, TSESTree.Node>();
  const [first, second] = args;
  let problem: string | undefined;
  if (args.length > 2) problem = 'has more arguments than the helper took';
  else if (first?.type === 'ObjectExpression') problem = readBag(first, ['cookies', 'headers', ...OPTION_KEYS], bag);
  else if (first !== undefined && first.type !== 'Identifier' && first.type !== 'MemberExpression') problem = 'gets a cookie context this codemod cannot read';
  if (problem === undefined && second !== undefined) problem = readBag(second, OPTION_KEYS, bag);
  if (problem !== undefined) {
    w.roles.add('server');
    return w.todo(call, `\`${name}\` ${problem}: rewrite it as \`createServerClient(url, key, { ...options, cookieOptions, cookies: { getAll, setAll } })\` from ${SSR_PACKAGE} (see '${specifier}')`);
  }
  const check = w.asyncCheck(call);
  if (!check.ok) {
    w.roles.add('server');
    return w.todo(call, `\`${name}\` → ${target}, but ${check.why}: create the client inside an async function (a Server Component, Route Handler or Server Action)`);
  }
  const typeArgs = typeArguments(file, call);
  const hasOptions = OPTION_KEYS.some((k) => bag.has(k));
  const store = cookieStore(file, bag.get('cookies'), check.fn);

  if (!hasOptions && !w.isFactoryFile('server')) {
    w.noteUntypedFactory('server', typeArgs);
    w.replaceWithAwait(call, `${w.factoryRef('server')}()`);
    w.makeAsync(check.fn);
    if (store) removeIfUnused(w, store, call);
    return true;
  }

  const slot = statementIn(call, check.fn);
  if (!store && slot === null) {
    w.roles.add('server');
    return w.todo(call, `\`${name}\` → \`createServerClient(...)\` from ${SSR_PACKAGE} with \`const cookieStore = await cookies()\` before it; the call is not in a statement list, so this codemod leaves it to you`);
  }
  let storeName: string;
  if (store) {
    storeName = store.name;
    const init = store.declarator.init!;
    if (init.type !== 'AwaitExpression') w.replace([init.range[0], init.range[0]], 'await ');
  } else {
    storeName = uniqueName(file.parsed, ['cookieStore'], w.reserved);
  }
  const props = [...optionProps(file, bag), `cookies: ${nextHeadersCookieMethods(storeName)}`];
  const createServerClient = w.importRef(SSR_PACKAGE, 'createServerClient', ['createServerClient', 'createSsrServerClient']);
  const client = `${createServerClient}${typeArgs}(${urlAndKey(file, bag)}, ${objectText(props)})`;
  const unbound = w.unbound(call, client, [storeName]);
  if (unbound.length > 0) return w.todo(call, `\`${name}\` → \`createServerClient(...)\` from ${SSR_PACKAGE}, but its options use ${unbound.map((n) => `\`${n}\``).join(', ')}, which is not defined here: rewrite it by hand`);
  const cookies = w.importRef('next/headers', 'cookies', ['cookies', 'nextCookies']);
  const declaration = `const ${storeName} = await ${cookies}()`;
  if (!store && slot?.kind === 'concise') {
    // `() => createServerComponentClient(…)` → `async () => { const cookieStore = …; return createServerClient(…) }`
    const body = slot.body;
    const returned = `${file.text.slice(body.range[0], call.range[0])}${client}${file.text.slice(call.range[1], body.range[1])}`;
    const block = `{\n  ${declaration}\n  return ${indentBlock(returned, '  ')}\n}`;
    w.replace(body.range, restyle(block, file.style, { base: indentOfLine(file, body) }));
  } else {
    w.replaceExpression(call, client);
    if (!store && slot?.kind === 'statement') w.insertBefore(slot.node, declaration);
  }
  w.makeAsync(check.fn);
  return true;
}

const indentOfLine = (file: HelperFile, node: TSESTree.Node) => /^[ \t]*/.exec(file.text.slice(file.text.lastIndexOf('\n', node.range[0] - 1) + 1))![0];

/**
 * Where `const cookieStore = …` can go: before the statement of a statement list that holds `call` inside
 * `fn`, or into the concise body of the arrow `fn` (made a block); null when a statement that is not in a
 * list holds it (`if (x) return f()`).
 */
function statementIn(call: TSESTree.Node, fn: FunctionNode): { kind: 'statement'; node: TSESTree.Node } | { kind: 'concise'; body: TSESTree.Node } | null {
  for (let node: TSESTree.Node = call; node.parent && node !== fn; node = node.parent) {
    const parent = node.parent;
    if (parent.type === 'BlockStatement' || parent.type === 'SwitchCase' || parent.type === 'StaticBlock') return { kind: 'statement', node };
    if (/Statement$|Declaration$/.test(node.type)) return null;
  }
  return fn.body.type === 'BlockStatement' ? null : { kind: 'concise', body: fn.body };
}

/** The `next/headers` store behind `{ cookies: () => cookieStore }`, declared as `[await] cookies()` in `fn`. */
function cookieStore(file: HelperFile, value: TSESTree.Node | undefined, fn: FunctionNode): CookieStore | undefined {
  if (value?.type !== 'ArrowFunctionExpression' || value.params.length !== 0) return undefined;
  const body = value.body;
  const returned = body.type === 'BlockStatement' ? (body.body.length === 1 && body.body[0]!.type === 'ReturnStatement' ? body.body[0]!.argument : null) : body;
  const name = identifierName(returned);
  const cookies = existingLocal(file, 'next/headers', 'cookies');
  if (name === undefined || cookies === undefined || !returned) return undefined;
  const def = ASTUtils.findVariable(file.sourceCode.getScope(returned), name)?.defs[0];
  if (def?.type !== 'Variable' || def.node.id.type !== 'Identifier' || !def.node.init) return undefined;
  const inner = unwrap(def.node.init);
  if (inner.type !== 'CallExpression' || identifierName(inner.callee) !== cookies || inner.arguments.length !== 0) return undefined;
  if (enclosingFunction(def.node) !== fn || !isFunction(fn)) return undefined;
  return { name, declarator: def.node };
}

/** Removes the store's declaration when the replaced call was its only use. */
function removeIfUnused(w: Rewrite, store: CookieStore, call: TSESTree.Node): void {
  const variable = w.file.sourceCode.scopeManager?.getDeclaredVariables(store.declarator)[0];
  const uses = (variable?.references ?? []).filter((r) => !r.init && !(r.identifier.range[0] >= call.range[0] && r.identifier.range[1] <= call.range[1]));
  if (uses.length > 0) return;
  const declaration = store.declarator.parent as TSESTree.VariableDeclaration;
  if (declaration.declarations.length === 1) for (const e of removeStatement(w.file.text, declaration)) w.replace(e.range, e.text);
}
