// Parses one knowledge file: YAML front matter validated by zod, then the Markdown body.
// Every problem carries the file and line so HR can find it; a broken file yields no document.
import { isNode, LineCounter, parseDocument } from 'yaml';
import { type KnowledgeFrontMatter, knowledgeFrontMatterSchema } from './knowledge-schemas.ts';

export interface KnowledgeProblem {
  /** Path relative to the knowledge folder. */
  file: string;
  /** 1-based line number in the file. */
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface KnowledgeDocument {
  /** Path relative to the knowledge folder, with forward slashes. */
  path: string;
  meta: KnowledgeFrontMatter;
  /** The Markdown after the front matter. */
  body: string;
  /** The whole file as read (for line lookups). */
  raw: string;
  /** Line number (1-based) of the first body line. */
  bodyLine: number;
  /** Set for a file of an organisation overlay (knowledge/organisaties/<id>/): whose it is. */
  organisation?: { id: string; name: string };
}

export interface ParsedKnowledgeFile {
  document: KnowledgeDocument | undefined;
  problems: KnowledgeProblem[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parseKnowledgeFile(path: string, content: string): ParsedKnowledgeFile {
  const problem = (line: number, message: string): ParsedKnowledgeFile => ({
    document: undefined,
    problems: [{ file: path, line, severity: 'error', message }],
  });
  const text = content.replace(/^\uFEFF/, '');
  const match = FRONT_MATTER.exec(text);
  if (!match || match[1] === undefined) {
    return problem(
      1,
      'front matter missing: the file must start with a line "---", the fields, and a line "---"',
    );
  }
  const yamlText = match[1];
  const lineCounter = new LineCounter();
  const yamlDocument = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // The YAML starts on line 2 of the file (after the opening "---").
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (yamlDocument.errors.length > 0) {
    return {
      document: undefined,
      problems: yamlDocument.errors.map((error) => ({
        file: path,
        line: lineAt(error.pos[0]),
        severity: 'error' as const,
        message: `YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  let data: unknown;
  try {
    // toJS throws on hostile YAML (for example an alias bomb): a problem with this file, not a crash.
    data = yamlDocument.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return problem(2, `YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = knowledgeFrontMatterSchema.safeParse(data);
  if (!parsed.success) {
    return {
      document: undefined,
      problems: parsed.error.issues.map((issue) => {
        // Walk up the path until a node with a position is found (a missing field has none).
        let line = 1;
        for (let depth = issue.path.length; depth >= 0; depth--) {
          const node = yamlDocument.getIn(issue.path.slice(0, depth) as (string | number)[], true);
          if (isNode(node) && node.range) {
            line = lineAt(node.range[0]);
            break;
          }
        }
        const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        const present = yamlDocument.hasIn(issue.path as (string | number)[]);
        return {
          file: path,
          line,
          severity: 'error' as const,
          message: `${field}${describeIssue(issue, present)}`,
        };
      }),
    };
  }
  const headerLines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  return {
    document: {
      path,
      meta: parsed.data,
      body: text.slice(match[0].length),
      raw: text,
      bodyLine: headerLines + 1,
    },
    problems: [],
  };
}

function describeIssue(issue: { code: string; message: string }, present: boolean): string {
  if (issue.code === 'invalid_type' && !present) return 'required field is missing';
  return issue.message;
}
