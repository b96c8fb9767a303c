import { describe, expect, it } from 'vitest';
import { scanImports } from '../../../core/graph/scan-imports.ts';

const specifiers = (text: string) => scanImports(text).imports.map((i) => `${i.kind}${i.typeOnly ? ':type' : ''} ${i.specifier}`);

describe('scanImports', () => {
  it('finds static, re-export, dynamic and require imports, and which are types only', () => {
    const text = [
      `import a, { b, type C } from './a'`,
      `import type { D } from "./d"`,
      `import { type E, type F } from './ef'`,
      `import * as ns from '@/ns'`,
      `import './side.css'`,
      `import type from './typedefault'`,
      `import type, { x } from './typecomma'`,
      `export { x } from './re'`,
      `export type { T } from './ret'`,
      `export { type T2 } from './ret2'`,
      `export * from './star'`,
      `export * as nn from './starns'`,
      `const L = dynamic(() => import('./lazy'))`,
      `const r = require('./req')`,
      `import X = require('./eq')`,
      `export const notReexport = 1`,
      `export default function Page() {}`,
    ].join('\n');
    expect(specifiers(text)).toEqual([
      'static ./a',
      'static:type ./d',
      'static:type ./ef',
      'static @/ns',
      'static ./side.css',
      'static ./typedefault',
      'static ./typecomma',
      'reexport ./re',
      'reexport:type ./ret',
      'reexport:type ./ret2',
      'reexport ./star',
      'reexport ./starns',
      'dynamic ./lazy',
      'require ./req',
      'require ./eq',
    ]);
  });

  it('ignores imports written in comments, strings, templates and regular expressions', () => {
    const text = [
      `// import x from 'line-comment'`,
      `/* import y from 'block-comment'`,
      `   require('in-comment') */`,
      `const s = "import z from 'string'"`,
      `const t = \`import w from 'template' \${"\`import('nested')\`"} require('tpl')\``,
      `const re = /import q from '(re)'/g`,
      `foo.require('./member')`,
      `obj.import('./member2')`,
      `import real from './real'`,
    ].join('\n');
    expect(specifiers(text)).toEqual(['static ./real']);
  });

  it('survives JSX text with apostrophes and keeps finding imports after it', () => {
    const text = [
      `import a from './a'`,
      `const Page = () => <p>Don't have an account? It's free</p>`,
      `const Lazy = dynamic(() => import('./lazy'))`,
      `const x = a / b / c`,
      `const y = require('./after-division')`,
    ].join('\n');
    expect(specifiers(text)).toEqual(['static ./a', 'dynamic ./lazy', 'require ./after-division']);
  });

  it('reads leading directives, with or without semicolons', () => {
    expect(scanImports(`'use client'\nimport a from './a'`).directives).toEqual(['use client']);
    expect(scanImports(`"use server";\n"use strict";\nexport async function f() {}`).directives).toEqual(['use server', 'use strict']);
    expect(scanImports(`// header\n'use client'\n`).directives).toEqual(['use client']);
    expect(scanImports(`import a from './a'\n'use client'`).directives).toEqual([]);
    expect(scanImports(`'use client' + x`).directives).toEqual([]);
  });
});
