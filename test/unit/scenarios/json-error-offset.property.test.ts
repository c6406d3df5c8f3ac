import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../../src-shared/scenarios/json-error-offset';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('where JSON text goes wrong', () => {
  it('agrees with JSON.parse on valid text and on text cut or spliced anywhere', () => {
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', 'x', '"'),
        (json, at, junk) => {
          expect(jsonErrorOffset(json)).toBeNull();
          const cut = at % (json.length + 1);
          const broken = json.slice(0, cut) + junk + json.slice(cut);
          expect(jsonErrorOffset(broken) === null).toBe(parses(broken));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('points at the first character that cannot belong', () => {
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('[1, 2')).toBe(5);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
  });
});
