import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {readInputFile} from '../src/lib/files.js'

const MiB = 1024 * 1024

describe('readInputFile', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'octavo-files-'))
  const sizes = [0, 1, 300, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 4 * MiB, 5 * MiB + 3]
  for (const size of sizes) {
    it(`reads a file of ${size} bytes whole, into a buffer no larger than it and the byte that saw its end`, async () => {
      const bytes = Uint8Array.from({length: size}, (_, i) => (i * 7 + 3) % 256)
      const file = path.join(folder, `f${size}`)
      writeFileSync(file, bytes)
      const read = await readInputFile(file, 'article')
      expect(Buffer.from(read.bytes).equals(Buffer.from(bytes))).toBe(true)
      expect(read.bytes.buffer.byteLength).toBeLessThanOrEqual(size + 1)
    })
  }

  it('reads a file that says it has no bytes (/proc) to its end', async () => {
    const read = await readInputFile('/proc/self/status', 'metadata')
    expect(new TextDecoder().decode(read.bytes)).toMatch(/^Name:/)
  })

  it('refuses a file larger than its kind may have', async () => {
    const file = path.join(folder, 'large')
    writeFileSync(file, new Uint8Array(MiB + 1))
    await expect(readInputFile(file, 'metadata')).rejects.toThrow('it is larger than the 1 MB a metadata file may have')
  })
})
