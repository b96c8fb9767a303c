// @typescript-eslint/rule-tester looks for jest-style globals; vitest runs without them, so wire it here,
// before any test file builds a RuleTester.
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.itSkip = it.skip;
