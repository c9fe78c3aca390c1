// The project's vocabulary must equal the evaluation's, when the shared copy is present.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BASIS_IDS, CATEGORIES, RISKS, VERDICTS } from '../src/core/vocabulary.ts';

const shared = fileURLToPath(new URL('../../shared/eval/vocabulary.json', import.meta.url));

describe('vocabulary', () => {
  it.skipIf(!existsSync(shared))('matches ../shared/eval/vocabulary.json', () => {
    const vocabulary = JSON.parse(readFileSync(shared, 'utf8'));
    expect(VERDICTS).toEqual(Object.keys(vocabulary.verdicts));
    expect(RISKS).toEqual(Object.keys(vocabulary.risks));
    expect(CATEGORIES).toEqual(Object.keys(vocabulary.categories));
    expect(BASIS_IDS).toEqual(Object.keys(vocabulary.basis));
  });
});
