// Config errors in words: English is Kafka's ConfigException text, Korean says the same.
import { describe, expect, it } from 'vitest';
import { engineError } from '../../engine/common/EngineError';
import { errorMessage, formatError } from './index';

describe('config error sentences', () => {
  it("renders an invalid value in Kafka's wording and in Korean", () => {
    const e = engineError('producers[0].config.acks', 'config.oneOf', {
      key: 'acks',
      value: '2',
      allowed: ['all', '-1', '0', '1'],
    });
    expect(errorMessage(e, 'en')).toBe(
      'Invalid value 2 for configuration acks: String must be one of: all, -1, 0, 1',
    );
    expect(errorMessage(e, 'ko')).toBe(
      '설정 acks의 값 2는 사용할 수 없습니다. 다음 중 하나여야 합니다: all, -1, 0, 1',
    );
    expect(formatError(e, 'en')).toMatch(/^producers\[0\]\.config\.acks: Invalid value 2/);
  });

  it("renders a cross-key check with Kafka's message, and the values in Korean", () => {
    const e = engineError('', 'config.heartbeatNotBelowSession', {
      heartbeat: 45000,
      session: 45000,
    });
    expect(errorMessage(e, 'en')).toBe('Heartbeat must be set lower than the session timeout');
    expect(errorMessage(e, 'ko')).toBe(
      'heartbeat.interval.ms(45000)는 session.timeout.ms(45000)보다 작아야 합니다.',
    );
  });

  it('suggests a close name only when there is one', () => {
    const unknown = (suggestion: string | null) =>
      engineError('', 'config.unknownName', { kind: 'topic', name: 'segment.byte', suggestion });
    expect(errorMessage(unknown('segment.bytes'), 'en')).toBe(
      'Unknown topic config name: segment.byte. Did you mean segment.bytes?',
    );
    expect(errorMessage(unknown(null), 'en')).toBe('Unknown topic config name: segment.byte');
    expect(errorMessage(unknown('segment.bytes'), 'ko')).toContain('segment.bytes');
  });
});
