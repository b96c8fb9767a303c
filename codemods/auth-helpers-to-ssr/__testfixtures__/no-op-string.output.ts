// Lists the packages a dependency audit flags; the names are data here, not imports.
export const DEPRECATED_PACKAGES = ['@supabase/auth-helpers-nextjs', '@supabase/auth-helpers-react'] as const

export function isDeprecated(name: string): boolean {
  return (DEPRECATED_PACKAGES as readonly string[]).includes(name)
}
