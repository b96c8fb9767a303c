// The plan decide.ts hands to write.ts: what each helper import, each creator call and each other load of
// a helper package becomes. Steps name nodes of the original text; write.ts turns them into text edits.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { FunctionNode } from '../../core/estree.ts';
import type { FactoryRole } from '../lib/types.ts';
import type { HelperFile } from './read.ts';

/** An object literal argument read by key: `{ a, b: c }` → `a` and `b` → their value nodes. */
export type Bag = Map<string, TSESTree.Node>;

/** `const cookieStore = cookies()` feeding `{ cookies: () => cookieStore }`, declared in the same function. */
export interface CookieStore {
  name: string;
  declarator: TSESTree.VariableDeclarator;
}

/** Where `const cookieStore = await cookies()` goes: before a statement, or into an arrow's concise body. */
export type Slot = { kind: 'statement'; node: TSESTree.Node } | { kind: 'concise'; body: TSESTree.Node };

export type Step =
  /** A marker; `roles`: the factories its message points at (the runner creates missing ones). */
  | { kind: 'mark'; node: TSESTree.Node; message: string; roles?: FactoryRole[] }
  /** An import specifier that moves unchanged to another package. */
  | { kind: 'move'; spec: TSESTree.ImportSpecifier; imported: string; source: string; type: boolean }
  /** The uses of an imported creator, one step each; the specifier goes when every one is migrated. */
  | { kind: 'creator'; spec: TSESTree.ImportSpecifier; uses: Step[] }
  /** A module specifier (`require`, `import()`, a re-export) that now names `target`; `typeOnly`: it becomes `export type`. */
  | { kind: 'retarget'; literal: TSESTree.Node; target: string; typeOnly?: TSESTree.ExportNamedDeclaration }
  /**
   * `creator(…)` → the app's factory of `role` called with `args`; awaited (and `awaitIn` made async) for
   * the server one. `binding`: the destructuring pattern the call fed, which becomes the one name it bound.
   */
  | { kind: 'factory'; call: TSESTree.CallExpression; role: FactoryRole; args: string; typeArgs: string; awaitIn?: FunctionNode; store?: CookieStore; binding?: { pattern: TSESTree.Node; name: string } }
  /** `creator(…)` → `createServerClient(url, key, { …options, cookies })` from `@supabase/ssr`, in place. */
  | {
      kind: 'server-client';
      name: string;
      call: TSESTree.CallExpression;
      bag: Bag;
      typeArgs: string;
      cookies: { over: 'next-headers'; fn: FunctionNode; store?: CookieStore; slot?: Slot } | { over: 'pages'; req: string; res: string };
    }
  /** `creator(…)` → `createBrowserClient(url, key, { …options })` from `@supabase/ssr`, in place. */
  | { kind: 'browser-client'; call: TSESTree.CallExpression; bag: Bag; typeArgs: string }
  /** The documented auth-helpers middleware body → `return await updateSession(request)`. */
  | { kind: 'middleware-body'; fn: FunctionNode; request: string };

/** What the constructs' writers need from the write phase (write.ts `Rewrite`). */
export interface Writer {
  readonly file: HelperFile;
  /** Names chosen for new code in this file (a second `cookieStore` is `cookieStore2`). */
  readonly reserved: Set<string>;
  todo(node: TSESTree.Node, message: string): false;
  replace(range: readonly [number, number], text: string): void;
  replaceExpression(node: TSESTree.Node, code: string): void;
  replaceWithAwait(call: TSESTree.Node, newCall: string): void;
  insertBefore(statement: TSESTree.Node, code: string): void;
  makeAsync(fn: FunctionNode): void;
  factoryRef(role: FactoryRole): string;
  importRef(source: string, imported: string, candidates: string[], module?: string): string;
  noteUntypedFactory(role: FactoryRole, typeArgs: string): void;
  unbound(node: TSESTree.Node, code: string, declared?: readonly string[]): string[];
}
