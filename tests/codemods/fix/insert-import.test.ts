import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { addSpecifiers, insertImports } from '../../../codemods/fix/insert-import.ts';
import { detectStyle } from '../../../codemods/lib/style.ts';
import { apply, parse, sourceCodeOf } from './find.ts';

const FACTORY = { source: '@/utils/supabase/server', names: [{ imported: 'createClient', local: 'createClient' }] };

function insert(source: string): string {
  const file = parse(source);
  return apply(file, insertImports(sourceCodeOf(file), [FACTORY, { source: '@supabase/supabase-js', names: [{ imported: 'User', local: 'User' }], typeOnly: true }], detectStyle(file.text, file.program)));
}

describe('insertImports', () => {
  it("follows the file's quotes and semicolons, after its last import", () => {
    expect(insert('import { a } from "a";\n\nuse(a);\n')).toBe('import { a } from "a";\nimport { createClient } from "@/utils/supabase/server";\nimport type { User } from "@supabase/supabase-js";\n\nuse(a);\n');
    expect(insert("import { a } from 'a'\nuse(a)\n")).toBe("import { a } from 'a'\nimport { createClient } from '@/utils/supabase/server'\nimport type { User } from '@supabase/supabase-js'\nuse(a)\n");
  });

  it("keeps 'use client' first", () => {
    expect(insert("'use client'\n\nexport function A() {}\n")).toBe("'use client'\nimport { createClient } from '@/utils/supabase/server'\nimport type { User } from '@supabase/supabase-js'\n\nexport function A() {}\n");
  });

  it('goes above the first statement of a file without imports, below its header comment', () => {
    expect(insert('// Header\nexport const a = 1\n')).toBe("// Header\nimport { createClient } from '@/utils/supabase/server'\nimport type { User } from '@supabase/supabase-js'\n\nexport const a = 1\n");
  });
});

describe('addSpecifiers', () => {
  const add = (source: string) => {
    const file = parse(source, '/app/file.ts');
    const decl = file.program.body[0] as TSESTree.ImportDeclaration;
    return apply(file, addSpecifiers(sourceCodeOf(file), decl, [{ imported: 'b', local: 'b' }, { imported: 'User', local: 'AuthUser', type: true }], detectStyle(file.text, file.program)), '/app/file.ts');
  };

  it('joins a one-line list, a multi-line list and a default import', () => {
    expect(add("import { a } from 'x'\n")).toBe("import { a, b, type User as AuthUser } from 'x'\n");
    expect(add("import {\n  a,\n} from 'x'\n")).toBe("import {\n  a,\n  b,\n  type User as AuthUser,\n} from 'x'\n");
    expect(add("import D from 'x'\n")).toBe("import D, { b, type User as AuthUser } from 'x'\n");
    expect(add("import type { A } from 'x'\n")).toBe("import type { A, b, User as AuthUser } from 'x'\n");
  });
});
