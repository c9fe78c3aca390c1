// Every article, paragraph, chapter or ruling that a model answer names must be in a passage the answer
// cites, however it is written (art 125z, article 125z, art.125a, artikel 10 lid 2 sub b, § 3, ECLI …);
// otherwise the answer goes back once for repair and then the rules answer. Through the real OpenAI adapter
// against the loopback stand-in, and through verifyAnswer with the bundled knowledge's own passages.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../src/core/types.ts';
import { findLegalReferences } from '../src/model/find-legal-references.ts';
import { type ModelAnswer, verifyAnswer } from '../src/model/grounded-answer.ts';
import type { RetrievedPassage } from '../src/model/retrieve-passages.ts';
import type { Json } from './support/json.ts';
import { answerCitingFirstPassage, createModelBot } from './support/model-bot.ts';
import { type OpenAIStandIn, passagesOf, startOpenAIStandIn } from './support/openai-stand-in.ts';
import { realKnowledge } from './support/real-knowledge.ts';

const QUESTION = 'Mag ik op LinkedIn reageren op het stikstofbeleid?';
const PROFILE = { sector: 'rijk' as const, portfolio: ['stikstof'] };

let openai: OpenAIStandIn;
beforeAll(async () => {
  openai = await startOpenAIStandIn();
});
afterAll(() => openai.close());
beforeEach(() => {
  openai.requests.length = 0;
});

async function askWithProse(answer: string): Promise<Reply> {
  openai.respond((body: Json) => answerCitingFirstPassage(body, { answer }));
  const bot = await createModelBot({ openai });
  return bot.handle({
    channel: 'test',
    text: QUESTION,
    profile: PROFILE,
    conversationId: `c-${Math.random()}`,
  });
}

// The first passage of this question is the statute text of Ambtenarenwet 2017, artikel 10: two
// paragraphs, the second with items a and b.
describe('references the cited statute does not hold', () => {
  it.each([
    'Volgens art 125z mag je reageren met voorzichtigheid.',
    'Volgens article 125z mag je reageren met voorzichtigheid.',
    'Volgens Art. 125z mag je reageren met voorzichtigheid.',
    'Volgens art.125a mag je reageren met voorzichtigheid.',
    'Volgens art. 125 z mag je reageren met voorzichtigheid.',
    'Under Article 125z you may respond with care.',
    'Volgens artikel 10a mag je reageren met voorzichtigheid.',
    'Volgens artikel 10 lid 3 mag je reageren met voorzichtigheid.',
    'Volgens artikel 10, derde lid, mag je reageren met voorzichtigheid.',
    'Volgens het vierde lid van artikel 10 mag je reageren met voorzichtigheid.',
    'Volgens art. 10 lid 2 sub c mag je reageren met voorzichtigheid.',
    'Volgens artikel 10, tweede lid, onder f, mag je reageren met voorzichtigheid.',
    'Under article 10(5) you may respond with care.',
    'Under article 10(2)(d) you may respond with care.',
    'Volgens de artikelen 10 en 11 mag je reageren met voorzichtigheid.',
    'Under articles 9 and 10 you may respond with care.',
    'Volgens lid 7 mag je reageren met voorzichtigheid.',
    'Volgens § 3 mag je reageren met voorzichtigheid.',
    'Under section 5 you may respond with care.',
    'Volgens paragraaf 4.2 mag je reageren met voorzichtigheid.',
    'Volgens hoofdstuk 7 mag je reageren met voorzichtigheid.',
    'Volgens aanwijzing 15 mag je reageren met voorzichtigheid.',
    'Volgens ECLI:NL:CRVB:2099:1234 mag je reageren met voorzichtigheid.',
    'Volgens ecli:nl:rvs:2020:99 mag je reageren met voorzichtigheid.',
    'Volgens de CRvB 3 maart 2019 mag je reageren met voorzichtigheid.',
    'Volgens AGFA-advies 2024-00999 mag je reageren met voorzichtigheid.',
    'Volgens LJN AB1234 mag je reageren met voorzichtigheid.',
  ])('rejects "%s" and answers with the rules', async (answer) => {
    const reply = await askWithProse(answer);
    expect(openai.requests).toHaveLength(2);
    expect(openai.requests[1]!.body.messages.at(-1).content).toContain('is not in a cited passage');
    expect(reply.engine).toBe('embedded');
    expect(reply.explanation).toBeUndefined();
  });
});

