/** The notes model (packages/citations/train): the bytes of `encodeModel`, in base64. */
declare const model: string
export default model
