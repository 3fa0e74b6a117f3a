/**
 * Writes results in the chosen format, one input at a time so a long batch streams instead of piling up:
 * human text, `--json` (one document: the result for one input, an array for several) or `--jsonl`
 * (one compact line per input). JSON is never coloured: renderers are only called for text.
 */
import type { OutputStream } from '../io.js';
import type { RenderStyle } from '../render/style.js';
import { batched, jsonPieces } from './json-pieces.js';

/** How results are printed. */
export type OutputFormat = 'text' | 'json' | 'jsonl';

/** Turns one result into human-readable text. */
export type Renderer<R> = (result: R, style: RenderStyle) => string;

/** Receives results in order and writes them. */
export interface Sink<R> {
  /** Writes one result. */
  put(result: R): Promise<void>;
  /** Writes whatever closes the output (the `]` of a JSON array). */
  end(): Promise<void>;
}

/** What a sink needs to know about the run. */
export interface SinkOptions<R> {
  /** The output format. */
  format: OutputFormat;
  /** How many inputs were named: several make `--json` an array and text output get file headers. */
  inputs: number;
  /** Renders one result as text. */
  render: Renderer<R>;
  /** Colours and width for text. */
  style: RenderStyle;
  /** The name shown in a text header when there are several inputs. */
  nameOf: (result: R) => string;
}

/** Picks the output format from `--json` and `--jsonl` (commander already refuses both at once). */
export function outputFormat(options: {
  json?: boolean | undefined;
  jsonl?: boolean | undefined;
}): OutputFormat {
  if (options.jsonl) return 'jsonl';
  if (options.json) return 'json';
  return 'text';
}

/** Characters handed to the output stream at a time when writing JSON. */
const CHUNK = 1 << 20;

/**
 * Writes the JSON text of `value` (pretty with `indent` spaces, compact with 0) at `depth`, in chunks,
 * waiting for the stream when it asks to: a result too large for one string is written all the same.
 */
async function writeJson(out: OutputStream, value: unknown, indent: number, depth: number): Promise<void> {
  for (const chunk of batched(jsonPieces(value, indent, depth), CHUNK)) await out.write(chunk);
}

/** Creates the sink for a format. */
export function createSink<R>(out: OutputStream, options: SinkOptions<R>): Sink<R> {
  if (options.format === 'jsonl') {
    return {
      async put(r) {
        await writeJson(out, r, 0, 0);
        await out.write('\n');
      },
      end: async () => {},
    };
  }
  if (options.format === 'json') return jsonSink(out, options.inputs > 1);
  return textSink(out, options);
}

/** One pretty document; for several inputs a streamed array, byte-identical to `JSON.stringify(all, null, 2)`. */
function jsonSink<R>(out: OutputStream, array: boolean): Sink<R> {
  if (!array) {
    return {
      async put(r) {
        await writeJson(out, r, 2, 0);
        await out.write('\n');
      },
      end: async () => {},
    };
  }
  let count = 0;
  return {
    async put(r) {
      await out.write(count === 0 ? '[\n  ' : ',\n  ');
      await writeJson(out, r, 2, 1);
      count++;
    },
    async end() {
      await out.write(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}

/** Rendered text; with several inputs each gets a `==> file <==` header, as `head` and `tail` do. */
function textSink<R>(out: OutputStream, options: SinkOptions<R>): Sink<R> {
  const { style } = options;
  let count = 0;
  return {
    async put(r) {
      let text = options.render(r, style);
      if (!text.endsWith('\n')) text += '\n';
      if (options.inputs > 1) {
        const header = style.color.bold(`==> ${options.nameOf(r)} <==`);
        text = `${count === 0 ? '' : '\n'}${header}\n${text}`;
      }
      count++;
      await out.write(text);
    },
    end: async () => {},
  };
}
