// A fresh Next 16 app on ESLint 10 with the plugin installed from its tarball: tests/e2e/support/fresh-app-tests.ts.
// eslint-config-next 16.4.6 runs on ESLint 10 (it wraps its plugins' rules for the removed context methods),
// so the combination is tested here too, not only the plugin alone.
import { describeFreshApp, useFreshApp } from './support/fresh-app-tests.ts';

describeFreshApp(10, useFreshApp(10));
