// Server creators: `createServerComponentClient({ cookies }, opts?)` and the route-handler, server-action
// and 0.5 variants. Without options of their own → `await createClient()` from the app's server factory;
// with options (or in the factory file itself) → `createServerClient` from `@supabase/ssr` in place, with
// the canonical `next/headers` cookie methods on `const cookieStore = await cookies()` declared first (an
// existing `const cookieStore = cookies()` behind `{ cookies: () => cookieStore }` is reused and awaited).
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { ASTUtils } from '@typescript-eslint/utils';
import { unwrap } from '../../core/graph/evaluate.ts';
import type { FunctionNode } from '../../core/estree.ts';
import { SSR_PACKAGE } from '../../core/supabase.ts';
import { indentBlock, nextHeadersCookieMethods, pagesCookieMethods } from '../../core/templates.ts';
import { removeStatement } from '../fix/remove-statement.ts';
import { uniqueName } from '../lib/names.ts';
import { enclosingFunction, indentOf } from '../lib/source-code.ts';
import { restyle } from '../lib/style.ts';
import { asyncObstacle } from '../lib/async-propagation.ts';
import { existingLocal, factoryTarget, identifierName, isFactoryFile, readBag, type HelperFile } from './read.ts';
import { OPTION_KEYS, objectText, optionProps, typeArguments, urlAndKey } from './options.ts';
import type { CookieStore, Slot, Step, Writer } from './plan.ts';

/** Why a creator cannot be awaited where it is (the creation site's own wording). */
const CREATION_OBSTACLES = {
  'module-scope': 'it runs at module scope, where one client would be shared by every request',
  generator: 'the enclosing generator cannot simply become async',
  accessor: 'the enclosing getter/setter cannot be async',
  constructor: 'a constructor cannot be async',
  callback: 'the enclosing callback is not async, and what calls it may not expect a promise',
  'browser-component': 'the enclosing React component may run in the browser, where it cannot be async',
} as const;

/** Whether the code at `node` can use `await` (after making its function async), in the creation site's words. */
function asyncCheck(file: HelperFile, node: TSESTree.Node): { ok: true; fn: FunctionNode } | { ok: false; why: string } {
  const fn = enclosingFunction(node);
  const obstacle = asyncObstacle(file.parsed, fn, file.role);
  return obstacle ? { ok: false, why: CREATION_OBSTACLES[obstacle] } : { ok: true, fn: fn! };
}

export function decideServer(file: HelperFile, name: string, call: TSESTree.CallExpression): Step {
  const { specifier, exportName } = factoryTarget(file, 'server');
  const target = `\`await ${exportName}()\` from '${specifier}'`;
  if (file.clientModule) {
    const browser = factoryTarget(file, 'browser');
    return { kind: 'mark', node: call, roles: ['browser', 'server'], message: `\`${name}\` creates a server client in a 'use client' module: use \`${browser.exportName}()\` from '${browser.specifier}' here, or create the client in a Server Component, Route Handler or Server Action with ${target}` };
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
    return { kind: 'mark', node: call, roles: ['server'], message: `\`${name}\` ${problem}: rewrite it as \`createServerClient(url, key, { ...options, cookieOptions, cookies: { getAll, setAll } })\` from ${SSR_PACKAGE} (see '${specifier}')` };
  }
  const check = asyncCheck(file, call);
  if (!check.ok) return { kind: 'mark', node: call, roles: ['server'], message: `\`${name}\` → ${target}, but ${check.why}: create the client inside an async function (a Server Component, Route Handler or Server Action)` };
  const typeArgs = typeArguments(file, call);
  const store = cookieStore(file, bag.get('cookies'), check.fn);
  if (!OPTION_KEYS.some((k) => bag.has(k)) && !isFactoryFile(file, 'server')) {
    return { kind: 'factory', call, role: 'server', args: '', typeArgs, awaitIn: check.fn, store };
  }
  const slot = slotOf(call, check.fn);
  if (!store && slot === null) {
    return { kind: 'mark', node: call, roles: ['server'], message: `\`${name}\` → \`createServerClient(...)\` from ${SSR_PACKAGE} with \`const cookieStore = await cookies()\` before it; the call is not in a statement list, so this codemod leaves it to you` };
  }
  return { kind: 'server-client', name, call, bag, typeArgs, cookies: { over: 'next-headers', fn: check.fn, store, slot: slot ?? undefined } };
}

