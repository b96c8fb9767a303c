// What the project graph knows a name or an expression evaluates to, as far as Supabase auth is
// concerned. Values are computed lazily: an object's properties, a module's exports and a function's
// facts are only worked out when someone asks, so following one wrapper never reads the whole app.
import type { ClientKind } from '../supabase.ts';

/** A parameter of a function, as callers must supply it. */
export interface ParamFacts {
  /** The parameter's name, when it is a plain identifier. */
  name: string | undefined;
  /** Keys of a destructured object parameter (`{ cookieStore, isAdmin }`). */
  keys: readonly string[] | undefined;
  /** A default value, `?`, or a rest element: callers may leave it out. */
  optional: boolean;
}

/** An auth method called on a client (`supabase.auth.getUser()`), and the kind of that client. */
export interface AuthCall {
  method: string;
  kind: ClientKind;
}

/** What a function does; implementations may compute each part on first read. */
export interface FunctionFacts {
  /** What a call returns, once awaited. */
  readonly returns: Value | undefined;
  /** Creates (or calls something that creates) a client of this kind. */
  readonly creates: ClientKind | undefined;
  /** Auth methods it calls, directly or through the functions it calls. */
  readonly authCalls: readonly AuthCall[];
  readonly async: boolean;
  readonly params: readonly ParamFacts[];
  /** Where it is defined (absolute file) and its offsets there, for messages and transforms. */
  readonly definedIn: { file: string; range: readonly [number, number] } | undefined;
}

export type Value =
  /** A Supabase client. */
  | { type: 'client'; kind: ClientKind }
  /** A client's `auth` namespace (`supabase.auth`, `const { auth } = supabase`). */
  | { type: 'auth'; kind: ClientKind }
  | { type: 'function'; facts: () => FunctionFacts }
  /** An object whose properties we can look up (`{ supabase, response }`, a cookie-methods object). */
  | {
      type: 'object';
      /** Its property names; `complete` false when a spread or computed key may add others. */
      names: readonly string[];
      complete: boolean;
      prop: (name: string) => Value | undefined;
    }
  /** A module namespace (`import * as x`, `require('x')`, `await import('x')`). */
  | { type: 'module'; exportValue: (name: string) => Value | undefined }
  /** `cookies` from `next/headers`. */
  | { type: 'cookies-function' }
  /** What `await cookies()` returns: Next's cookie store (`get`, `getAll`, `has`, `set`, `delete`). */
  | { type: 'cookie-store' }
  /** `NextResponse` from `next/server`, or the global `Response`: its static methods create responses. */
  | { type: 'response-class' }
  /** A response a middleware/proxy can return, and whether it carries the cookies a Supabase client wrote. */
  | { type: 'response'; cookies: ResponseCookies; cacheHeaders: boolean };

/**
 * Whether a response carries the cookies a Supabase client's `setAll` (or `set`/`remove`) wrote (facts §1.4,
 * §2.6):
 * - `carried`: it is the response those methods write to (or was derived from it);
 * - `stale`: a copy of a response variable that the cookie methods replace when they write (`response =
 *   NextResponse.next(…)` inside `setAll`), taken before anything refreshed the session: it has none;
 * - `none`: a new response (`NextResponse.redirect(…)`, an i18n middleware's) created without them.
 */
export type ResponseCookies = 'carried' | 'stale' | 'none';

/** A response created without the Supabase cookies. */
export const NEW_RESPONSE: Value = { type: 'response', cookies: 'none', cacheHeaders: false };

/** A function whose calls return `result` (a `NextResponse` static method, an i18n middleware). */
export function returning(result: Value): Value {
  const facts: FunctionFacts = { returns: result, creates: undefined, authCalls: [], async: false, params: [], definedIn: undefined };
  return { type: 'function', facts: () => facts };
}

/** A factory we know by name (a package export, a module named in settings, the naming convention). */
export function knownFactory(kind: ClientKind, params: readonly ParamFacts[] = []): Value {
  const facts: FunctionFacts = { returns: { type: 'client', kind }, creates: kind, authCalls: [], async: false, params, definedIn: undefined };
  return { type: 'function', facts: () => facts };
}

/** A function known only to create a client inside (`updateSession(request)` by its module's name). */
export function knownClientUser(kind: ClientKind): Value {
  const facts: FunctionFacts = { returns: undefined, creates: kind, authCalls: [], async: false, params: [], definedIn: undefined };
  return { type: 'function', facts: () => facts };
}

/** The kind of client a call of `value` returns, if it is a factory. */
export function factoryKind(value: Value | undefined): ClientKind | undefined {
  if (value?.type !== 'function') return undefined;
  const returns = value.facts().returns;
  return returns?.type === 'client' ? returns.kind : undefined;
}

/** What the rules used to call a binding's info: factory, client instance, or a function that runs Supabase. */
export interface BindingInfo {
  /** Calling it returns a client (or a promise of one) of this kind. */
  factory?: ClientKind;
  /** The binding is a client itself (`export const supabase = createBrowserClient(…)`). */
  client?: ClientKind;
  /** Calling it creates a client inside, whatever it returns (`updateSession(request)`). */
  runsSupabase?: ClientKind;
}

export function bindingInfo(value: Value | undefined): BindingInfo | undefined {
  if (value?.type === 'client') return { client: value.kind };
  if (value?.type !== 'function') return undefined;
  const facts = value.facts();
  const factory = facts.returns?.type === 'client' ? facts.returns.kind : undefined;
  const runsSupabase = facts.creates ?? factory;
  return factory || runsSupabase ? { factory, runsSupabase } : undefined;
}
