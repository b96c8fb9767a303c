// The contract between the transforms and the runner (`supabase-auth migrate`). Every transform module
// exports a jscodeshift-compatible default (so `npx jscodeshift -t dist/codemods/<name>.js` works) and a
// `codemod` object the runner calls for structured results.
import type { Capabilities } from '../../core/capabilities.ts';
import type { TSESTree } from '@typescript-eslint/typescript-estree';

/** Facts about the app being migrated, computed once by the runner; JSON-serialisable (sent to workers). */
export interface ProjectInfo {
  /** Absolute app root. */
  root: string;
  /** The app lives in `src/`; new files go under `src/`. */
  srcDir: boolean;
  /** The app is TypeScript (a tsconfig.json exists): new files are `.ts`. */
  typescript: boolean;
  /** Import prefix that maps to the app's base dir (`'@/'` when tsconfig paths has `@/*`), else undefined. */
  importAlias: string | undefined;
  nextMajor: number | undefined;
  cacheComponents: boolean | undefined;
  usesAppRouter: boolean;
  usesPagesRouter: boolean;
  /** Where the canonical factories live, or will be created. */
  factories: Record<FactoryRole, FactoryLocation>;
  /** Env var names the app already uses for the Supabase URL and key. */
  env: { url: string; key: string };
  /** `migrate --strict`: also apply what the `strict` preset asks for (explicit `force-dynamic`). */
  strict?: boolean;
  /** next.config `pageExtensions` (entry files are `proxy.page.ts` with `['page.ts', …]`); default: Next's. */
  pageExtensions?: readonly string[];
  /**
   * Which version-dependent APIs the migrated code may call (`capabilities.has.getClaims`, …), from the
   * versions the app really runs (installed, locked, else the range's minimum). Emit an API only when
   * `has` says so; otherwise the older form or a review item. See core/capabilities.ts.
   */
  capabilities: Capabilities;
}

export type FactoryRole = 'server' | 'browser' | 'middleware' | 'serverProps' | 'api';

export interface FactoryLocation {
  /** Absolute path of the file. */
  file: string;
  /** The file exists already (created by the user or by an earlier scaffold). */
  exists: boolean;
  /** The function it exports: `createClient`, or `updateSession` for the middleware helper. */
  exportName: string;
  /**
   * An existing factory's parameters as the project graph reads them: its signature for messages
   * (`createClient({ cookieStore, isAdmin })`) and how many arguments a call must pass (none have a
   * default, `?` or `...`). Absent when the function cannot be read.
   */
  parameters?: { signature: string; required: number };
  /** An existing factory declared async: its calls must be awaited (the runner checks every caller). */
  async?: boolean;
}

/** A spot the transform could not finish: marked in the code with {@link TODO_MARKER} and listed here. */
export interface ReviewItem {
  line: number;
  message: string;
}

export interface TransformResult {
  /** The new source, or undefined when nothing changed. */
  output: string | undefined;
  review: ReviewItem[];
  /** Exported functions of this file that became async: the runner awaits their callers elsewhere. */
  asyncExports?: string[];
  /** Files the transform needs (e.g. canonical factories), by role; the runner scaffolds missing ones. */
  needsFactories?: FactoryRole[];
  /** One-time messages for the end of the run (e.g. the sign-out-once notice). */
  notices?: string[];
  /**
   * Move the file here (absolute; inside the input's `moveWithin`, and free when the transform looked):
   * `output` (or the source, when undefined) is the moved file's content. Later transforms see the new path.
   */
  moveTo?: string;
  /**
   * Problems left as they are, without a marker in the code (a lint rule's findings that need the author's
   * decision), for the review list; lines of this transform's output. Listed even when nothing changed.
   */
  findings?: ReviewItem[];
}

export interface FileInput {
  /** Absolute path. */
  path: string;
  source: string;
  /**
   * Folders the caller can move this file into (`migrate`: the folders it was given). Absent: the caller
   * cannot move files (jscodeshift writes contents only), so a move a transform would make is a review item.
   */
  moveWithin?: readonly string[];
}

export interface Codemod {
  name: string;
  description: string;
  /** Cheap text test run before parsing: false means this transform cannot change the file. */
  mightApply(source: string): boolean;
  /** `facts` answers questions about the rest of the app (default: codemods/lib/app-facts.ts `localAppFacts`). */
  transform(file: FileInput, project: ProjectInfo, facts?: AppFacts): TransformResult;
}

/** Prefix of the marker comment left in code a transform could not finish. */
export const TODO_MARKER = 'TODO(supabase-auth):';

// ---- Facts about the rest of the app (codemods/lib/app-facts.ts) ---------------------------------------
// Today answered from the file itself and from the disk (`localAppFacts`); the project graph (core/graph/)
// will answer them for the whole app, as it will be after this run's own rewrites.

/** Where a Supabase client comes from: the module and export of the function that created it. */
export interface ClientOrigin {
  source: string;
  imported: string;
}

/** Where a function imported by a middleware/proxy lives, as far as it can be found. */
export type HelperModule =
  | { kind: 'module'; program: TSESTree.Program; file: string }
  /** The canonical factory the runner creates in this run (core/templates.ts): its code is known. */
  | { kind: 'scaffolded'; role: 'middleware' }
  /** A package, or a file that cannot be found or read. */
  | { kind: 'unknown' };

export interface AppFacts {
  /** Whether a client created through `origin` (imported by `fromFile`) is an `@supabase/ssr` client after this run. */
  willBeSsrClient(origin: ClientOrigin, fromFile: string): boolean;
  /** The module `specifier` (imported by `fromFile`) loads. */
  helperModule(specifier: string, fromFile: string): HelperModule;
  /**
   * URL paths of the pages, layouts, templates and defaults that read the session on the server: where the
   * middleware must refresh it (route handlers refresh it themselves), the `require-middleware-matcher`
   * rule's criterion.
   */
  routesNeedingRefresh(): readonly string[];
}
