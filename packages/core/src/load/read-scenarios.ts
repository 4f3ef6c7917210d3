import { z } from 'zod';
import {
  MAX_SCENARIO_DELAY_HOURS,
  MAX_SCENARIO_FACTOR,
  MAX_SCENARIO_G_PER_TONNE_KM,
  MAX_SCENARIO_USD_PER_TEU,
  MAX_SCENARIO_USD_PER_TONNE,
  MIN_SCENARIO_FACTOR,
} from '../model/flow-limits.js';
import { CARGO_CLASSES, PASSAGE_IDS, VEHICLE_CLASSES } from '../model/network.js';
import { once } from '../model/once.js';
import type { Scenario, ScenarioEdit } from '../model/scenario.js';
import type { IssueList } from './issue-list.js';
import { datasetPartSchemas, parseJson } from './read-json-parts.js';

/**
 * The zod schemas of scenarios as written in JSON, built on first use (as `datasetPartSchemas`, so that importing
 * the loader stays cheap): `scenario` one sourced scenario; `userScenario` one a user built, whose `sources` may be
 * empty (it is labelled unsourced) and which may name its JSON Schema (`$schema`); `scenarioFile` a file of one
 * sourced scenario; `scenariosFile` the dataset's `scenarios.json`, `{ "scenarios": [ … ] }`.
 */
export const scenarioSchemas = once(() => {
  const { id, schemaReference, service: serviceSchema, sourceIds } = datasetPartSchemas();
  // Factors are bounded so that no capacity, tariff or total formed from them overflows (docs/dataset-format.md).
  const factor = z
    .number()
    .min(MIN_SCENARIO_FACTOR, `must be a factor between ${MIN_SCENARIO_FACTOR} and ${MAX_SCENARIO_FACTOR}`)
    .max(MAX_SCENARIO_FACTOR, `must be a factor between ${MIN_SCENARIO_FACTOR} and ${MAX_SCENARIO_FACTOR}`);

  const editSchema = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('close-passage'), passage: z.enum(PASSAGE_IDS) }),
    z.strictObject({ kind: z.literal('close-terminal'), terminal: id }),
    z.strictObject({ kind: z.literal('close-border-crossing'), terminal: id }),
    z.strictObject({ kind: z.literal('close-service'), service: id }),
    z.strictObject({ kind: z.literal('close-corridor'), corridor: id }),
    z.strictObject({ kind: z.literal('scale-capacity'), target: id, factor }),
    z.strictObject({
      kind: z.literal('add-delay'),
      terminal: id,
      hours: z
        .number()
        .min(0)
        .max(MAX_SCENARIO_DELAY_HOURS, `must be at most ${MAX_SCENARIO_DELAY_HOURS} hours (a year)`),
    }),
    z
      .strictObject({
        kind: z.literal('set-tariff'),
        service: id,
        lane: id.optional(),
        usdPerTeu: z
          .number()
          .min(0)
          .max(MAX_SCENARIO_USD_PER_TEU, `must be at most USD ${MAX_SCENARIO_USD_PER_TEU} per TEU`)
          .optional(),
        usdPerTonne: z
          .number()
          .min(0)
          .max(MAX_SCENARIO_USD_PER_TONNE, `must be at most USD ${MAX_SCENARIO_USD_PER_TONNE} per tonne`)
          .optional(),
        factor: factor.optional(),
      })
      .refine((e) => e.usdPerTeu !== undefined || e.usdPerTonne !== undefined || e.factor !== undefined, {
        message: 'give usdPerTeu, usdPerTonne or factor',
        params: { code: 'missing-value', needs: 'usdPerTeu, usdPerTonne, factor' },
      }),
    z.strictObject({
      kind: z.literal('set-emission-factor'),
      vehicle: z.enum(VEHICLE_CLASSES),
      gPerTonneKm: z
        .number()
        .min(0)
        .max(MAX_SCENARIO_G_PER_TONNE_KM, `must be at most ${MAX_SCENARIO_G_PER_TONNE_KM} g per tonne-km`),
    }),
    z.strictObject({ kind: z.literal('add-service'), service: serviceSchema }),
    z.strictObject({
      kind: z.literal('scale-demand'),
      factor: z.number().min(0).max(MAX_SCENARIO_FACTOR, `must be a factor between 0 and ${MAX_SCENARIO_FACTOR}`),
      from: z.string().min(1).optional(),
      to: z.string().min(1).optional(),
      cargo: z.enum(CARGO_CLASSES).optional(),
    }),
  ]);

  /** One scenario as written in JSON. */
  const scenario = z.strictObject({
    id,
    nameEn: z.string().min(1),
    nameZh: z.string().min(1),
    description: z.string().min(1),
    descriptionZh: z.string().min(1).optional(),
    edits: z.array(editSchema),
    sources: sourceIds,
  });

  return {
    scenario,
    userScenario: scenario.extend({ ...schemaReference, sources: z.array(z.string().min(1)) }),
    scenarioFile: scenario.extend(schemaReference),
    scenariosFile: z.strictObject({ ...schemaReference, scenarios: z.array(scenario) }),
  };
});

type WrittenScenario = z.infer<ReturnType<typeof scenarioSchemas>['scenario']>;

/** From the written form (`stops[].terminal`) to the model (`stops[].terminalId`). */
export function toScenario({ $schema: _schema, ...written }: WrittenScenario & { $schema?: string }): Scenario {
  const edits = written.edits.map((edit): ScenarioEdit => {
    if (edit.kind !== 'add-service') return edit as ScenarioEdit;
    const { stops, ...service } = edit.service;
    return {
      kind: 'add-service',
      service: { ...service, stops: stops.map(({ terminal, ...stop }) => ({ terminalId: terminal, ...stop })) },
    };
  });
  return { ...written, edits };
}

/** Reads `scenarios.json` of a dataset: `{ "scenarios": [ … ] }` (the presets); references are checked later. */
export function readScenarios(file: string, text: string, issues: IssueList): Scenario[] | undefined {
  const parsed = parseJson(file, text, scenarioSchemas().scenariosFile, issues);
  return parsed?.scenarios.map(toScenario);
}
