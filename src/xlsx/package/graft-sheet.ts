/**
 * A sheet Scorelight lays out whole (a board summary), ready to put into the user's package: the
 * worksheet part with its formats already in the user's style sheet and its strings inline (so the
 * user's sharedStrings.xml is never touched), the defined names it needs, and its relationships
 * (tables, as part texts the TablePlacer stores under names free in the package).
 */

export interface GraftedSheet {
  name: string;
  /** The worksheet part, formats already mapped into the target style sheet. */
  xml: string;
  /** Defined names the sheet needs (print titles), with their formula text. */
  definedNames: { name: string; text: string }[];
  /** The relationships `xml` refers to by id (`r:id`), numbered within the sheet. */
  relationships: GraftedRelationship[];
}

export type GraftedRelationship =
  | { id: string; kind: 'table'; /** The table part's text. */ xml: string }
  | { id: string; kind: 'external'; type: string; target: string };
