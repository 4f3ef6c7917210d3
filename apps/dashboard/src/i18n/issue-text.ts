import { INPUT_ISSUE_CODES, type InputIssue, type InputIssueCode } from '@corridor/core/model';
import type { Locale } from './locale';
import { MESSAGES, type MessageKey } from './messages';
import { type MessageParams, translate } from './translate';

/**
 * The library's input problems worded in the dashboard's languages, from their codes and parameters rather than
 * from their English `message` and `fix` (which stay for the CLI and the HTTP API).
 */

const CODES: ReadonlySet<string> = new Set<InputIssueCode>(INPUT_ISSUE_CODES);

/** An issue in words: what is wrong, then what to do. */
export interface WordedIssue {
  readonly message: string;
  readonly fix: string;
}

const has = (params: MessageParams, ...names: string[]): boolean => names.every((name) => params[name] !== undefined);

const known = (key: string): key is MessageKey => key in MESSAGES.en;

/** The sentence key of an issue: a variant its params allow, else the code's own sentence. */
function sentenceKey(code: InputIssueCode, params: MessageParams): MessageKey {
  const variant = (name: string): MessageKey | undefined => {
    const key = `issue.${code}.${name}`;
    return known(key) ? key : undefined;
  };
  const rule = typeof params.rule === 'string' ? variant(params.rule) : undefined;
  const chosen =
    code === 'out-of-range'
      ? has(params, 'min', 'max')
        ? variant(params.exclusiveMin === 'true' ? 'above' : 'between')
        : has(params, 'min') && params.exclusiveMin !== 'true'
          ? variant('atLeast')
          : has(params, 'max') && params.exclusiveMax !== 'true'
            ? variant('atMost')
            : undefined
      : code === 'unreadable' && params.reason === 'not-utf8'
        ? variant('not-utf8')
        : code === 'too-few' && has(params, 'min')
          ? variant('min')
          : code === 'too-many' && has(params, 'max')
            ? variant('max')
            : code === 'wrong-unit' && has(params, 'expected')
              ? variant('expected')
              : code === 'no-path' && has(params, 'from', 'to')
                ? variant('between')
                : code === 'inconsistent'
                  ? rule
                  : undefined;
  return chosen ?? (`issue.${code}` as MessageKey);
}

/** True when every `{name}` of the message has a value, so that no placeholder reaches the screen. */
function filled(locale: Locale, key: MessageKey, params: MessageParams): boolean {
  return [...MESSAGES[locale][key].matchAll(/\{(\w+)\}/g)].every((match) => params[match[1] ?? ''] !== undefined);
}

/**
 * An issue in words, from its code and params: the code's sentence (or a more precise variant its params allow),
 * the expected form, allowed values, what is needed and a "did you mean" where the params carry them, then the
 * code's fix. `undefined` for a code the catalogue does not know (a newer library), or params too few for its
 * sentence: the caller then shows the library's English text.
 * @param locale - the language
 * @param issue - one issue of a `CorridorError` or an engine's error body
 * @returns the message and fix as plain text, or `undefined`
 * @example
 * issueText('zh', { file: 'places.csv', row: 3, field: 'lat', code: 'out-of-range', params: { min: -90, max: 90 }, message: '…' });
 * // { message: '此值必须在 -90 到 90 之间。', fix: '请填写范围内的值（见 docs/dataset-format.md 的“Limits”一节）。' }
 */
export function issueText(locale: Locale, issue: InputIssue): WordedIssue | undefined {
  if (!CODES.has(issue.code)) return undefined;
  const params: Record<string, string | number> = {
    ...(issue.field === undefined ? {} : { field: issue.field }),
  };
  for (const [name, value] of Object.entries(issue.params ?? {})) {
    params[name] = typeof value === 'boolean' ? String(value) : value;
  }
  let key = sentenceKey(issue.code, params);
  if (!filled(locale, key, params)) key = `issue.${issue.code}` as MessageKey;
  if (!filled(locale, key, params)) return undefined;
  const sentences = [translate(locale, key, params)];
  const expected = `issue.expected.${String(params.expected ?? '')}`;
  if (issue.code === 'invalid-format' && known(expected)) {
    sentences[0] = translate(locale, 'issue.invalid-format.expected', { what: translate(locale, expected) });
  }
  if (issue.code === 'not-allowed' && has(params, 'allowed'))
    sentences.push(translate(locale, 'issue.extra.allowed', params));
  if (issue.code === 'missing-value' && has(params, 'needs'))
    sentences.push(translate(locale, 'issue.extra.needs', params));
  if (issue.code === 'duplicate-id' && has(params, 'otherFile')) {
    sentences.push(translate(locale, 'issue.extra.otherFile', params));
  }
  if (has(params, 'suggestion')) sentences.push(translate(locale, 'issue.extra.suggestion', params));
  return {
    message: sentences.join(locale === 'zh' ? '' : ' '),
    fix: translate(locale, `issue.${issue.code}.fix` as MessageKey),
  };
}

/**
 * Whether every issue of a list can be worded in the catalogue's languages (then no note about English is needed).
 * @param issues - the issues shown
 * @returns true when {@link issueText} words each of them
 * @example
 * allWorded([{ file: 'sources.csv', code: 'file-missing', message: 'the file is missing' }]); // true
 */
export function allWorded(issues: readonly InputIssue[]): boolean {
  return issues.every((issue) => issueText('zh', issue) !== undefined && issueText('en', issue) !== undefined);
}
