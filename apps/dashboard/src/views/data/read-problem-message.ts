import type { ReadProblem } from '../../engine/upload/read-problem';
import type { MessageKey } from '../../i18n/messages';
import type { MessageParams } from '../../i18n/translate';

/** Bytes in a megabyte as the messages count them (MiB, as file managers mostly do). */
const BYTES_PER_MB = 1024 * 1024;

/**
 * Says what is wrong with the chosen files, in the current language.
 * @param problem - a problem found while reading them
 * @param t - the translate function of the current language
 * @returns one sentence, with what to do
 * @example
 * readProblemMessage({ kind: 'not-utf8', file: 'places.csv' }, locale.t);
 * // 'places.csv is not UTF-8 text. Save it as UTF-8 (“CSV UTF-8” in spreadsheet programs).'
 */
export function readProblemMessage(
  problem: ReadProblem,
  t: (key: MessageKey, params?: MessageParams) => string,
): string {
  switch (problem.kind) {
    case 'no-files':
      return t('upload.problem.noFiles');
    case 'too-many':
      return t('upload.problem.tooMany', { count: problem.count, limit: problem.limit });
    case 'too-large':
      return t('upload.problem.tooLarge', {
        size: (problem.totalBytes / BYTES_PER_MB).toFixed(1),
        limit: Math.round(problem.limitBytes / BYTES_PER_MB),
      });
    case 'duplicate-name':
      return t('upload.problem.duplicateName', { name: problem.name, paths: problem.paths.join(', ') });
    case 'not-utf8':
      return t('upload.problem.notUtf8', { file: problem.file });
    case 'unreadable':
      return t('upload.problem.unreadable', { file: problem.file });
  }
}
