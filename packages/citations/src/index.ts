export const name = '@octavo/citations'
