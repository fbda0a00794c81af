/**
 * The 纠错 section of an item page: the form to report a mistake and the answered reports. Written by
 * the feedback module; the item page calls it. (Placeholder until that lands: renders nothing.)
 */
export interface ErrorReportSectionInput {
  itemCode: string;
  itemId: string;
  /** The page's form token for the POST: `issueFormToken(req, reply)` from src/modules/feedback/form-token.ts. */
  formToken: string;
}

export async function errorReportSection(_input: ErrorReportSectionInput): Promise<string> {
  return '';
}
