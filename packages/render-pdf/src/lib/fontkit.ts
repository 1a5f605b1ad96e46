import * as fontkitModule from '@pdf-lib/fontkit'
import type {Font} from '@pdf-lib/fontkit'

/** The fontkit object, whichever way the bundle's module shape arrives (UMD under ESM puts it on `default`). */
export const fontkit: {create(buffer: Uint8Array): Font} =
  (fontkitModule as unknown as {default?: {create(buffer: Uint8Array): Font}}).default ??
  (fontkitModule as unknown as {create(buffer: Uint8Array): Font})

export type {Font}
