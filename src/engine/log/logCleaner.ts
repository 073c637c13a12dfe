// The log cleaner's cleaning round (Cleaner.ts). LogManager reaches it through this one module,
// so the page can fetch it apart from the first download (vite.config.ts swaps this module for
// src/store/logCleanerOnDemand.ts in the build): a run that names compaction loads it first, and
// every page fetches it once idle after opening, long before a default run could roll a segment
// of __consumer_offsets (offsets.topic.segment.bytes 100 MiB, log.roll.hours 168). Tests and the
// CLI import it as it is.
export { cleanLog } from './Cleaner';
