/**
 * The package version, for `--version`. Read once through `createRequire`, which resolves
 * `../../package.json` from both `src/cli/` (tests) and `dist/cli/` (the installed CLI) to the package root.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The `version` field of sunto's package.json. */
export const VERSION: string = (require('../../package.json') as { version: string }).version;
