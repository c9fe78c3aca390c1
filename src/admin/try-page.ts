// "Probeer het": HR asks a question or checks a draft against the live knowledge and sees the verdict or
// risk, why (the rules that fired and the words they matched), the regime, and the passages retrieval found.
import { assessQuestion } from '../answer/assess-question.ts';
import { SECTOR_LABEL } from '../answer/channel-messages.ts';
import { type Profile, type Reply, SECTORS } from '../core/types.ts';
import { CATEGORY_LABEL } from '../draft/draft-messages.ts';
import type { KnowledgeBase } from '../knowledge/build-knowledge-base.ts';
import { escapeHtml } from './html.ts';

const EFFECT_LABEL: Record<string, string> = {
  'hard-stop': 'harde grens',
  weighing: 'afweging',
  aggravating: 'verzwarend',
  protected: 'beschermd',
  whistleblowing: 'klokkenluiden',
  expression: 'uiting',
  'out-of-scope': 'buiten mijn terrein',
  context: 'context',
};
const SOURCE_LABEL: Record<string, string> = {
  profile: 'uit het profiel',
  text: 'uit de tekst',
  fallback: 'aangenomen',
  none: 'onbekend',
};

export interface TryInput {
  text: string;
  mode: 'vraag' | 'concept';
  profile: Profile | undefined;
  /** The organisation the try answers as (a scoped login: always its own). */
  organisation: string | undefined;
}

/** The try-it form; `organisations` (the admin's) offers to answer as one of them. */
export function tryForm(
  input: TryInput | undefined,
  organisations: { id: string; name: string }[] = [],
): string {
  const mode = input?.mode ?? 'vraag';
  return `<form method="post" action="/admin/proberen#uitkomst">
<fieldset><legend>Wat wil je proberen?</legend>
<label><input type="radio" name="mode" value="vraag"${mode === 'vraag' ? ' checked' : ''}> Een vraag</label>
<label><input type="radio" name="mode" value="concept"${mode === 'concept' ? ' checked' : ''}> Een concept toetsen</label>
</fieldset>
<label for="text">Tekst</label>
<textarea id="text" name="text" required maxlength="4000">${escapeHtml(input?.text ?? '')}</textarea>
<label for="sector">Sector (optioneel)</label>
<select id="sector" name="sector"><option value="">— onbekend —</option>${SECTORS.map((sector) => `<option value="${sector}"${input?.profile?.sector === sector ? ' selected' : ''}>${escapeHtml(SECTOR_LABEL.nl[sector])}</option>`).join('')}</select>
<label for="portfolio">Eigen onderwerpen (optioneel, gescheiden door komma's)</label>
<input id="portfolio" name="portfolio" size="60" value="${escapeHtml(input?.profile?.portfolio?.join(', ') ?? '')}">
${
  organisations.length
    ? `<label for="organisation">Als medewerker van (optioneel)</label>
<select id="organisation" name="organisation"><option value="">— geen organisatie —</option>${organisations.map((organisation) => `<option value="${escapeHtml(organisation.id)}"${input?.organisation === organisation.id ? ' selected' : ''}>${escapeHtml(organisation.name)}</option>`).join('')}</select>`
    : ''
}
<button type="submit">Probeer</button>
</form>`;
}

/**
 * The outcome of a try. `wholeKnowledge` (the admin) adds what is read from the whole knowledge base: the rules
 * as they fire on it and the passages a search of every file finds. A login for one organisation sees the reply
 * as its users get it, with the sources it cites: a search of every file could show another organisation's own
 * knowledge.
 */
