/** Sample inputs for CLI tests: texts written for these tests and byte patterns of non-text files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary directory with the given files (string contents are written as UTF-8). */
export function tempFiles(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sunto-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** The first bytes of a PNG image: signature and IHDR chunk, NUL bytes included. */
export const PNG_BYTES = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
  0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c, 0x72, 0xa8, 0x66,
]);

/** A short Italian news text with two paragraphs and a quotation. */
export const ITALIAN = [
  'Il sindaco ha presentato il piano per la città.',
  '',
  'Secondo il dott. Rossi, i lavori costeranno 1.500 euro al metro. “Finiremo entro giugno”, ha detto.',
  '',
].join('\n');

/** Matches any ANSI colour sequence. */
export const ANSI_PATTERN = /\u001b\[/;
