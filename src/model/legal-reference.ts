// A legal reference in canonical form, and when a source holds one: the types shared by the finders and
// by the check of a model answer.

/** What a reference points at: an article, a section (§, paragraaf), a chapter, an aanwijzing, a ruling. */
export type ReferenceKind = 'article' | 'section' | 'chapter' | 'aanwijzing' | 'case';

/** One reading of a reference in canonical form. */
export interface ReferenceReading {
  kind: ReferenceKind;
  /**
   * The article or section number as the law writes it ("10", "125a", "5.1", "2:5"), or a ruling's
   * identifier ("ecli:NL:CRVB:2017:2964", "ljn:BK9640", "agfa:2020-72", "court:crvb:2017-08-10").
   * Absent for a paragraph or item named on its own ("lid 2", "sub b").
   */
  number?: string;
  /** The paragraph (lid), "2". */
  paragraph?: string;
  /** The item (sub, onder, letter), "b" or "1". */
  item?: string;
}

export interface LegalReference {
  /** The words as written, for messages. */
  written: string;
  /** Offset of the first character in the text. */
  start: number;
  /**
   * The ways to read it; a source that holds any one of them holds the reference. Usually one; two when a
   * letter after a space may be part of the number or a word ("article 9 a civil servant").
   */
  readings: ReferenceReading[];
}

/**
 * Does a reading a source holds cover the wanted one? The source may be more precise (artikel 10 lid 2
 * covers artikel 10), never less. An English "section" may be an article.
 */
export function covers(held: ReferenceReading, wanted: ReferenceReading): boolean {
  if (held.kind !== wanted.kind && !(wanted.kind === 'section' && held.kind === 'article')) return false;
  return (
    (wanted.number === undefined || held.number === wanted.number) &&
    (wanted.paragraph === undefined || held.paragraph === wanted.paragraph) &&
    (wanted.item === undefined || held.item === wanted.item)
  );
}
