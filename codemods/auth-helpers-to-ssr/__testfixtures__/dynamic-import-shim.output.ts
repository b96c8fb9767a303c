export async function loadServerClient() {
  const { createServerClient } = await import('@supabase/ssr')
  return createServerClient
}
