import { describe, expect, it } from 'vitest';
import { addAwait } from '../../../codemods/fix/add-await.ts';
import { apply, find, parse, sourceCodeOf } from './find.ts';

/** Awaits the call `f()` in `source`. */
function awaitCall(source: string, call = 'f()'): string {
  const file = parse(source, '/app/file.ts');
  return apply(file, addAwait(sourceCodeOf(file), find(file, 'CallExpression', call)), '/app/file.ts');
}

describe('addAwait', () => {
  it('needs no parentheses where a unary expression may stand', () => {
    expect(awaitCall('const a = f()')).toBe('const a = await f()');
    expect(awaitCall('g(f(), 1)')).toBe('g(await f(), 1)');
    expect(awaitCall('const a = f() ?? b')).toBe('const a = await f() ?? b');
    expect(awaitCall('const a = !f()')).toBe('const a = !await f()');
    expect(awaitCall('const a = f() as T')).toBe('const a = await f() as T');
    expect(awaitCall('const a = [...f()]')).toBe('const a = [...await f()]');
    expect(awaitCall('const a = `${f()}`')).toBe('const a = `${await f()}`');
  });

  it('wraps where the slot needs a member, call or postfix expression', () => {
    expect(awaitCall('f().auth.signOut()')).toBe('(await f()).auth.signOut()');
    expect(awaitCall('f()()', 'f()')).toBe('(await f())()');
    expect(awaitCall('new (f())()', 'f()')).toBe('new (await f())()');
    expect(awaitCall('f()`x`')).toBe('(await f())`x`');
    expect(awaitCall('f()!.auth')).toBe('(await f())!.auth');
    expect(awaitCall('const a = f() ** 2')).toBe('const a = (await f()) ** 2');
    expect(awaitCall('f()?.auth')).toBe('(await f())?.auth');
  });

  it('awaits inside parentheses that are already there', () => {
    expect(awaitCall('(f()).auth')).toBe('(await f()).auth');
  });
});
