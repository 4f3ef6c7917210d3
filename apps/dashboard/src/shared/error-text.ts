/**
 * An engine refusal as one text for a message line: its summary, then each located problem on a line of its own
 * (as the CLI prints them), so a view that shows one message still shows every issue. Given the page's language,
 * each issue is worded from its code and params (`i18n/issue-text.ts`), and so is the summary.
 */
import type { ErrorBody } from '@corridor/core/engine';
import { formatIssue, type InputIssue } from '@corridor/core/model';
import { issueText, type WordedIssue } from '../i18n/issue-text';
import type { Locale } from '../i18n/locale';
import { translate } from '../i18n/translate';

/** One worded issue on one line: where (JSON pointer, field, value), what is wrong, what to do. */
function issueLine(locale: Locale, issue: InputIssue, worded: WordedIssue): string {
  const where = [
    issue.pointer,
    issue.field === undefined ? undefined : translate(locale, 'issue.where.field', { field: issue.field }),
    issue.value === undefined ? undefined : translate(locale, 'issue.where.value', { value: issue.value }),
  ].filter((part) => part !== undefined);
  const separator = locale === 'zh' ? '，' : ', ';
  const text = `${worded.message}${locale === 'zh' ? '' : ' '}${worded.fix}`;
  return where.length === 0 ? text : `${where.join(separator)} — ${text}`;
}

/**
 * The text of an error body.
 * @param error - from the worker (`errorBody` of `@corridor/core/engine`)
 * @param locale - the page's language: with it, the issues are worded from their codes; without it, or when an
 *   issue has a code the catalogue lacks, the library's English text is shown
 * @returns the message, and the issues one per line
 * @example
 * errorText({ code: 'invalid-argument', message: 'run an assignment first', issues: [] }); // 'run an assignment first'
 */
export function errorText(error: Pick<ErrorBody, 'message' | 'issues'>, locale?: Locale): string {
  const english = [error.message, ...error.issues.map(formatIssue)].join('\n');
  if (locale === undefined || error.issues.length === 0) return english;
  const worded = error.issues.map((issue) => issueText(locale, issue));
  if (worded.some((words) => words === undefined)) return english;
  return [
    translate(locale, 'issue.refused', { count: error.issues.length }),
    ...error.issues.map((issue, index) => issueLine(locale, issue, worded[index] as WordedIssue)),
  ].join('\n');
}
