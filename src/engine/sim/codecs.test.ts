// zstd compresses through WebAssembly, loaded asynchronously; the engine is synchronous. A
// scenario asking for zstd before prepareCodecs() is refused, naming the config (its sentence, ko
// and en, in src/content/errors).
// (Its own test file: the codec, once loaded, stays loaded for the whole module.)
import { describe, expect, it } from 'vitest';
import { createSimulation, prepareCodecs, ScenarioValidationError } from '../index';
import { baseScenario } from '../test/scenarios';
import { errorMessage } from '../../content/errors';

const zstdScenario = () =>
  baseScenario({
    topics: [
      { name: 'a', partitions: 1, replicationFactor: 1 },
      { name: 'b', partitions: 1, replicationFactor: 1, config: { 'compression.type': 'zstd' } },
    ],
    producers: [{ id: 'p1', config: { acks: '1', 'compression.type': 'zstd' } }],
  });

describe('zstd and prepareCodecs()', () => {
  it('before prepareCodecs: a clear error naming each config that asks for zstd', () => {
    let err: unknown;
    try {
      createSimulation(zstdScenario());
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ScenarioValidationError);
    const e = err as ScenarioValidationError;
    expect(e.errors).toEqual([
      { path: 'topics[1].config.compression.type', code: 'codec.zstdNotReady', params: {} },
      { path: 'producers[0].config.compression.type', code: 'codec.zstdNotReady', params: {} },
    ]);
    expect(errorMessage(e.errors[0]!, 'en')).toContain('await prepareCodecs()');
    expect(errorMessage(e.errors[0]!, 'ko')).toContain('prepareCodecs()');
    expect(errorMessage(e.errors[0]!, 'ko')).toMatch(/[\uAC00-\uD7A3]/);
  });

  it('a setConfig to zstd is refused the same way', () => {
    const sim = createSimulation(baseScenario());
    expect(() =>
      sim.apply({
        do: 'setConfig',
        target: 'topic:waiting-events',
        key: 'compression.type',
        value: 'zstd',
      }),
    ).toThrow(/^action\.value: codec\.zstdNotReady \{\}$/);
  });

  it('after prepareCodecs: zstd batches are stored compressed', async () => {
    await prepareCodecs();
    const s = zstdScenario();
    s.actions = [
      { at: 100, do: 'produce', producer: 'p1', topic: 'b', key: 'k', value: 'z'.repeat(500) },
    ];
    const sim = createSimulation(s);
    sim.advanceTo(2000);
    const [batch] = [...sim.replicaLog(1, 'b', 0)!.batches()];
    expect(batch!.compression).toBe('zstd');
    expect(batch!.sizeBytes).toBeLessThan(200);
  });
});
