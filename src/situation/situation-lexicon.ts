// Compiles the situation knowledge (organisations, domains, functions, cues) into term indexes, once per
// knowledge version. Pattern errors and references to unknown domains or organisations become problems
// with the file and line, like every other knowledge error.

import { compileOrReport } from '../knowledge/compile-documents.ts';
import { lineOf } from '../knowledge/line-of.ts';
import type { KnowledgeDocument, KnowledgeProblem } from '../knowledge/parse-knowledge-file.ts';
import {
  CUE_GROUPS,
  type CueGroup,
  type Domain,
  type FunctionEntry,
  type Organisation,
} from '../knowledge/situation-schemas.ts';
import type { CompiledPattern } from '../rules/compile-pattern.ts';
import { createTermIndex, type TermEntry, type TermIndex } from './term-index.ts';

/** Cue phrases may have a few words between their words ("heeft er in mijn werk niks mee te maken"). */
const CUE_WINDOW = 2;

export interface CompiledOrganisation extends Organisation {
  /** Domains of the organisation and, for an agency, of its parent (the own minister's portfolio). */
  allDomains: string[];
}

export interface DomainTerm {
  domain: string;
  /** The term makes the subject politically hot. */
  hot: boolean;
}

export interface SituationLexicon {
  organisations: Map<string, CompiledOrganisation>;
  organisationIndex: TermIndex<string>;
  domains: Map<string, Domain>;
  domainIndex: TermIndex<DomainTerm>;
  functions: Map<string, FunctionEntry>;
  functionIndex: TermIndex<string>;
  cueIndex: TermIndex<CueGroup>;
  /** Every word the lexicon uses (folded), for the analyser's compound splitter. */
  words: Set<string>;
}

export function compileSituationLexicon(
  documents: KnowledgeDocument[],
  keyOf: (word: string) => string,
  problems: KnowledgeProblem[],
): SituationLexicon {
  const organisations = new Map<string, CompiledOrganisation>();
  const domains = new Map<string, Domain>();
  const functions = new Map<string, FunctionEntry>();
  const organisationTerms: TermEntry<string>[] = [];
  const domainTerms: TermEntry<DomainTerm>[] = [];
  const functionTerms: TermEntry<string>[] = [];
  const cueTerms: TermEntry<CueGroup>[] = [];
  const cueGroups = new Set<CueGroup>();
  const words = new Set<string>();

  const compile = (document: KnowledgeDocument, source: string): CompiledPattern | undefined => {
    const pattern = compileOrReport(document, source, keyOf, problems);
    if (pattern)
      for (const word of source.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length >= 4) words.add(word);
    return pattern;
  };
  const problem = (document: KnowledgeDocument, needle: string, message: string) =>
    problems.push({ file: document.path, line: lineOf(document.raw, needle), severity: 'error', message });

  for (const document of documents) {
    const { meta } = document;
    if (meta.kind === 'domains') {
      for (const domain of meta.domains) {
        if (domains.has(domain.id)) {
          problem(document, `id: ${domain.id}`, `domain "${domain.id}" is defined twice`);
          continue;
        }
        domains.set(domain.id, domain);
        // A sensitive term is usually listed among the terms too: one entry, marked hot (the index keeps
        // one hit per pattern and place, so a second entry for the same words would never be seen).
        const sensitive = new Set(domain.sensitive);
        for (const term of new Set([...domain.terms, ...domain.sensitive])) {
          const pattern = compile(document, term);
          if (pattern) domainTerms.push({ pattern, value: { domain: domain.id, hot: sensitive.has(term) } });
        }
      }
    } else if (meta.kind === 'organisations') {
      for (const organisation of meta.organisations) {
        if (organisations.has(organisation.id)) {
          problem(document, `id: ${organisation.id}`, `organisation "${organisation.id}" is defined twice`);
          continue;
        }
        organisations.set(organisation.id, { ...organisation, allDomains: organisation.domains });
        for (const name of [...organisation.names, ...organisation.formerNames]) {
          const pattern = compile(document, name);
          if (pattern) organisationTerms.push({ pattern, value: organisation.id });
        }
      }
    } else if (meta.kind === 'functions') {
      for (const entry of meta.functions) {
        if (functions.has(entry.id)) {
          problem(document, `id: ${entry.id}`, `function "${entry.id}" is defined twice`);
          continue;
        }
        functions.set(entry.id, entry);
        for (const term of entry.terms) {
          const pattern = compile(document, term);
          if (pattern) functionTerms.push({ pattern, value: entry.id });
        }
      }
    } else if (meta.kind === 'cues') {
      for (const group of meta.groups) {
        cueGroups.add(group.id);
        for (const source of group.patterns) {
          const pattern = compile(document, source);
          if (pattern) cueTerms.push({ pattern, value: group.id });
        }
      }
    }
  }

  // Cross-references: every domain and parent must exist.
  for (const document of documents) {
    const { meta } = document;
    if (meta.kind === 'organisations') {
      for (const organisation of meta.organisations) {
        for (const domain of organisation.domains)
          if (domains.size > 0 && !domains.has(domain))
            problem(document, domain, `organisation "${organisation.id}": unknown domain "${domain}"`);
        if (organisation.parent && !organisations.has(organisation.parent))
          problem(
            document,
            `parent: ${organisation.parent}`,
            `organisation "${organisation.id}": parent "${organisation.parent}" is not an organisation id`,
          );
      }
    } else if (meta.kind === 'functions') {
      for (const entry of meta.functions) {
        for (const domain of entry.domains)
          if (domains.size > 0 && !domains.has(domain))
            problem(document, domain, `function "${entry.id}": unknown domain "${domain}"`);
        if (entry.organisation && organisations.size > 0 && !organisations.has(entry.organisation))
          problem(
            document,
            `organisation: ${entry.organisation}`,
            `function "${entry.id}": organisation "${entry.organisation}" is not an organisation id`,
          );
      }
    } else if (meta.kind === 'cues' && document === documents.find((item) => item.meta.kind === 'cues')) {
      for (const group of CUE_GROUPS)
        if (!cueGroups.has(group))
          problem(document, 'groups:', `cue group "${group}" is missing: the situation reader needs it`);
    }
  }
  for (const organisation of organisations.values()) {
    const parent = organisation.parent ? organisations.get(organisation.parent) : undefined;
    if (parent && organisation.sector === 'rijk')
      organisation.allDomains = [...new Set([...organisation.domains, ...parent.domains])];
  }

  return {
    organisations,
    organisationIndex: createTermIndex(organisationTerms, { compound: false, longest: true }),
    domains,
    domainIndex: createTermIndex(domainTerms),
    functions,
    functionIndex: createTermIndex(functionTerms, { compound: false, longest: true }),
    cueIndex: createTermIndex(cueTerms, { window: CUE_WINDOW }),
    words,
  };
}
