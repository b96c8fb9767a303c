import { type NextRequest } from "next/server";
import { updateSession } from "../lib/supabase/proxy";

export async function proxy(request: NextRequest) {
    return await updateSession(request);
}
