// mulberry32 (Tommy Ettinger, 2017): a small, well-known 32-bit pseudo-random generator. A
// personal experiment stores its seed, so the same seed always gives the same allocation and
// anyone can check it. Not for secrets; the seed itself comes from a proper random source.

/** A generator of numbers in [0, 1) from a 32-bit seed (other numbers are taken modulo 2^32). */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
