export const name = '@octavo/render-epub'
