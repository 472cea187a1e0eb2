/**
 * Sets of document numbers as bit arrays (32 documents per word). Operations accept
 * operands of different lengths: missing words count as empty.
 */
export type Bits = Uint32Array;

export function wordsFor(count: number): number {
  return (count + 31) >>> 5;
}

export function emptyBits(count: number): Bits {
  return new Uint32Array(wordsFor(count));
}

export function setBit(bits: Bits, n: number): void {
  bits[n >>> 5]! |= 1 << (n & 31);
}

export function clearBit(bits: Bits, n: number): void {
  bits[n >>> 5]! &= ~(1 << (n & 31));
}

export function hasBit(bits: Bits, n: number): boolean {
  return ((bits[n >>> 5] ?? 0) & (1 << (n & 31))) !== 0;
}

/** `target &= other`. */
export function andInto(target: Bits, other: Bits): Bits {
  const shared = Math.min(target.length, other.length);
  for (let i = 0; i < shared; i++) target[i]! &= other[i]!;
  target.fill(0, shared);
  return target;
}

/** `target |= other` (within target's length). */
export function orInto(target: Bits, other: Bits): Bits {
  const shared = Math.min(target.length, other.length);
  for (let i = 0; i < shared; i++) target[i]! |= other[i]!;
  return target;
}

/** A copy of `bits` with exactly `words` words. */
export function copyBits(bits: Bits, words: number): Bits {
  const copy = new Uint32Array(words);
  copy.set(bits.length > words ? bits.subarray(0, words) : bits);
  return copy;
}

function popcount32(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function countBits(bits: Bits): number {
  let count = 0;
  for (let i = 0; i < bits.length; i++) if (bits[i] !== 0) count += popcount32(bits[i]!);
  return count;
}

/** |a ∩ b| without building the intersection. */
export function countAnd(a: Bits, b: Bits): number {
  const shared = Math.min(a.length, b.length);
  let count = 0;
  for (let i = 0; i < shared; i++) {
    const word = a[i]! & b[i]!;
    if (word !== 0) count += popcount32(word);
  }
  return count;
}

/** The set members in ascending order. */
export function members(bits: Bits, count = countBits(bits)): Uint32Array {
  const out = new Uint32Array(count);
  let k = 0;
  for (let i = 0; i < bits.length; i++) {
    let word = bits[i]!;
    while (word !== 0) {
      const low = word & -word;
      out[k++] = (i << 5) + (31 - Math.clz32(low));
      word ^= low;
    }
  }
  return out;
}