export function tryResult(
  input: TryInput,
  reply: Reply,
  knowledge: KnowledgeBase,
  { wholeKnowledge }: { wholeKnowledge: boolean },
): string {
  const outcome =
    reply.intent === 'draft'
      ? `Risico: <strong>${escapeHtml(reply.risk ?? '')}</strong>`
      : `Oordeel: <strong>${escapeHtml(reply.verdict ?? reply.intent)}</strong>`;
  const why =
    wholeKnowledge && input.mode === 'vraag' && reply.intent !== 'invalid'
      ? (() => {
          const assessment = assessQuestion(knowledge, input.text, input.profile);
          const rows = assessment.fired
            .map(
              (fired) =>
                `<tr><td><code>${escapeHtml(fired.signal.path)}</code></td><td>${escapeHtml(fired.signal.meta.title)}</td><td>${escapeHtml(EFFECT_LABEL[fired.signal.meta.effect] ?? fired.signal.meta.effect)}</td><td>${escapeHtml(fired.matches.map((match) => match.pattern).join('; ') || '(eigen werkterrein)')}</td></tr>`,
            )
            .join('');
          return `<p>Sector: ${escapeHtml(assessment.regime?.meta.title ?? 'onbekend')} (${escapeHtml(SOURCE_LABEL[assessment.regimeSource] ?? assessment.regimeSource)}). Eigen werkterrein: ${assessment.ownArea.ownArea ? `ja (${escapeHtml(assessment.ownArea.topics.join(', '))})` : 'nee'}.</p>
<table><caption>Regels die afgingen</caption><thead><tr><th scope="col">Bestand</th><th scope="col">Regel</th><th scope="col">Effect</th><th scope="col">Patroon</th></tr></thead><tbody>${rows || '<tr><td colspan="4">Geen: het antwoord volgt uit de algemene regel.</td></tr>'}</tbody></table>`;
        })()
      : reply.findings.length
        ? `<table><caption>Bevindingen</caption><thead><tr><th scope="col">Categorie</th><th scope="col">Woorden</th><th scope="col">Regel</th><th scope="col">Ernst</th></tr></thead><tbody>${reply.findings.map((finding) => `<tr><td>${escapeHtml(CATEGORY_LABEL.nl[finding.category])}</td><td>${escapeHtml(finding.spans.map((span) => `“${span.text}”`).join(', '))}</td><td><code>${escapeHtml(finding.ruleId)}</code></td><td>${escapeHtml(finding.severity)}</td></tr>`).join('')}</tbody></table>`
        : input.mode === 'vraag' && reply.intent !== 'invalid'
          ? '<p>Het oordeel volgt uit de regels en de grondslag hierboven.</p>'
          : '<p>Geen bevindingen.</p>';
  const situation = reply.situation ? situationTable(reply) : '';
  const hits = wholeKnowledge ? knowledge.index.search(input.text, { limit: 5 }) : [];
  const passages = hits
    .map(
      (hit) =>
        `<tr><td>${hit.score.toFixed(1)}</td><td><code>${escapeHtml(hit.passage.fileId)}</code></td><td>${escapeHtml(hit.passage.title)} — ${escapeHtml(hit.passage.heading)}</td><td>${escapeHtml(hit.passage.text.slice(0, 240))}${hit.passage.text.length > 240 ? '…' : ''}</td></tr>`,
    )
    .join('');
  return `<section aria-labelledby="uitkomst-kop" class="kaart" id="uitkomst" tabindex="-1"><h2 id="uitkomst-kop">Uitkomst</h2>
<p>${outcome} · ${escapeHtml(reply.summary)}</p>${reply.organisation ? `<p>Beantwoord voor: ${escapeHtml(reply.organisation.name)}</p>` : ''}
<p>Grondslag: ${reply.basis.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ') || '—'}</p>
<h3>Hoe de bot de situatie leest</h3>${situation || '<p>Geen situatie (geen vraag of concept).</p>'}
<h3>Waarom</h3>${why}
${
  wholeKnowledge
    ? `<h3>Gevonden passages</h3>
<table><thead><tr><th scope="col">Score</th><th scope="col">Bestand</th><th scope="col">Passage</th><th scope="col">Tekst</th></tr></thead><tbody>${passages || '<tr><td colspan="4">Niets gevonden.</td></tr>'}</tbody></table>`
    : citedSources(reply)
}
<h3>Het antwoord zoals de gebruiker het ziet</h3>
<pre style="white-space:pre-wrap">${escapeHtml(reply.answer)}</pre>
</section>`;
}

