import { createRouteHandlerClient } from "@supabase/auth-helpers-nextjs";
import { cookies } from "next/headers";
import type { Database } from "@/lib/database.types";

const cookieOptions = { name: "sb-app", sameSite: "strict" } as const;

// A typed client for this handler only.
const getClient = () => createRouteHandlerClient<Database>({ cookies }, { cookieOptions });

export async function POST(request: Request) {
  const { email } = await request.json();
  const supabase = createRouteHandlerClient(
    { cookies },
    { supabaseKey: process.env.SUPABASE_ANON_KEY!, options: { global: { headers: { "x-app": "web" } } }, cookieOptions },
  );
  await supabase.auth.signInWithOtp({ email });
  const { data } = await getClient().from("profiles").select("username");
  return Response.json(data);
}
