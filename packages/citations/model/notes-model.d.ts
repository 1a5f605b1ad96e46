/** The notes model (packages/citations/train): zlib-compressed bytes of `encodeModel`, in base64. */
declare const model: string
export default model
