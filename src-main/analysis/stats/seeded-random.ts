/**
 * A seeded pseudo-random stream: a Weyl sequence (step 0x9e3779b9, the 32-bit golden ratio) passed
 * through MurmurHash3's 32-bit finaliser. Two outputs make one double with 53 random bits. Not for
 * cryptography; good enough for sampling rows and seeding k-means, and the same on every platform.
 */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export type RandomStream = () => number;

export function seededRandom(seed: number): RandomStream {
  let state = mix32(Math.trunc(seed) ^ 0x2545f491);
  const nextWord = () => {
    state = (state + 0x9e3779b9) | 0;
    return mix32(state);
  };
  return () => {
    const high = nextWord() >>> 5;
    const low = nextWord() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  };
}

/** A uniform integer in [0, n). */
export const randomIndex = (random: RandomStream, n: number): number =>
  Math.min(n - 1, Math.floor(random() * n));
