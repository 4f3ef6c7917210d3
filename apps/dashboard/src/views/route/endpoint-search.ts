/**
 * Names of the origin and destination pickers' options; their search is `searchEndpoints` of
 * `@corridor/core/model` (the engine's `places` answers with the same).
 */
import type { EndpointOption } from '@corridor/core/model';

/**
 * The name of an endpoint in a language.
 * @param option - the endpoint
 * @param locale - `en` or `zh`
 */
export function endpointName(option: Pick<EndpointOption, 'nameEn' | 'nameZh'>, locale: 'en' | 'zh'): string {
  return locale === 'zh' ? option.nameZh : option.nameEn;
}
