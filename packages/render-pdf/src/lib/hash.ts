/** A 128-bit, non-cryptographic hash (FNV-1a in four lanes), fed piece by piece. */
export class Hash {
  private readonly lanes = [0x811c9dc5, 0x01000193 ^ 0x9e3779b9, 0x7f4a7c15, 0x2545f491]

  update(text: string): this {
    const lanes = this.lanes
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      for (let l = 0; l < 4; l++) lanes[l] = Math.imul(lanes[l]! ^ (c + l * 0x3b), 0x01000193) >>> 0
    }
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
