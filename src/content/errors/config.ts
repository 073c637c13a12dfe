// Sentences for config errors, Kafka's ConfigException wording in English.
import type { ConfigErrorParams } from '../../engine/config/configErrors';
import type { ErrorTexts } from './types';

export const configErrorsEn: ErrorTexts<ConfigErrorParams> = {
  'config.atLeast': (p) =>
    `Invalid value ${p.value} for configuration ${p.key}: Value must be at least ${p.min}`,
};

export const configErrorsKo: ErrorTexts<ConfigErrorParams> = {
  'config.atLeast': (p) =>
    `설정 ${p.key}의 값 ${p.value}은(는) 사용할 수 없습니다. ${p.min} 이상이어야 합니다.`,
};
