/**
 * Option factories and value parsers shared by every subcommand, so that `--json`, `--lang` and friends
 * read and fail the same way everywhere. Parsers throw commander's `InvalidArgumentError`, which commander
 * turns into a one-line usage error (exit code 2).
 */
import { type Command, InvalidArgumentError, Option } from 'commander';

/** Options every file command has. */
export interface CommonOptions {
  /** `--json`: one pretty JSON document. */
  json?: boolean;
  /** `--jsonl`: one compact JSON line per input. */
  jsonl?: boolean;
  /** `--lang`: language code, `auto` to detect. */
  lang: string;
  /** False with `--no-color`. */
  color: boolean;
  /** `--debug`: stack traces for internal errors. */
  debug?: boolean;
}

/** Languages sunto has data for, listed in help and error messages. */
export const KNOWN_LANGUAGES = ['it', 'en', 'fr', 'es', 'pt', 'de'] as const;

/** `--json`: one pretty-printed JSON document on stdout. */
export function jsonOption(): Option {
  return new Option('--json', 'print one JSON document (an array of results for several inputs)').conflicts(
    'jsonl',
  );
}

/** `--jsonl`: one compact JSON object per input and line. */
export function jsonlOption(): Option {
  return new Option('--jsonl', 'print one JSON line per input, starting with its "file"').conflicts('json');
}

/** `--lang <code>`: the language of the text, detected by default. */
export function langOption(): Option {
  return new Option(
    '--lang <code>',
    `language of the text: auto, ${KNOWN_LANGUAGES.join(', ')} or another two-letter code`,
  )
    .default('auto')
    .argParser(parseLanguage);
}

/** `--no-color`: plain text even on a terminal. */
export function noColorOption(): Option {
  return new Option('--no-color', 'never colour the output (also NO_COLOR=1 or FORCE_COLOR=0)');
}

/** `--debug`: show stack traces of internal errors. */
export function debugOption(): Option {
  return new Option('--debug', 'print a stack trace when something fails unexpectedly');
}

/** Adds the options every file command shares: `--json`, `--jsonl`, `--lang`, `--no-color`, `--debug`. */
export function addCommonOptions(command: Command): Command {
  return command
    .addOption(jsonOption())
    .addOption(jsonlOption())
    .addOption(langOption())
    .addOption(noColorOption())
    .addOption(debugOption());
}

/** Accepts `auto` or any two-letter code, lower-cased. */
export function parseLanguage(value: string): string {
  const code = value.trim().toLowerCase();
  if (code === 'auto' || /^[a-z]{2}$/.test(code)) return code;
  throw new InvalidArgumentError(
    `expected auto or a two-letter language code (${KNOWN_LANGUAGES.join(', ')}).`,
  );
}

/** Inclusive bounds of a numeric option. */
export interface Bounds {
  /** Smallest accepted value. */
  min?: number;
  /** Largest accepted value. */
  max?: number;
}

/** Describes bounds in words, for error messages. */
function describeBounds(kind: string, { min, max }: Bounds): string {
  if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`;
  if (min !== undefined) return `${kind} of at least ${min}`;
  if (max !== undefined) return `${kind} of at most ${max}`;
  return kind;
}

/** A parser for a whole number within bounds (`-k 10`, `-n 3`); rejects `abc`, `2.5` and `-3` when min is 0. */
export function integerParser(bounds: Bounds = {}): (value: string) => number {
  return (value: string): number => {
    const trimmed = value.trim();
    const n = /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
    if (!Number.isSafeInteger(n) || outOfBounds(n, bounds)) {
      throw new InvalidArgumentError(`expected ${describeBounds('a whole number', bounds)}.`);
    }
    return n;
  };
}

/** A parser for a fraction within bounds, 0 to 1 by default (`--ratio 0.2`); `20%` is read as 0.2. */
export function ratioParser(bounds: Bounds = { min: 0, max: 1 }): (value: string) => number {
  return (value: string): number => {
    const trimmed = value.trim();
    const percent = trimmed.endsWith('%');
    const digits = percent ? trimmed.slice(0, -1) : trimmed;
    let n = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(digits) ? Number(digits) : Number.NaN;
    if (percent) n /= 100;
    if (!Number.isFinite(n) || outOfBounds(n, bounds)) {
      throw new InvalidArgumentError(`expected ${describeBounds('a number', bounds)} (e.g. 0.2 or 20%).`);
    }
    return n;
  };
}

/** A parser for an integer range `MIN..MAX` (or a single `N`) within bounds, e.g. `--ngram 1..3`. */
export function rangeParser(bounds: Bounds = {}): (value: string) => [number, number] {
  const integer = integerParser(bounds);
  return (value: string): [number, number] => {
    const parts = value.split('..');
    try {
      if (parts.length === 1) {
        const n = integer(parts[0] ?? '');
        return [n, n];
      }
      if (parts.length === 2) {
        const lo = integer(parts[0] ?? '');
        const hi = integer(parts[1] ?? '');
        if (lo <= hi) return [lo, hi];
      }
    } catch {
      // Fall through to the range-shaped message below.
    }
    throw new InvalidArgumentError(`expected MIN..MAX with ${describeBounds('whole numbers', bounds)}.`);
  };
}

/** True when a number falls outside inclusive bounds. */
function outOfBounds(n: number, { min, max }: Bounds): boolean {
  return (min !== undefined && n < min) || (max !== undefined && n > max);
}
