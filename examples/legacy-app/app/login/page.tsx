import { signIn, signInWithGitHub } from './actions'

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams

  return (
    <form>
      <label>
        Email <input name="email" type="email" required />
      </label>
      <label>
        Password <input name="password" type="password" required />
      </label>
      <button formAction={signIn}>Sign in</button>
      <button formAction={signInWithGitHub} formNoValidate>
        Sign in with GitHub
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  )
}
