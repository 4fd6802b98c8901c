/**
 * A vitest environment for view-model tests: Node's globals, but modules compiled and
 * resolved as for the browser, so runes react and effects run as they do in the page
 * (the default node environment compiles Svelte for the server, where effects never run).
 * A test file asks for it with a first-line comment: `// @vitest-environment ./tests/env/svelte-client.ts`.
 */
import type { Environment } from 'vitest/environments';

export default {
  name: 'svelte-client',
  viteEnvironment: 'client',
  setup(global) {
    // Browser builds of some libraries look for `self` (a worker's global); Node has none.
    const had = 'self' in global;
    if (!had) global.self = global;
    return {
      teardown() {
        if (!had) delete global.self;
      }
    };
  }
} satisfies Environment;
