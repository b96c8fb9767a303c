import { cookies } from 'next/headers'

export function theme() {
  return cookies().get('theme')?.value ?? 'light'
}
