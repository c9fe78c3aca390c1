// `kb check`: validates a knowledge folder and reports every problem as file:line: message.
import { buildKnowledgeBase, type KnowledgeBase } from './build-knowledge-base.ts';
import { checkOrganisationOverlays } from './check-organisation-overlays.ts';
import { lintPrefixes, loadDutchWordList, type WordList } from './lint-prefixes.ts';
import type { KnowledgeProblem } from './parse-knowledge-file.ts';
import { parseOrganisationOverlays } from './parse-organisation-overlay.ts';
import { readKnowledgeDir } from './read-knowledge-dir.ts';
import { countReviews, type ReviewCounts } from './review-status.ts';
import { runGoldenQuestions } from './run-golden-questions.ts';

export interface KnowledgeReport {
  dir: string;
  files: number;
  goldenCases: number;
  /** Organisation overlays checked (knowledge/organisaties/<id>/). */
  organisations: number;
  errors: number;
  warnings: number;
  problems: KnowledgeProblem[];
  /** Legal review: how many files are `concept` and which, how many `juridisch-getoetst`. */
  review: ReviewCounts;
  knowledge: KnowledgeBase;
}

export async function checkKnowledge(
  dir: string,
  now: Date = new Date(),
  wordList?: WordList,
): Promise<KnowledgeReport> {
  const files = await readKnowledgeDir(dir);
  const knowledge = buildKnowledgeBase(files, { now });
  const golden = await runGoldenQuestions(knowledge, now);
  const overlays = parseOrganisationOverlays(files, knowledge.documents, { now, staleAfterDays: 365 });
  const organisations = await checkOrganisationOverlays(knowledge, overlays, now);
  // Prefix patterns that also match Dutch words of another meaning (politie* ~ politiek).
  const prefixes = lintPrefixes(
    [...knowledge.documents, ...overlays.flatMap((overlay) => overlay.documents)],
    wordList ?? (await loadDutchWordList()),
  );
  const problems = [...knowledge.problems, ...golden.problems, ...organisations.problems, ...prefixes].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line,
  );
  return {
    dir,
    files: files.length,
    goldenCases: golden.cases + organisations.goldenCases,
    organisations: organisations.overlays,
    errors: problems.filter((problem) => problem.severity === 'error').length,
    warnings: problems.filter((problem) => problem.severity === 'warning').length,
    problems,
    review: countReviews(knowledge),
    knowledge,
  };
}

export function formatProblems(report: KnowledgeReport): string {
  const lines = report.problems.map(
    (problem) =>
      `${problem.file}:${problem.line}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`,
  );
  lines.push(
    `legal review: ${report.review.reviewed} file(s) juridisch getoetst, ${report.review.concept} concept (waiting for review by Juridische Zaken)`,
  );
  lines.push(
    `${report.files} files checked (${report.organisations} organisation overlay(s)), ${report.goldenCases} golden question(s) run, ${report.errors} error(s), ${report.warnings} warning(s); knowledge version ${report.knowledge.version}`,
  );
  return `${lines.join('\n')}\n`;
}
