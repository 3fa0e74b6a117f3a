#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/run.js, from tsc) into dist/bin/ for start-up time: loading ~200
// small ES modules one by one costs a cold `sunto` call tens of milliseconds more than reading a few
// bundled files. Code splitting keeps one chunk per command's analysis, since the CLI loads each with
// import(). The library (dist/index.js and its .d.ts) is not bundled, and bin/sunto.js runs only the bundle.
//
// natural stays external: src/core/lang/stemmers.ts requires its stemmer sub-modules by path at run time,
// which resolves from dist/bin/ to node_modules/ as from dist/core/lang/. Files stay directly in dist/bin/
// so that src/cli/version.ts still finds ../../package.json from there.
//
// Usage: node scripts/bundle.mjs (after `tsc -p tsconfig.build.json`).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'dist/cli/run.js');
const outdir = path.join(root, 'dist/bin');

if (!fs.existsSync(entry)) {
  console.error('bundle: dist/cli/run.js is missing; run `tsc -p tsconfig.build.json` first');
  process.exit(1);
}
// Chunk names carry a content hash: clear the old ones so they do not pile up.
fs.rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { sunto: entry },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  external: ['natural', 'natural/*'],
  chunkNames: 'chunk-[hash]',
  // commander is CommonJS: its require() calls of Node built-ins need a real `require` in ES modules.
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
