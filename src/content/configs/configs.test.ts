// Every config of the engine's tables has its doc line in both languages, and every simulator note
// is about a config the engine has.
import { describe, expect, it } from 'vitest';
import { CONFIG_DEFINITIONS } from '../../engine';
import { CONFIG_DOCS } from './docs';
import { CONFIG_NOTES } from './notes';

describe('config docs', () => {
  it('has a Korean and an English doc line for every table row', () => {
    for (const d of CONFIG_DEFINITIONS) {
      const doc = CONFIG_DOCS[d.entity][d.name];
      expect(doc, `${d.entity} ${d.name}`).toBeDefined();
      expect(doc!.en.length, `${d.entity} ${d.name}`).toBeGreaterThan(10);
      expect(doc!.ko, `${d.entity} ${d.name}`).toMatch(/[가-힣]/);
    }
  });

  it('documents nothing the tables do not have', () => {
    for (const [entity, docs] of Object.entries(CONFIG_DOCS))
      for (const name of Object.keys(docs))
        expect(
          CONFIG_DEFINITIONS.some((d) => d.entity === entity && d.name === name),
          `${entity} ${name}`,
        ).toBe(true);
  });

  it('has simulator notes only for configs the engine has, in both languages', () => {
    for (const [name, note] of Object.entries(CONFIG_NOTES)) {
      expect(
        CONFIG_DEFINITIONS.some((d) => d.name === name),
        name,
      ).toBe(true);
      expect(note.ko).toMatch(/[가-힣]/);
      expect(note.en.length).toBeGreaterThan(10);
    }
  });
});
