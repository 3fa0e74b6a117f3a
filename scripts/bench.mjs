#!/usr/bin/env node
// Speed and memory of sunto's capabilities on the evaluation kit's benchmark inputs and on the
// bundled article. Each measurement runs in a fresh child process so that its peak memory (max RSS)
// is its own. Usage: npm run bench [-- --quick] [-- --only segment,keywords]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.resolve(root, '../shared/eval/data/bench');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg =
  args.find((a) => a.startsWith('--only='))?.slice(7) ??
  (args.includes('--only') ? args[args.indexOf('--only') + 1] : '');
const only = onlyArg ? onlyArg.split(',') : null;

/** What each capability runs, in-process, on one whole string. */
const CAPABILITIES = {
  // Tokens and sentences as every analysis reads them (token columns).
  segment: {
    module: 'dist/core/segment/index.js',
    run: (m, text) => m.segmentText(text, { language: 'it' }).tokens.length,
  },
  // The same with one object per token and sentence, as `sunto tokenize --json` prints them.
  tokenize: {
    module: 'dist/core/tokenize/index.js',
    run: (m, text) => m.tokenize(text, { language: 'it' }).tokens.length,
  },
  keywords: {
    module: 'dist/core/keywords/index.js',
    run: (m, text) => m.keywords(text, { language: 'it' }).keywords?.length,
  },
  summarize: {
    module: 'dist/core/summarize/index.js',
    run: (m, text) => m.summarize(text, { language: 'it', sentences: 3 }).sentences.length,
  },
  quotes: {
    module: 'dist/core/quotes/index.js',
    run: (m, text) => m.quotes(text, { language: 'it' }).quotes.length,
  },
  inspect: {
    module: 'dist/core/inspect/index.js',
    run: (m, text) => Object.keys(m.inspect(text, { language: 'it' })).length,
  },
};

if (args[0] === '--child') {
  const [, name, file, repeat] = args;
  const cap = CAPABILITIES[name];
  const text = file.startsWith('gen:') ? generate(file.slice(4)) : fs.readFileSync(file, 'utf8');
  const mod = await import(path.join(root, cap.module));
  // Warm-up on the first 200 KB, so that the timed runs measure compiled code: the cost of the
  // first call, compilation included, is what the cold-start figures below show.
  cap.run(mod, text.slice(0, 200_000));
  // Peak memory is read after the first run, so that it is the cost of one call, not of the
  // garbage that later repetitions leave for the collector.
  const times = [];
  let out;
  let maxRssKb = 0;
  for (let r = 0; r < Number(repeat); r++) {
    const t0 = performance.now();
    out = cap.run(mod, text);
    times.push(performance.now() - t0);
    if (r === 0) maxRssKb = process.resourceUsage().maxRSS;
  }
  times.sort((a, b) => a - b);
  const bytes = Buffer.byteLength(text, 'utf8');
  process.stdout.write(JSON.stringify({ ms: times[Math.floor(times.length / 2)], bytes, out, maxRssKb }));
  process.exit(0);
}

/** Synthetic adversarial inputs: `line:N` is N MB of words with no punctuation and no line break. */
function generate(spec) {
  const [kind, mb] = spec.split(':');
  const size = Number(mb) * 1e6;
  if (kind === 'line')
    return 'parola lunga senza punteggiatura alcuna '.repeat(Math.ceil(size / 40)).slice(0, size);
  if (kind === 'quotes') return '“'.repeat(size);
  throw new Error(`unknown generated input ${spec}`);
}

const inputs = [
  { label: 'article', file: path.join(root, 'fixtures/putin-kim.it.txt'), repeat: 20 },
  { label: '1 MB', file: path.join(benchDir, 'it-1mb.txt'), repeat: 5 },
  { label: '10 MB', file: path.join(benchDir, 'it-10mb.txt'), repeat: quick ? 1 : 5 },
];
const extra = {
  segment: [{ label: '50 MB line', file: 'gen:line:50', repeat: 1 }],
  keywords: [{ label: '10 MB line', file: 'gen:line:10', repeat: 1 }],
  summarize: [{ label: '10 MB line', file: 'gen:line:10', repeat: 1 }],
  quotes: [
    { label: '10 MB line', file: 'gen:line:10', repeat: 1 },
    { label: '10 MB of “', file: 'gen:quotes:10', repeat: 1 },
  ],
};

const rows = [];
for (const [name, cap] of Object.entries(CAPABILITIES)) {
  if (only && !only.includes(name)) continue;
  if (!fs.existsSync(path.join(root, cap.module))) continue;
  for (const input of [...inputs, ...(quick ? [] : (extra[name] ?? []))]) {
    if (!input.file.startsWith('gen:') && !fs.existsSync(input.file)) continue;
    const res = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=4096',
        fileURLToPath(import.meta.url),
        '--child',
        name,
        input.file,
        String(input.repeat),
      ],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    if (res.status !== 0) {
      rows.push([name, input.label, 'failed', '', '', (res.stderr || '').split('\n')[0].slice(0, 60)]);
      continue;
    }
    const r = JSON.parse(res.stdout);
    const mbs = r.bytes / 1e6 / (r.ms / 1000);
    rows.push([
      name,
      input.label,
      `${r.ms.toFixed(1)} ms`,
      `${mbs.toFixed(1)} MB/s`,
      `${(r.maxRssKb / 1024).toFixed(0)} MB`,
      String(r.out),
    ]);
  }
}

/**
 * Wall time of one CLI call on the article, best of several (cold start: a new process each time), through
 * bin/sunto.js as users run it, that is from the bundle in dist/bin/. With no command, the time of a bare
 * `node -e ''`, the floor under every figure.
 */
function coldStart(command) {
  const args = command ? [path.join(root, 'bin/sunto.js'), command, 'fixtures/putin-kim.it.txt'] : ['-e', ''];
  const times = [];
  for (let k = 0; k < 7; k++) {
    const t0 = performance.now();
    const res = spawnSync(process.execPath, args, {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    times.push(performance.now() - t0);
    if (res.status !== 0) return `exit ${res.status}`;
  }
  times.sort((a, b) => a - b);
  return `${times[0].toFixed(0)} ms (median ${times[3].toFixed(0)} ms)`;
}

const table = (head, body) => {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
};

console.log(`sunto bench on ${process.version}, ${(await import('node:os')).cpus().length} cores\n`);
console.log(
  table(['capability', 'input', 'time (median)', 'throughput', 'peak RSS (one call)', 'result size'], rows),
);
if (fs.existsSync(path.join(root, 'bin/sunto.js'))) {
  const commands = ['tokenize', 'keywords', 'summarize', 'quotes', 'inspect'].filter(
    (c) => !only || only.includes(c) || (c === 'tokenize' && only.includes('segment')),
  );
  console.log('\nCold start, `sunto <command> fixtures/putin-kim.it.txt` (wall time, best of 7):');
  for (const c of commands) console.log(`  ${c.padEnd(10)} ${coldStart(c)}`);
  console.log(`  ${"node -e ''".padEnd(10)} ${coldStart(null)}`);
}
