import Link from 'next/link'

export default function Home() {
  return (
    <main>
      <h1>Notes</h1>
      <Link href="/dashboard">Your notes</Link>
    </main>
  )
}