describe('references the cited statute holds', () => {
  it.each([
    'Volgens artikel 10 mag je reageren, met voorzichtigheid.',
    'Volgens art 10 mag je reageren, met voorzichtigheid.',
    'Volgens art.10 mag je reageren, met voorzichtigheid.',
    'Under Article 10 you may respond, with care.',
    'Volgens artikel 10 lid 2 sub b geldt dit niet voor je lidmaatschap van een vakbond.',
    'Volgens artikel 10, tweede lid, onder a, geldt dit niet voor je lidmaatschap van een partij.',
    'Volgens het eerste lid van artikel 10 moet je terughoudend zijn.',
    'Under article 10(2)(a) this does not apply to membership of a political party.',
    'Under article 10, paragraph 1, you must show restraint.',
    'Volgens lid 1 moet je terughoudend zijn.',
  ])('uses "%s"', async (answer) => {
    const reply = await askWithProse(answer);
    expect(passagesOf(openai.requests[0]!.body).get('P1')).toContain('De ambtenaar onthoudt zich');
    expect(openai.requests).toHaveLength(1);
    expect(reply.engine).toBe('model');
    expect(reply.explanation).toBe(answer);
  });
});

describe('rulings and advice are checked against the passages cited', () => {
  async function passagesOfFiles(...fileIds: string[]): Promise<RetrievedPassage[]> {
    const knowledge = await realKnowledge();
    return fileIds
      .flatMap((fileId) => knowledge.passagesByFile.get(fileId) ?? [])
      .map((passage, index) => ({ id: `P${index + 1}`, passage }));
  }
  const answerNaming = (passage: RetrievedPassage, answer: string): ModelAnswer => {
    const words = passage.passage.text.split(/\s+/).slice(0, 8).join(' ');
    return {
      verdict: 'voorwaardelijk',
      answer,
      conditions: [],
      next_step: '',
      citations: [{ passage_id: passage.id, quote: words }],
    };
  };

  it.each([
    ['case-crvb-2017-2964', 'De CRvB (ECLI:NL:CRVB:2017:2964) woog de functie van de chauffeur zwaar.', []],
    ['case-crvb-2017-2964', 'De CRvB (ecli:nl:crvb:2017:2964) woog de functie zwaar.', []],
    ['case-crvb-2017-2964', 'In CRvB 10 augustus 2017 woog de functie zwaar.', []],
    [
      'case-crvb-2017-2964',
      'De CRvB (ECLI:NL:CRVB:2017:2965) woog de functie zwaar.',
      ['ECLI:NL:CRVB:2017:2965'],
    ],
    ['case-crvb-2017-2964', 'In CRvB 11 augustus 2017 woog de functie zwaar.', ['CRvB 11 augustus 2017']],
    ['case-agfa-2020-0072', 'Volgens AGFA-advies 2020-0072 telt een besloten groep mee.', []],
    ['case-agfa-2020-0072', 'Volgens AGFA 2020-72 telt een besloten groep mee.', []],
    ['case-agfa-2020-0072', 'Volgens AGFA 2020-0073 telt een besloten groep mee.', ['AGFA 2020-0073']],
  ])('%s: "%s"', async (fileId, answer, unsupported) => {
    const knowledge = await realKnowledge();
    const passages = await passagesOfFiles(fileId);
    const problems = verifyAnswer(answerNaming(passages[0]!, answer), passages, knowledge, 'voorwaardelijk');
    expect(problems).toEqual(
      unsupported.map((reference) => `"${reference}" is named but is not in a cited passage`),
    );
  });
});

