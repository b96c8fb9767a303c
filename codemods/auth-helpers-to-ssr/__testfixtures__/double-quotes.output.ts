import { NextResponse } from "next/server";
import { createClient } from "@/utils/supabase/server";
import type { Session } from "@supabase/supabase-js";

function describe(session: Session | null): string {
  return session ? `signed in as ${session.user.email}` : "signed out";
}

export async function GET() {
  const supabase = await createClient();
  const { data } = await supabase.auth.getSession();
  return NextResponse.json({ status: describe(data.session) });
}
