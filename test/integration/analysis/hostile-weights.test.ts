import { describe, expect, it } from 'vitest';
import { validateWeights } from '../../../src-main/analysis/score/profiles';
import { analysisChannels } from '../../../src-shared/ipc/analysis-channels';
import { join } from 'node:path';
import { openWorkspace } from '../../../src-main/store/workspace';
import { cli } from '../../helpers/cli-run';
import { useTempDir } from '../../helpers/temp-dir';

const signals = 'health, nps, csat, usageLevel, usageTrend, expansion, ltv, friction, crc';

/** Weight names that every JavaScript object answers to are names like any other: unknown. */
describe('a profile weight named like an object property', () => {
  const request = analysisChannels['analysis:profile-save'].request;
  const tempDir = useTempDir();

  it.each(['__proto__', 'constructor', 'toString'])(
    '%s is an unknown signal, from JSON as the renderer sends it',
    (name) => {
      const weights = JSON.parse(`{"${name}": 1}`) as Record<string, unknown>;
      const parsed = request.safeParse({ name: 'P', weights });
      // The request schema refuses __proto__ itself, since zod would drop it; the engine the rest.
      const message = parsed.success
        ? (() => {
            try {
              validateWeights(parsed.data.weights);
              return 'accepted';
            } catch (error) {
              return (error as Error).message;
            }
          })()
        : (parsed.error.issues[0]?.message ?? '');
      expect(message).toBe(`Unknown signal "${name}". Signals are: ${signals}.`);
    },
  );

  it.each(['__proto__', 'constructor'])(
    'is refused as an unknown signal on the command line: %s',
    async (name) => {
      const path = join(tempDir(), 'w.sqlite');
      openWorkspace(path, { create: true }).close();
      const run = await cli('profiles', 'save', 'P', '--weights', `${name}=1`, '--workspace', path);
      expect(run.code).toBe(1);
      expect(run.err).toBe(`Unknown signal "${name}". Signals are: ${signals}.`);
    },
  );
});
