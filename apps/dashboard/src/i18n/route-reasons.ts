import { MODES, type Mode, type NoRoute, type OptionReason, PASSAGE_IDS, type PassageId } from '@corridor/core/model';
import { HTML_LANG, type Locale } from './locale';
import type { MessageKey } from './messages';
import { type MessageParams, translate } from './translate';

/**
 * The library's reasons worded in the dashboard's languages, from their codes and parameters rather than from
 * their English `reason` text (which stays for the CLI and the HTTP API).
 */

const PASSAGES: ReadonlySet<string> = new Set<PassageId>(PASSAGE_IDS);
const MODE_IDS: ReadonlySet<string> = new Set<Mode>(MODES);

/** A stop as the reasons carry it: its English and Chinese names. */
interface NamedStop {
  readonly nameEn: string;
  readonly nameZh: string;
}

const stopName = (locale: Locale, stop: NamedStop): string =>
  locale === 'zh' && stop.nameZh.trim() !== '' ? stop.nameZh : stop.nameEn;

function passageName(locale: Locale, id: string): string {
  return PASSAGES.has(id) ? translate(locale, `passage.${id as PassageId}`) : id;
}

/** A mode inside a sentence: "sea" in English (the catalogue's "Sea" is a label), 海运 in Chinese. */
function modeName(locale: Locale, id: string): string {
  return MODE_IDS.has(id) ? translate(locale, `mode.${id as Mode}`).toLocaleLowerCase(HTML_LANG[locale]) : id;
}

/** Main modes such as `sea+rail`, each mode in words. */
function mainModes(locale: Locale, mainMode: string): string {
  return mainMode
    .split('+')
    .map((mode) => modeName(locale, mode))
    .join('+');
}

/** A country code in words (`RU` → "Russia", "俄罗斯"); the code itself where the browser has no name. */
function countryName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([HTML_LANG[locale]], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code; // not a region code Intl accepts
  }
}

const list = (locale: Locale, items: readonly string[], joiner: 'or' | 'and'): string =>
  items.join(translate(locale, `reason.list.${joiner}`));

/** The thing a constraint id names (`passage:suez` → the Suez Canal), in words. */
function constraintParams(locale: Locale, id: string): { kind: string; params: MessageParams } {
  const [kind = '', value = ''] = id.split(':', 2);
  if (kind === 'passage') return { kind, params: { name: passageName(locale, value) } };
  if (kind === 'mode') return { kind, params: { name: modeName(locale, value) } };
  if (kind === 'country') return { kind, params: { name: countryName(locale, value) } };
  if (kind === 'terminal') return { kind, params: { name: value } };
  return { kind: kind === 'max-transfers' ? kind : 'via', params: {} };
}

const worded = (locale: Locale, prefix: string, id: string): string => {
  const { kind, params } = constraintParams(locale, id);
  return translate(locale, `${prefix}.${kind}` as MessageKey, params);
};

/**
 * The change that a relaxation of a no-route makes, in words (`passage:suez` → "allowing the Suez Canal").
 * @param locale - the language
 * @param id - one of `NoRoute.blockedBy`, e.g. `relaxation.id`
 * @returns plain text
 * @example
 * relaxationChange('zh', 'passage:suez'); // '允许经过苏伊士运河'
 */
export function relaxationChange(locale: Locale, id: string): string {
  return worded(locale, 'reason.change', id);
}

/**
 * A no-route's explanation in words: the main sentence by its code, then each note (services the closures
 * suspended, paths only the itinerary rules cut). The relaxation is left to the caller, which offers it.
 * @param locale - the language
 * @param noRoute - the router's no-route
 * @returns plain text, one or more sentences
 * @example
 * noRouteText('zh', noRoute); // '从厦门到鹿特丹没有路线：所有海运路径都经过苏伊士运河或好望角，而查询避开了它们。…'
 */
