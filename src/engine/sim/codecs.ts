// Codec readiness. The engine is synchronous, but zstd compression needs a WebAssembly module that
// loads asynchronously: hosts (CLI, browser worker, tests) await prepareCodecs() once, and a
// scenario that uses zstd before that is refused with an error naming the config.
import { initZstd, isZstdReady } from '../record/CompressionType';
import type { Action, ConfigMap, Scenario } from '../scenario/Scenario';
import { engineError } from '../common/EngineError';
import type { EngineError } from '../common/EngineError';
import { TOPIC_CONFIGS } from '../config/tables/topic';

/** compression.type: the topic's, the broker's default and the producer's share the name. */
const COMPRESSION_TYPE = TOPIC_CONFIGS.compressionType.name;

/** Load every codec the engine may need (today: zstd's WebAssembly). Safe to call more than once. */
export async function prepareCodecs(options?: { zstdWasmUrl?: string }): Promise<void> {
  await initZstd(options?.zstdWasmUrl !== undefined ? { wasmUrl: options.zstdWasmUrl } : undefined);
}

function usesZstd(config: ConfigMap | undefined): boolean {
  const v = config?.[COMPRESSION_TYPE];
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
  if (usesZstd(s.cluster.config)) errors.push(notReady(`cluster.config.${COMPRESSION_TYPE}`));
  s.topics.forEach((t, i) => {
    if (usesZstd(t.config)) errors.push(notReady(`topics[${i}].config.${COMPRESSION_TYPE}`));
  });
  s.producers.forEach((p, i) => {
    if (usesZstd(p.config)) errors.push(notReady(`producers[${i}].config.${COMPRESSION_TYPE}`));
  });
  s.actions.forEach((a, i) => errors.push(...zstdActionErrors(a, `actions[${i}]`)));
  return errors;
}

/** The same check for one action (setConfig compression.type=zstd, createTopic with zstd). */
export function zstdActionErrors(a: Action, path: string): EngineError[] {
  if (isZstdReady()) return [];
  if (a.do === 'setConfig' && a.key === COMPRESSION_TYPE && usesZstd({ [a.key]: a.value }))
    return [notReady(`${path}.value`)];
  if (a.do === 'createTopic' && usesZstd(a.topic.config))
    return [notReady(`${path}.topic.config.${COMPRESSION_TYPE}`)];
  return [];
}
