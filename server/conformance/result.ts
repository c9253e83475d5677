export interface CaseResult {
  index: number;
  /** The query or request, briefly. */
  what: string;
  pass: boolean;
  expected: string;
  got: string;
  comment?: string;
}
