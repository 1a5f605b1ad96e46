/** A command-line usage error: exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** An input error that has no position (unreadable file …): exit status 1. */
export class InputError extends Error {
  override name = 'InputError'
}

export const EXIT_OK = 0
export const EXIT_INPUT = 1
export const EXIT_USAGE = 2
