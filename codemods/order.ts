/**
 * The transforms, in the order `supabase-auth migrate` runs them on each file (each on the previous one's
 * output). A module without imports, so the CLI's help can list them without loading the transforms.
 *
 * Why this order: auth-helpers creators become `@supabase/ssr` code first; the cookie adapters that code
 * (and older ssr code) carries are then brought to `getAll`/`setAll`; what still reads `cookies()` or an
 * async factory without `await` is awaited (the `require-awaited-cookies` rule's fixes); `getSession()` uses
 * are rewritten once every server client is a canonical one; the middleware's responses and refresh are
 * fixed once its client is `@supabase/ssr` code with `getAll`/`setAll` (the rules follow what `setAll`
 * writes where) and its session calls are final, and a misplaced entry file moves then, so that the matcher
 * is checked on the middleware in its final shape and place; the segment config of auth pages is fixed when
 * every page's auth calls are known; the security rules' findings are listed last, on the final text, so
 * their lines are the ones written.
 */
export const RUN_ORDER = ['auth-helpers-to-ssr', 'cookies-get-all-set-all', 'await-cookies', 'get-session-to-get-claims', 'middleware-session', 'middleware-matcher', 'dynamic-auth-pages', 'security-review'] as const;
