import { NextResponse } from "next/server";
import { createRouteHandlerClient, type Session } from "@supabase/auth-helpers-nextjs";
import { cookies } from "next/headers";

function describe(session: Session | null): string {
  return session ? `signed in as ${session.user.email}` : "signed out";
}

export async function GET() {
  const supabase = createRouteHandlerClient({ cookies });
  const { data } = await supabase.auth.getSession();
  return NextResponse.json({ status: describe(data.session) });
}
