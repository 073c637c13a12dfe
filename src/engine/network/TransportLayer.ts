// How a fetch response's record bytes leave the broker: Kafka's FileRecords.writeTo hands the
// segment file range to the connection's TransportLayer.transferFrom.
// - PlaintextTransportLayer: FileChannel.transferTo → sendfile(2). One system call (two
//   user/kernel mode switches); the NIC gathers the bytes straight from the page cache by DMA
//   (scatter-gather, every current NIC): no CPU copy, nothing enters the JVM heap.
// - SslTransportLayer: TLS is encrypted in user space (SSLEngine.wrap), so the bytes must come up:
//   FileChannel.read into a buffer (a CPU copy, two mode switches), wrap into the network buffer
//   (a CPU pass that writes the ciphertext: a third copy), write(2) to the socket (a CPU copy into
//   the socket buffer, two mode switches), then DMA to the NIC. Zero-copy does not apply.
// - read(2)+write(2) through user space, the path zero-copy avoids: the same without encryption.
// A page not in the page cache costs one more DMA (device → page cache) on every path.
// Message down-conversion for clients older than magic v2 also read records into the heap, but
// Kafka 4.0 removed those fetch versions (KIP-896): the simulator has no such clients.

export type SecurityProtocol = 'PLAINTEXT' | 'SSL';
export type TransferPath = 'sendfile' | 'ssl' | 'readWrite';

export interface CopyCounts {
  /** Copies done by DMA engines (device → page cache, socket buffer or page cache → NIC). */
  dmaCopies: number;
  /** Copies done by the CPU (each one also a pass over the bytes). */
  cpuCopies: number;
  cpuCopyBytes: number;
  /** User/kernel mode switches (two per system call). */
  modeSwitches: number;
}

export function noCopies(): CopyCounts {
  return { dmaCopies: 0, cpuCopies: 0, cpuCopyBytes: 0, modeSwitches: 0 };
}

const PATHS: Record<TransferPath, { cpuCopies: number; syscalls: number }> = {
  sendfile: { cpuCopies: 0, syscalls: 1 },
  readWrite: { cpuCopies: 2, syscalls: 2 },
  ssl: { cpuCopies: 3, syscalls: 2 },
};

/**
 * One transferFrom of `bytes` from one segment file, `fromDevice` when some pages were read from
 * the device first: the copies and mode switches of `path`.
 */
export function transferCost(path: TransferPath, bytes: number, fromDevice: boolean): CopyCounts {
  const p = PATHS[path];
  return {
    dmaCopies: 1 + (fromDevice ? 1 : 0),
    cpuCopies: p.cpuCopies,
    cpuCopyBytes: p.cpuCopies * bytes,
    modeSwitches: 2 * p.syscalls,
  };
}

/** The path Kafka takes on a connection of `protocol`. */
export function kafkaPath(protocol: SecurityProtocol): TransferPath {
  return protocol === 'SSL' ? 'ssl' : 'sendfile';
}

export function addCopies(to: CopyCounts, c: CopyCounts): void {
  to.dmaCopies += c.dmaCopies;
  to.cpuCopies += c.cpuCopies;
  to.cpuCopyBytes += c.cpuCopyBytes;
  to.modeSwitches += c.modeSwitches;
}
