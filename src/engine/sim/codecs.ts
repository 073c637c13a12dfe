// Codec readiness. The engine is synchronous, but zstd compression needs a WebAssembly module that
// loads asynchronously: hosts (CLI, browser worker, tests) await prepareCodecs() once, and a
// scenario that uses zstd before that is refused with an error naming the config.
import { initZstd, isZstdReady } from '../record/CompressionType';
import type { Action, ConfigMap, Scenario } from '../scenario/Scenario';
import { engineError } from '../common/EngineError';
import type { EngineError } from '../common/EngineError';

/** Load every codec the engine may need (today: zstd's WebAssembly). Safe to call more than once. */
export async function prepareCodecs(options?: { zstdWasmUrl?: string }): Promise<void> {
  await initZstd(options?.zstdWasmUrl !== undefined ? { wasmUrl: options.zstdWasmUrl } : undefined);
}

function usesZstd(config: ConfigMap | undefined): boolean {
  const v = config?.['compression.type'];
  return v !== undefined && String(v).trim().toLowerCase() === 'zstd';
}

/** codec.zstdNotReady: its sentence (src/content/errors) says to await prepareCodecs() first. */
function notReady(path: string): EngineError {
  return engineError(path, 'codec.zstdNotReady', {});
}

/** One error per place a scenario asks for zstd while the codec is not loaded. */
export function zstdNotReadyErrors(s: Scenario): EngineError[] {
  if (isZstdReady()) return [];
  const errors: EngineError[] = [];
  if (usesZstd(s.cluster.config)) errors.push(notReady('cluster.config.compression.type'));
  s.topics.forEach((t, i) => {
    if (usesZstd(t.config)) errors.push(notReady(`topics[${i}].config.compression.type`));
  });
  s.producers.forEach((p, i) => {
    if (usesZstd(p.config)) errors.push(notReady(`producers[${i}].config.compression.type`));
  });
  s.actions.forEach((a, i) => errors.push(...zstdActionErrors(a, `actions[${i}]`)));
  return errors;
}

/** The same check for one action (setConfig compression.type=zstd, createTopic with zstd). */
export function zstdActionErrors(a: Action, path: string): EngineError[] {
  if (isZstdReady()) return [];
  if (a.do === 'setConfig' && a.key === 'compression.type' && usesZstd({ [a.key]: a.value }))
    return [notReady(`${path}.value`)];
  if (a.do === 'createTopic' && usesZstd(a.topic.config))
    return [notReady(`${path}.topic.config.compression.type`)];
  return [];
}
