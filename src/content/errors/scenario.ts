// Sentences for scenario and action errors.
import type { ScenarioErrorParams } from '../../engine/scenario/scenarioErrors';
import type { ErrorTexts } from './types';

export const scenarioErrorsEn: ErrorTexts<ScenarioErrorParams> = {
  'field.unknown': (p) => `Unknown field "${p.field}". Fields allowed here: ${p.allowed.join(', ')}.`,
};

export const scenarioErrorsKo: ErrorTexts<ScenarioErrorParams> = {
  'field.unknown': (p) =>
    `알 수 없는 필드 "${p.field}"입니다. 여기에 쓸 수 있는 필드: ${p.allowed.join(', ')}.`,
};
