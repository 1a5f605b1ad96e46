export const name = '@octavo/cli'
