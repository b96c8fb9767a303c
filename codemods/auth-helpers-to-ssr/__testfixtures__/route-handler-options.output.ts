import { createServerClient } from "@supabase/ssr";
import { cookies } from "next/headers";
import type { Database } from "@/lib/database.types";

const cookieOptions = { name: "sb-app", sameSite: "strict" } as const;

// A typed client for this handler only.
const getClient = async () => {
  const cookieStore = await cookies();
  return createServerClient<Database>(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookieOptions,
    cookies: {
      getAll() {
        return cookieStore.getAll();
      },
      setAll(cookiesToSet) {
        try {
          cookiesToSet.forEach(({ name, value, options }) => cookieStore.set(name, value, options));
        } catch {
          // Called from a Server Component, where Next forbids writing cookies.
          // The middleware/proxy refreshes the session, so this can be ignored.
        }
      },
    },
  });
};

export async function POST(request: Request) {
  const { email } = await request.json();
  const cookieStore2 = await cookies();
  const supabase = createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!, {
    global: { headers: { "x-app": "web" } },
    cookieOptions,
    cookies: {
      getAll() {
        return cookieStore2.getAll();
      },
      setAll(cookiesToSet) {
        try {
          cookiesToSet.forEach(({ name, value, options }) => cookieStore2.set(name, value, options));
        } catch {
          // Called from a Server Component, where Next forbids writing cookies.
          // The middleware/proxy refreshes the session, so this can be ignored.
        }
      },
    },
  });
  await supabase.auth.signInWithOtp({ email });
  const { data } = await (await getClient()).from("profiles").select("username");
  return Response.json(data);
}
