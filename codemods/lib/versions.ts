// Messages for what the app's versions lack (ProjectInfo.capabilities), shared by the transforms that
// would otherwise emit code for an API the app does not have (core/version-policy.ts).

/** Why nothing is rewritten when the app's @supabase/ssr predates `getAll`/`setAll` (and is not raised). */
export const SSR_TOO_OLD =
  'the @supabase/ssr this app runs predates `getAll`/`setAll` (added in 0.4.0), so the new cookie methods would not type-check or run: raise @supabase/ssr (rerun migrate with --update-package-json, which moves it to the release made for your supabase-js) and run migrate again';
