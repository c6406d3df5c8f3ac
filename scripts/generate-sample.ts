import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSampleExports } from '../sample-generator/generate';

/**
 * Writes the sample exports. The shipped set is
 *   npx tsx scripts/generate-sample.ts --accounts 3000 --seed 20261122 --out resources/sample
 * and any size works for benchmarks, e.g. --accounts 1000000 --out bench/.data/sample-1m.
 */
function main(): void {
  const { values } = parseArgs({
    options: {
      accounts: { type: 'string', default: '3000' },
      seed: { type: 'string', default: '20261122' },
      out: { type: 'string', default: 'resources/sample' },
    },
  });
  const accounts = Number(values.accounts);
  const seed = Number(values.seed);
  if (!Number.isInteger(accounts) || accounts < 1 || !Number.isSafeInteger(seed) || seed < 0) {
    console.error(
      'Usage: generate-sample.ts --accounts N --seed S --out DIR (N ≥ 1, S ≥ 0, integers)',
    );
    process.exit(2);
  }
  const outDir = resolve(values.out);
  const started = Date.now();
  const summary = generateSampleExports({ accounts, seed, outDir });
  let bytes = 0;
  for (const f of summary.files) {
    bytes += f.bytes;
    console.log(
      `${f.file.padEnd(30)} ${f.kind.padEnd(14)} ${String(f.rows).padStart(11)} rows ${(f.bytes / 1e6).toFixed(2).padStart(9)} MB`,
    );
  }
  console.log(
    `${summary.accounts} accounts, seed ${seed}, as of ${summary.asOf}: ${(bytes / 1e6).toFixed(2)} MB in ${outDir} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

main();
