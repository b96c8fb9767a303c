import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codemod } from '../../codemods/security-review/index.ts';
import { defaultProject, FIXTURE_ROOT, runFixtures } from './harness.ts';

runFixtures(codemod, 'no-auth-error-string-match');

const fixtures = join(import.meta.dirname, '../../codemods/security-review/__testfixtures__');

describe('security-review findings', () => {
  it("carry the rule's message and name, on the line of the finding", () => {
    const source = readFileSync(join(fixtures, 'public-secret.input.ts'), 'utf8');
    const { findings, output } = codemod.transform({ path: join(FIXTURE_ROOT, 'app/api/admin/route.ts'), source }, defaultProject());
    expect(output).toBeUndefined();
    expect(findings).toEqual([{ line: 4, message: expect.stringMatching(/NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY.* \(no-public-secret\)$/) }]);
  });
});
