/** One sentence per code, built from that code's params. */
export type ErrorTexts<P> = { [C in keyof P]: (params: P[C]) => string };
