/**
 * V8 flags the command sets for itself (issue 16), by command, each with
 * what it was measured to do. src/start.ts sets them before it compiles the
 * program, so that V8's code cache (code-cache.ts) is made and used under
 * the same flags; they are part of the cache entry's key.
 */
export interface V8Flag {
  flag: string
  /** The commands it is set for (the first argument that is not an option). */
  commands: readonly string[]
  /** What it does, and what it was measured to do. */
  why: string
}

export const V8_FLAGS: readonly V8Flag[] = [
  {
    flag: '--no-regexp-tier-up',
    commands: ['build'],
    why:
      'Regular expressions compiled to machine code on their first use instead of interpreted once first: reading the notes runs hundreds of them a few times each over long text. ' +
      'The same bundle with and without it, paired (5 + 5): an exports-only build of the real article 0.88x main-thread CPU with its caches kept, 0.90x with none; a full build 0.96x and 0.99x (README, "A cold build, stage by stage", fifth pass)'
  }
]

/** The flags of `V8_FLAGS` for a command line (`process.argv.slice(2)`). */
export function v8FlagsFor(argv: readonly string[]): string[] {
  const command = argv.find((arg) => !arg.startsWith('-')) ?? ''
  return V8_FLAGS.filter((f) => f.commands.includes(command)).map((f) => f.flag)
}
