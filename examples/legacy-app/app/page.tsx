import Link from 'next/link'

export default function HomePage() {
  return (
    <section>
      <h1>Notes that follow you everywhere</h1>
      <p>Write in the browser, read on your phone. Free for personal use.</p>
      <Link href="/dashboard">Open your notes</Link> or <Link href="/pricing">see pricing</Link>
    </section>
  )
}
