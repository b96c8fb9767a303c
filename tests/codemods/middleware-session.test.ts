import { codemod } from '../../codemods/middleware-session/index.ts';
import { runFixtures } from './harness.ts';

runFixtures(codemod, ['no-dropped-auth-cookies', 'require-session-refresh']);
