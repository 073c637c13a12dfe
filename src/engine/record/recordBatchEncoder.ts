// The record batch encoder as the log reaches it (LogBatchCodec): one module, so the page's build
// can leave it out of the first download and fetch it on demand (vite.config.ts,
// ENGINE_PARTS_ON_DEMAND). Only a compressed batch's size (known only by compressing) and a
// segment file's bytes (the storage view) need the encoded bytes; uncompressed sizes are computed.
export { encodeBatch } from './DefaultRecordBatch';