/** The sources the reply cites (what a login for one organisation sees instead of a search of every file). */
function citedSources(reply: Reply): string {
  const rows = reply.citations
    .map(
      (citation) =>
        `<tr><td><code>${escapeHtml(citation.fileId)}</code></td><td>${escapeHtml(citation.title)} — ${escapeHtml(citation.section)}</td><td>${escapeHtml(citation.article)}</td></tr>`,
    )
    .join('');
  return `<h3>Bronnen in het antwoord</h3>
<table><thead><tr><th scope="col">Bestand</th><th scope="col">Passage</th><th scope="col">Artikel</th></tr></thead><tbody>${rows || '<tr><td colspan="3">Geen bronnen.</td></tr>'}</tbody></table>`;
}

const RELATION_LABEL: Record<string, string> = {
  'eigen-dossier': 'eigen werk of dossier',
  'eigen-organisatie': 'terrein van de eigen organisatie of minister',
  'eigen-werkgever': 'de eigen werkgever is het onderwerp',
  'los-van-werk': 'ver van het werk',
  onbekend: 'onbekend',
};

/** The situation as the bot read it, each element with the words it came from. */
function situationTable(reply: Reply): string {
  const situation = reply.situation;
  if (!situation) return '';
  const words = (items: { text: string; source: string }[]) =>
    items.length === 0
      ? '—'
      : items
          .map(
            (item) =>
              `“${escapeHtml(item.text)}”${item.source === 'text' ? '' : ` (${escapeHtml(item.source)})`}`,
          )
          .join(', ');
  const { speaker } = situation;
  const rows: [string, string][] = [
    ['Samenvatting', escapeHtml(situation.summary)],
    [
      'Spreker',
      [
        speaker.organisation
          ? `organisatie: ${escapeHtml(speaker.organisation.name)} (${words([speaker.organisation.evidence])})`
          : '',
        speaker.sector ? `sector: ${escapeHtml(speaker.sector)}` : '',
        speaker.functions.length
          ? `functie: ${speaker.functions.map((item) => `${escapeHtml(item.id)}${item.sensitivity.length ? ` [${escapeHtml(item.sensitivity.join(', '))}]` : ''}`).join(', ')}`
          : '',
        speaker.former ? 'oud-medewerker' : '',
        speaker.hired ? 'ingehuurd' : '',
        speaker.notCivilServant ? `geen ambtenaar (${escapeHtml(speaker.notCivilServant.reason)})` : '',
      ]
        .filter(Boolean)
        .join('; ') || 'onbekend',
    ],
    [
      'Handeling',
      situation.acts.map((act) => `${escapeHtml(act.kind)} (${words([act.evidence])})`).join(', ') || '—',
    ],
    [
      'Onderwerp',
      situation.topic.domains
        .map((domain) => `${escapeHtml(domain.id)} (${words([domain.evidence])})`)
        .join(', ') || '—',
    ],
    [
      'Verband met het werk',
      `${escapeHtml(RELATION_LABEL[situation.relation.kind] ?? situation.relation.kind)} — ${words(situation.relation.evidence)}`,
    ],
    [
      'Harde grenzen',
      situation.hazards
        .map(
          (hazard) =>
            `${escapeHtml(hazard.kind)}${hazard.ruleId ? ` <code>${escapeHtml(hazard.ruleId)}</code>` : ''} (${words(hazard.evidence)})`,
        )
        .join('; ') || '—',
    ],
    [
      'Afwegingen',
      situation.factors
        .map(
          (factor) =>
            `${escapeHtml(factor.kind)}${factor.ruleId ? ` <code>${escapeHtml(factor.ruleId)}</code>` : ''}`,
        )
        .join(', ') || '—',
    ],
    ['Ontbreekt', situation.missing.join(', ') || '—'],
    [
      'Tweede lezing (geleerd)',
      reply.secondOpinion
        ? `${escapeHtml(reply.secondOpinion.label)} (${Math.round(reply.secondOpinion.confidence * 100)}%)${reply.secondOpinion.applied ? ' — <strong>heeft het antwoord strenger gemaakt</strong>' : ''}`
        : '—',
    ],
  ];
  return `<table><caption>Situatie</caption><tbody>${rows.map(([label, value]) => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`).join('')}</tbody></table>`;
}
