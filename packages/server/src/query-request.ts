/**
 * A GET request's query string as the request object its POST twin takes: the JSON Schema of the request says
 * which parameters are lists (comma-separated, `modes=sea,rail`), numbers, integers or booleans; anything that
 * does not convert is passed on as text, so the engine's check names it ("teu: expected number").
 */

/** The part of a JSON Schema the conversion reads. */
interface PropertySchema {
  readonly type?: string | readonly string[];
  readonly anyOf?: readonly PropertySchema[];
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

function typesOf(schema: PropertySchema | undefined): Set<string> {
  if (schema === undefined) return new Set();
  const own = schema.type === undefined ? [] : typeof schema.type === 'string' ? [schema.type] : schema.type;
  return new Set([...own, ...(schema.anyOf ?? []).flatMap((s) => [...typesOf(s)])]);
}

function convert(text: string, types: Set<string>): unknown {
  if ((types.has('number') || types.has('integer')) && NUMBER.test(text.trim())) return Number(text.trim());
  if (types.has('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/**
 * Converts query parameters to a request.
 *
 * @param query - the parsed query string (a repeated parameter gives an array)
 * @param properties - the request schema's `properties`
 * @returns the request object
 * @example
 * ```ts
 * import { queryRequest, REQUEST_SCHEMAS } from '@corridor/server';
 *
 * const { properties } = REQUEST_SCHEMAS.RouteRequest as { properties: Parameters<typeof queryRequest>[1] };
 * console.log(queryRequest({ from: 'Xiamen', to: 'Duisburg', modes: 'sea,rail', teu: '2' }, properties)); // → { from: 'Xiamen', to: 'Duisburg', modes: [ 'sea', 'rail' ], teu: 2 }
 * ```
 */
export function queryRequest(
  query: Readonly<Record<string, string | readonly string[] | undefined>>,
  properties: Readonly<Record<string, PropertySchema & { readonly items?: PropertySchema }>>,
): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(query)) {
    if (raw === undefined) continue;
    const values = typeof raw === 'string' ? [raw] : [...raw];
    const schema = properties[name];
    const types = typesOf(schema);
    if (types.has('array')) {
      request[name] = values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter((v) => v !== '')
        .map((v) => convert(v, typesOf(schema?.items)));
    } else {
      // A repeated single-valued parameter is left as a list, which the check refuses by name.
      request[name] = values.length === 1 ? convert(values[0] as string, types) : values;
    }
  }
  return request;
}
