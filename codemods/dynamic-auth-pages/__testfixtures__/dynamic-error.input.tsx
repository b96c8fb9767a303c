import { redirect } from "next/navigation";
import { createClient } from "@/utils/supabase/server";

// Fail the build if anything makes this page dynamic.
export const dynamic = "error";

export default async function SettingsPage() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/login");
  return <h1>Settings for {user.email}</h1>;
}
