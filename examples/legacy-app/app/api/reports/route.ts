import { cookies } from 'next/headers'
import { NextResponse } from 'next/server'
import { createRouteHandlerClient } from '@supabase/auth-helpers-nextjs'

// Forwards the caller's access token to the reports service, which verifies it itself.
export async function GET() {
  const supabase = createRouteHandlerClient({ cookies })
  const {
    data: { session },
  } = await supabase.auth.getSession()

  if (!session) {
    return NextResponse.json({ error: 'Not signed in' }, { status: 401 })
  }

  const response = await fetch(`${process.env.REPORTS_API_URL}/v1/reports`, {
    headers: { Authorization: `Bearer ${session.access_token}` },
  })
  return NextResponse.json(await response.json(), { status: response.status })
}
