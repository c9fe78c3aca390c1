// Dutch-aware retrieval: verb forms, plurals, diacritics, compounds and domain synonyms.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/text/analyze-text.ts';
import { foldText, splitWords } from '../src/text/fold-text.ts';
import { wordKeys } from '../src/text/stem-dutch.ts';
import { realKnowledge } from './support/real-knowledge.ts';

const shareKey = (a: string, b: string) => wordKeys(a).some((key) => wordKeys(b).includes(key));

describe('Dutch stemming', () => {
  it('joins the verb forms of reageren', () => {
    for (const form of ['reageert', 'reageerde', 'gereageerd', 'reageer', 'reageerden']) {
      expect(shareKey('reageren', form), form).toBe(true);
    }
  });

  it('joins other verbs and plurals', () => {
    expect(shareKey('delen', 'gedeeld')).toBe(true);
    expect(shareKey('demonstreren', 'gedemonstreerd')).toBe(true);
    expect(shareKey('tekenen', 'getekend')).toBe(true);
    expect(shareKey('ambtenaren', 'ambtenaar')).toBe(true);
    expect(shareKey('beleidsterreinen', 'beleidsterrein')).toBe(true);
  });

  it('keeps unrelated words apart', () => {
    expect(shareKey('gemeente', 'gemeen')).toBe(false);
    expect(shareKey('vertrouwelijk', 'reageren')).toBe(false);
  });
});

describe('folding and splitting', () => {
  it('folds diacritics before splitting words', () => {
    expect(foldText('Coördinatie Oekraïne café')).toBe('coordinatie oekraine cafe');
    expect(splitWords('coördinatie').map((word) => word.folded)).toEqual(['coordinatie']);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Wij gaan naar de coördinatie-vergadering';
    for (const word of splitWords(text)) expect(text.slice(word.start, word.end)).toBe(word.surface);
  });

  it('removes apostrophes inside words', () => {
    expect(splitWords("memo's en foto’s").map((word) => word.folded)).toEqual(['memos', 'en', 'fotos']);
  });
});

describe('compounds and synonyms', () => {
  const analyzer = createAnalyzer({
    lexicon: ['beleid', 'terrein', 'dieren', 'welzijn', 'rijk', 'ambtenaar'],
    synonyms: [
      { concept: 'sociale-media', terms: ['tweet', 'linkedin', 'sociale media', 'x'] },
      { concept: 'beleidsterrein', terms: ['dossier', 'portefeuille', 'beleidsterrein'] },
    ],
  });
  const keysOf = (word: string) => analyzer.analyze(word)[0]?.keys ?? [];

  it('splits compounds into known parts, with linking s', () => {
    expect(keysOf('beleidsterrein')).toEqual(expect.arrayContaining(keysOf('terrein')));
    expect(keysOf('rijksambtenaar')).toEqual(expect.arrayContaining(keysOf('ambtenaar')));
  });

  it('maps domain words to one concept, also phrases', () => {
    const concepts = (text: string) => analyzer.analyze(text).flatMap((word) => word.concepts);
    expect(concepts('een tweet')).toContain('@sociale-media');
    expect(concepts('op LinkedIn')).toContain('@sociale-media');
    expect(concepts('op sociale media')).toContain('@sociale-media');
    expect(concepts('mijn dossier')).toContain('@beleidsterrein');
    expect(concepts('mijn portefeuille')).toContain('@beleidsterrein');
  });
});

describe('passage search on the real knowledge base', () => {
  it('finds the secrecy article for an inflected question', async () => {
    const knowledge = await realKnowledge();
    const hits = knowledge.index.search('Ik heb geheime stukken gedeeld', { kinds: ['law'], limit: 5 });
    expect(hits.map((hit) => hit.passage.fileId)).toContain('aw2017-art9');
  });

  it('finds the expression article whatever the verb form', async () => {
    const knowledge = await realKnowledge();
    for (const query of ['demonstreren', 'gedemonstreerd', 'demonstreert']) {
      const top = knowledge.index
        .search(query, { kinds: ['law'], limit: 3 })
        .map((hit) => hit.passage.fileId);
      expect(
        top.some((id) => id === 'gw-art9' || id === 'aw2017-art10'),
        query,
      ).toBe(true);
    }
  });

  it('finds whistleblowing for an English question', async () => {
    const knowledge = await realKnowledge();
    const hits = knowledge.index.search('whistleblower going public protection', { limit: 5 });
    expect(hits.some((hit) => hit.passage.fileId.startsWith('wbk'))).toBe(true);
  });
});
