/**
 * `import()` of an ES module from outside the bundle (harfbuzzjs), set by
 * src/start.ts for the CommonJS build of the command: on Node 20 a script
 * compiled from a V8 code cache cannot import by itself ("A dynamic import
 * callback was not specified"). Unset elsewhere: `import()` then.
 */
export const IMPORT = Symbol.for('octavo.import')

type Shared = {[IMPORT]?: (specifier: string) => Promise<unknown>}

/** Let the program import through `importer`. */
export function setImportHook(importer: (specifier: string) => Promise<unknown>): void {
  ;(globalThis as Shared)[IMPORT] = importer
}

/** The hook, when one is set. */
export function importHook(): ((specifier: string) => Promise<unknown>) | undefined {
  return (globalThis as Shared)[IMPORT]
}