describe('how references are read', () => {
  /** Each reference as its readings: "article 10/2/b", alternatives joined by " or ". */
  const read = (text: string, expandRanges = false) =>
    findLegalReferences(text, { expandRanges }).map((reference) =>
      reference.readings
        .map((reading) =>
          [
            reading.kind,
            [reading.number, reading.paragraph, reading.item].map((part) => part ?? '-').join('/'),
          ].join(' '),
        )
        .join(' or '),
    );

  it.each([
    ['art 125z', ['article 125z/-/-']],
    ['article 125z', ['article 125z/-/-']],
    ['Art.125A', ['article 125a/-/-']],
    ['art. 125 z', ['article 125z/-/-']],
    ['art10', ['article 10/-/-']],
    ['artikel 10 lid 2 sub b', ['article 10/2/b']],
    ['artikel 10, tweede lid, aanhef en onder b', ['article 10/2/b']],
    ['art. 10 lid 2, letter b', ['article 10/2/b']],
    ['Article 10(2)(a)', ['article 10/2/a']],
    ['article 10, paragraph 2, of the ECHR', ['article 10/2/-']],
    ['het tweede lid van artikel 10', ['article 10/2/-']],
    ['sub b van het tweede lid van artikel 10', ['article 10/2/b']],
    ['het eerste en tweede lid van artikel 8', ['article 8/1/-', 'article 8/2/-']],
    ['leden 1 en 2 van artikel 47', ['article 47/1/-', 'article 47/2/-']],
    ['artikelen 9 en 10 Ambtenarenwet 2017', ['article 9/-/-', 'article 10/-/-']],
    ['articles 9 and 10', ['article 9/-/-', 'article 10/-/-']],
    ['art. 98, 98a lid 1 en 98b', ['article 98/-/-', 'article 98a/1/-', 'article 98b/-/-']],
    ['art. 9 t/m 11', ['article 9/-/-', 'article 11/-/-']],
    ['artikel 2:5 Awb en art. 5.1 lid 1 onder d Woo', ['article 2:5/-/-', 'article 5.1/1/d']],
    ['artikel 10 e.v.', ['article 10/-/-']],
    ['article 9 a civil servant', ['article 9a/-/- or article 9/-/-']],
    ['§ 3 en §§ 4-5', ['section 3/-/-', 'section 4/-/-', 'section 5/-/-']],
    ['section 5', ['section 5/-/-']],
    ['paragraaf 3.2', ['section 3.2/-/-']],
    ['hoofdstuk 5 en chapter 6', ['chapter 5/-/-', 'chapter 6/-/-']],
    ['aanwijzing 15 c', ['aanwijzing 15c/-/-']],
    ['volgens lid 3, sub b', ['article -/3/-', 'article -/-/b']],
    ['ECLI:NL:CRVB:2017:2964.', ['case ecli:NL:CRVB:2017:2964/-/-']],
    ['ecli:nl:crvb:2010:bk9640', ['case ecli:NL:CRVB:2010:BK9640/-/- or case ljn:BK9640/-/-']],
    ['LJN BC8346', ['case ljn:BC8346/-/-']],
    [
      'AGFA-advies 2020-0072 en AGFA ABB/2015/11379',
      ['case agfa:2020-72/-/-', 'case agfa:ABB-2015-11379/-/-'],
    ],
    ['Rb. Den Haag 15 augustus 2017', ['case court:rb:2017-08-15/-/-']],
    ['(CRvB, 10 augustus 2017)', ['case court:crvb:2017-08-10/-/-']],
    ['Central: the ECtHR on 12 February 2008', ['case court:ehrm:2008-02-12/-/-']],
    ['de Hoge Raad oordeelde op 1 mei 2019', ['case court:hr:2019-05-01/-/-']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('names every number of a range in a source', () => {
    expect(read('aanwijzing 11-14', true)).toEqual([
      'aanwijzing 11/-/-',
      'aanwijzing 12/-/-',
      'aanwijzing 13/-/-',
      'aanwijzing 14/-/-',
    ]);
  });

  it.each([
    'Ik ben lid van de FNV en onder andere actief in de partij.',
    'Een subsidie van 2 jaar voor 3 leden; het artikelnummer staat erbij.',
    'At this point a civil servant should think twice, and on 12 February 2008 nothing happened.',
    'Sinds 2020 geldt de Ambtenarenwet 2017; de partij heeft 300 leden.',
    'Bespreek het met HR op 3 maart 2025, en lees de wet van 12 mei 2020.',
  ])('finds nothing in "%s"', (text) => {
    expect(read(text)).toEqual([]);
  });
});