/**
 * Where `const cookieStore = …` can go: before the statement of a statement list that holds `call` inside
 * `fn`, or into the concise body of the arrow `fn` (made a block); null when a statement that is not in a
 * list holds it (`if (x) return f()`).
 */
function slotOf(call: TSESTree.Node, fn: FunctionNode): Slot | null {
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
  return enclosingFunction(def.node) === fn ? { name, declarator: def.node } : undefined;
}

/** Writes a `factory` step: the factory call (awaited for the server one), the async function, a store nothing else uses removed. */
export function writeFactory(w: Writer, step: Extract<Step, { kind: 'factory' }>): void {
  w.noteUntypedFactory(step.role, step.typeArgs);
  const call = `${w.factoryRef(step.role)}(${step.args})`;
  if (step.binding) w.replace(step.binding.pattern.range, step.binding.name);
  if (!step.awaitIn) return w.replace(step.call.range, call);
  w.replaceWithAwait(step.call, call);
  w.makeAsync(step.awaitIn);
  if (step.store) removeIfUnused(w, step.store, step.call);
}

/** Writes a `server-client` step: `createServerClient(…)` with the cookie methods its context needs. */
export function writeServerClient(w: Writer, step: Extract<Step, { kind: 'server-client' }>): boolean {
  const { file } = w;
  const { call, bag, typeArgs, cookies } = step;
  const createServerClient = w.importRef(SSR_PACKAGE, 'createServerClient', ['createServerClient', 'createSsrServerClient']);
  let storeName = '';
  let methods: string;
  if (cookies.over === 'pages') {
    const serialize = w.importRef(SSR_PACKAGE, 'serializeCookieHeader', ['serializeCookieHeader', 'serializeSupabaseCookie']);
    methods = pagesCookieMethods(cookies.req, cookies.res).replaceAll('serializeCookieHeader(', `${serialize}(`);
  } else {
    storeName = cookies.store?.name ?? uniqueName(file.parsed, ['cookieStore'], w.reserved);
    methods = nextHeadersCookieMethods(storeName, file.project.capabilities.has);
  }
  const client = `${createServerClient}${typeArgs}(${urlAndKey(file, bag)}, ${objectText([...optionProps(file, bag), `cookies: ${methods}`])})`;
  const unbound = w.unbound(call, client, [storeName]);
  if (unbound.length > 0) {
    return w.todo(call, `\`${step.name}\` → \`createServerClient(...)\` from ${SSR_PACKAGE}, but its options use ${unbound.map((n) => `\`${n}\``).join(', ')}, which is not defined here: rewrite it by hand`);
  }
  if (cookies.over === 'pages') {
    w.replaceExpression(call, client);
    return true;
  }
  const declaration = `const ${storeName} = await ${w.importRef('next/headers', 'cookies', ['cookies', 'nextCookies'])}()`;
  if (cookies.store) {
    const init = cookies.store.declarator.init!;
    if (init.type !== 'AwaitExpression') w.replace([init.range[0], init.range[0]], 'await ');
    w.replaceExpression(call, client);
  } else if (cookies.slot?.kind === 'concise') {
    // `() => createServerComponentClient(…)` → `async () => { const cookieStore = …; return createServerClient(…) }`
    const body = cookies.slot.body;
    const returned = `${file.text.slice(body.range[0], call.range[0])}${client}${file.text.slice(call.range[1], body.range[1])}`;
    w.replace(body.range, restyle(`{\n  ${declaration}\n  return ${indentBlock(returned, '  ')}\n}`, file.style, { base: indentOf(file.text, body.range[0]) }));
  } else {
    w.replaceExpression(call, client);
    if (cookies.slot) w.insertBefore(cookies.slot.node, declaration);
  }
  w.makeAsync(cookies.fn);
  return true;
}

/** Removes the store's declaration when the replaced call was its only use. */
function removeIfUnused(w: Writer, store: CookieStore, call: TSESTree.Node): void {
  const variable = w.file.sourceCode.scopeManager?.getDeclaredVariables(store.declarator)[0];
  const uses = (variable?.references ?? []).filter((r) => !r.init && !(r.identifier.range[0] >= call.range[0] && r.identifier.range[1] <= call.range[1]));
  if (uses.length > 0) return;
  const declaration = store.declarator.parent as TSESTree.VariableDeclaration;
  if (declaration.declarations.length === 1) for (const e of removeStatement(w.file.text, declaration)) w.replace(e.range, e.text);
}
