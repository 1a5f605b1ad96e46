/** A 128-bit, non-cryptographic hash (FNV-1a in four lanes), fed piece by piece. */
export class Hash {
  private readonly lanes = [0x811c9dc5, 0x01000193 ^ 0x9e3779b9, 0x7f4a7c15, 0x2545f491]

  update(text: string): this {
    const lanes = this.lanes
    // The four lanes in locals (the same arithmetic as one loop over the lanes, without the array).
    let a = lanes[0]!
    let b = lanes[1]!
    let c = lanes[2]!
    let d = lanes[3]!
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      a = Math.imul(a ^ code, 0x01000193) >>> 0
      b = Math.imul(b ^ (code + 0x3b), 0x01000193) >>> 0
      c = Math.imul(c ^ (code + 0x76), 0x01000193) >>> 0
      d = Math.imul(d ^ (code + 0xb1), 0x01000193) >>> 0
    }
    lanes[0] = a
    lanes[1] = b
    lanes[2] = c
    lanes[3] = d
    return this
  }

  /** 32 hex digits. */
  hex(): string {
    return this.lanes.map((v) => v.toString(16).padStart(8, '0')).join('')
  }
}

export function hashHex(text: string): string {
  return new Hash().update(text).hex()
}
