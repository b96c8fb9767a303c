export async function loadServerClient() {
  const { createServerClient } = await import('@supabase/auth-helpers-nextjs')
  return createServerClient
}
