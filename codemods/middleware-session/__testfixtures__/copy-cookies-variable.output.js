import { createServerClient } from "@supabase/ssr";
import { NextResponse } from "next/server";

export async function updateSession(request) {
  let supabaseResponse = NextResponse.next({ request });
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY, {
    cookies: {
      getAll() {
        return request.cookies.getAll();
      },
      setAll(cookiesToSet, headers) {
        cookiesToSet.forEach(({ name, value }) => request.cookies.set(name, value));
        supabaseResponse = NextResponse.next({ request });
        cookiesToSet.forEach(({ name, value, options }) => supabaseResponse.cookies.set(name, value, options));
        Object.entries(headers).forEach(([key, value]) => supabaseResponse.headers.set(key, value));
      },
    },
  });

  await supabase.auth.getUser();

  if (request.nextUrl.pathname.startsWith("/old-docs")) {
    const rewritten = NextResponse.rewrite(new URL("/docs", request.url));
    supabaseResponse.cookies.getAll().forEach((cookie) => rewritten.cookies.set(cookie));
    for (const name of ["Cache-Control", "Expires", "Pragma"]) { const value = supabaseResponse.headers.get(name); if (value) rewritten.headers.set(name, value) }
    return rewritten;
  }
  return supabaseResponse;
}