export function noRouteText(locale: Locale, noRoute: NoRoute): string {
  const from = stopName(locale, noRoute.params.from);
  const to = stopName(locale, noRoute.params.to);
  const modes = list(
    locale,
    noRoute.params.modes.map((mode) => modeName(locale, mode)),
    'and',
  );
  const sentences: string[] = [];
  if (noRoute.code === 'unconnected') {
    sentences.push(translate(locale, 'reason.noRoute.unconnected', { from, to }));
  } else if (noRoute.code === 'unrelaxable') {
    const constraints = list(
      locale,
      noRoute.blockedBy.map((id) => worded(locale, 'reason.constraint', id)),
      'and',
    );
    sentences.push(translate(locale, 'reason.noRoute.unrelaxable', { from, to, constraints }));
  } else if (noRoute.blockedBy.every((id) => id.startsWith('passage:'))) {
    const passages = list(
      locale,
      noRoute.blockedBy.map((id) =>
        translate(locale, 'reason.passage.inSentence', { name: passageName(locale, id.slice('passage:'.length)) }),
      ),
      'or',
    );
    sentences.push(translate(locale, 'reason.noRoute.blockedPassages', { from, to, modes, passages }));
  } else {
    const blockers = list(
      locale,
      noRoute.blockedBy.map((id) => worded(locale, 'reason.blocker', id)),
      'or',
    );
    sentences.push(translate(locale, 'reason.noRoute.blocked', { from, to, modes, blockers }));
  }
  for (const note of noRoute.notes) {
    if (note.code === 'services-suspended') {
      const { services } = note.params;
      sentences.push(
        translate(locale, 'reason.note.services-suspended', {
          count: services.length,
          services: list(locale, services, 'and'),
        }),
      );
    } else {
      const { reentered, revisited, chainedTrucks } = note.params;
      const what = [
        ...(reentered.length > 0
          ? [
              translate(locale, 'reason.rule.reentered', {
                names: list(
                  locale,
                  reentered.map((code) => countryName(locale, code)),
                  'and',
                ),
              }),
            ]
          : []),
        ...(revisited.length > 0
          ? [translate(locale, 'reason.rule.revisited', { names: list(locale, revisited, 'and') })]
          : []),
        ...(chainedTrucks ? [translate(locale, 'reason.rule.chainedTrucks')] : []),
      ];
      sentences.push(translate(locale, 'reason.note.rules-cut', { what: list(locale, what, 'or') }));
    }
  }
  return sentences.join(locale === 'zh' ? '' : ' ');
}

/**
 * Why an option is offered, in words, from its code and parameters.
 * @param locale - the language
 * @param option - an itinerary's `option`
 * @returns plain text
 * @example
 * optionReasonText('zh', { kind: 'best-of-mode', code: 'best-of-mode', mainMode: 'sea', params: {}, reason: 'best by sea' });
 * // '海运最优方案'
 */
export function optionReasonText(locale: Locale, option: OptionReason): string {
  const modes = mainModes(locale, option.mainMode);
  const { params } = option;
  switch (option.code) {
    case 'best':
      return translate(locale, 'reason.option.best', {
        objective: translate(locale, `reason.objective.${params.objective ?? 'balanced'}`),
        modes,
      });
    case 'best-of-mode':
      return translate(locale, 'reason.option.best-of-mode', { modes });
    case 'alternative':
      return translate(locale, 'reason.option.alternative', { modes, stretch: (params.stretch ?? 1).toFixed(2) });
    default: {
      const label = params.bestOfMode === true ? translate(locale, 'reason.option.bestOfModeLabel', { modes }) : '';
      const which =
        params.worseThanOption !== undefined
          ? translate(locale, 'reason.option.worseThanOption', { number: params.worseThanOption })
          : translate(locale, 'reason.option.worseThanRoute', {
              modes: mainModes(locale, params.worseThanMainMode ?? ''),
            });
      if (option.code === 'backup-crossing') {
        const crossings = list(
          locale,
          (params.crossings ?? []).map((stop) => stopName(locale, stop)),
          'and',
        );
        return translate(locale, 'reason.option.backup-crossing', { label, which, crossings });
      }
      const names = (ids: readonly string[] | undefined) =>
        list(
          locale,
          (ids ?? []).map((id) => passageName(locale, id)),
          'and',
        );
      const passages = [
        ...((params.viaPassages ?? []).length > 0
          ? [translate(locale, 'reason.option.viaPassages', { names: names(params.viaPassages) })]
          : []),
        ...((params.notViaPassages ?? []).length > 0
          ? [translate(locale, 'reason.option.notViaPassages', { names: names(params.notViaPassages) })]
          : []),
      ];
      return translate(locale, 'reason.option.backup-passage', {
        label,
        which,
        passages: list(locale, passages, 'and'),
      });
    }
  }
}
