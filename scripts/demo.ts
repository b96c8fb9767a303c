// `npm start`: the project's main job on the bundled example. Copies examples/legacy-app to a temporary
// folder and shows, in order: the lint findings grouped by rule, the migration (diff and summary), the
// findings left afterwards (only the review items the migration listed), the type-check of the migrated
// app, and the forged-cookie proof (another copy built and served before and after the migration, against
// a local stand-in for Supabase Auth). The last line says whether the migration is clean.
import pc from 'picocolors';
import { check, copyExample, runCli, typecheck, type Finding } from './example-run.ts';
import { ALICE, letIn, proveForgedCookie, refused, VICTIM, type Probe } from './forged-cookie.ts';

const heading = (n: number, text: string) => console.log(`\n${pc.bold(pc.cyan(`${n}. ${text}`))}\n`);

function printByRule(findings: readonly Finding[]): void {
  if (findings.length === 0) {
    console.log(pc.green('  no findings'));
    return;
  }
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  for (const [rule, list] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${pc.bold(rule)} ${pc.dim(`(${list.length})`)}`);
    for (const f of list) console.log(`    ${pc.dim(`${f.file}:${f.line}`)}  ${f.message}`);
  }
}

function printProbe(probe: Probe): void {
  const answer = probe.location ? `${probe.status} → ${probe.location}` : `${probe.status}`;
  const shown = /Signed in as \S+|Your notes/.exec(probe.text)?.[0];
  console.log(`  ${probe.request}: ${pc.bold(answer)}${shown ? ` "${shown}"` : ''}`);
}

/** Step 6; true when the forged cookie was let in before and refused after, and a genuine session works. */
async function forgedCookieStep(): Promise<boolean> {
  const proof = await proveForgedCookie((line) => console.log(pc.dim(`  ${line}`)));
  console.log(`\n  ${pc.bold('before the migration')}`);
  printProbe(proof.before.forgedProfile);
  printProbe(proof.before.forgedDashboard);
  console.log(pc.dim('    (the App Router pages fail on Next 16: auth-helpers call cookies().get() synchronously)'));
  console.log(`  ${pc.bold('after the migration')}`);
  for (const probe of Object.values(proof.after)) printProbe(probe);
  const before = letIn(proof.before.forgedProfile, VICTIM);
  const after = refused(proof.after.forgedProfile) && refused(proof.after.forgedDashboard);
  const genuine = letIn(proof.after.genuineProfile, ALICE) && letIn(proof.after.genuineDashboard, ALICE) && letIn(proof.after.expiringProfile, ALICE);
  const verdict = `forged cookie: ${before ? 'let in' : 'NOT let in'} before, ${after ? 'refused' : 'NOT refused'} after; genuine session ${genuine ? 'still works' : 'BROKEN'}`;
  console.log(`\n  ${before && after && genuine ? pc.green(verdict) : pc.red(verdict)}`);
  return before && after && genuine;
}

interface MigrateJson {
  files: { file: string; status: string }[];
  review: { file: string; line: number; message: string }[];
  created: { file: string; role: string }[];
}

const workspace = copyExample();
let clean = false;
try {
  console.log(`${pc.bold('supabase-auth')} on the bundled example, copied to ${workspace.dir}`);

  heading(1, 'supabase-auth check: what is wrong before the migration');
  const before = check(workspace.dir);
  printByRule(before);

  heading(2, 'supabase-auth migrate --dry --update-package-json: the diff and the summary');
  runCli(['migrate', '.', '--dry', '--update-package-json'], workspace.dir, true);

  heading(3, 'supabase-auth migrate --update-package-json: applying it');
  const json = JSON.parse(runCli(['migrate', '.', '--json', '--update-package-json'], workspace.dir).stdout) as MigrateJson;
  const changed = json.files.filter((f) => f.status === 'changed').length;
  console.log(`  ${changed} files rewritten, ${json.created.length} files created (${json.created.map((c) => c.file).join(', ') || 'none'})`);
  console.log(`  ${json.review.length} review items${json.review.length ? ':' : ''}`);
  for (const r of json.review) console.log(`    ${pc.dim(`${r.file}:${r.line}`)}  ${r.message}`);

  heading(4, 'supabase-auth check: what is left after the migration');
  const after = check(workspace.dir);
  printByRule(after);
  const reviewed = (f: Finding) => json.review.some((r) => r.file === f.file);
  const unexplained = after.filter((f) => !reviewed(f));
  if (after.length > 0) {
    console.log(pc.dim(`\n  ${after.length - unexplained.length} of them sit in files the migration listed for review (TODO(supabase-auth) markers).`));
  }

  heading(5, 'tsc --noEmit on the migrated app (real next, react, @supabase/ssr and supabase-js types)');
  const types = typecheck(workspace.dir);
  console.log(types.ok ? pc.green('  type-check passed') : types.output);

  heading(6, 'A forged session cookie, under next start, before and after the migration');
  const proved = await forgedCookieStep();

  clean = unexplained.length === 0 && types.ok && proved;
  const summary = `${before.length} findings before, ${after.length} after (${unexplained.length} not covered by a review item); type-check ${types.ok ? 'passed' : 'failed'}; forged cookie ${proved ? 'let in before, refused after' : 'proof failed'}`;
  console.log(`\n${clean ? pc.green(pc.bold('Migration clean')) : pc.red(pc.bold('Migration NOT clean'))}: ${summary}.`);
} finally {
  workspace.dispose();
}
process.exitCode = clean ? 0 : 1;
