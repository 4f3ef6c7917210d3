// The bundled demand matrix, recomputed from the published figures it is derived from (docs/dataset-format.md,
// demand.csv). Each reference figure carries its source id; the arithmetic is the one the X-rows describe.
import type { DemandFlow } from '@corridor/core/model';
import { fujianNetwork } from '@corridor/data';
import { describe, expect, it } from 'vitest';

const WEEKS_PER_YEAR = 52;
/** X140: 70 % of trade value by sea × 2/3 in containers ÷ USD 54,500 per TEU [F03], 444.32 yuan = USD 65.8 [F02]. */
const TEU_PER_YUAN = ((65.8 / 444.32) * 0.7 * (2 / 3)) / 54500;
/** Fujian's 2022 container throughput by port, m TEU [M14]: the share of Fujian trade each port carries (X141). */
const PORT_SHARE = { CNXMN: 12.43 / 17.97, CNFOC: 3.46 / 17.97, CNQZJ: 2.08 / 17.97 };

const citing = (id: string, also?: (flow: DemandFlow) => boolean): DemandFlow[] =>
  fujianNetwork.demand.filter((flow) => flow.sources.includes(id) && (also === undefined || also(flow)));
const teu = (flows: readonly DemandFlow[]): number => flows.reduce((sum, flow) => sum + (flow.teuPerWeek ?? 0), 0);
const touches = (place: string) => (flow: DemandFlow) => flow.fromPlaceId === place || flow.toPlaceId === place;

describe('the Fujian demand, recomputed from its published inputs', () => {
  it('Xiamen CR Express: (910 [P01] − 404 [S48]) trains in two years × 13,600 / 180 TEU per train [S61]', () => {
    const perWeek = ((910 - 404) / ((2 * 365.25) / 7)) * (13600 / 180);
    expect(teu(citing('X146'))).toBeCloseTo(perWeek, 0);
  });

  it('Fuzhou "Mindu": 30 trains in 37 weeks [S37] × 1.749 m TEU / 16,145 trains [S22]', () => {
    expect(teu(citing('X147'))).toBeCloseTo((30 / 37) * (1.749e6 / 16145), 0);
  });

  it.each([
    ['the US', 'USLAX', 263.13e9],
    ['the EU', 'NLRTM', 246.61e9],
  ])('Xiamen–%s sea trade: Fujian 2022 [F01] × Xiamen port share [M14] × X140', (_name, place, yuanPerYear) => {
    const expected = ((yuanPerYear * TEU_PER_YUAN) / WEEKS_PER_YEAR) * PORT_SHARE.CNXMN;
    const region = place === 'USLAX' ? ['USLAX'] : ['NLRTM', 'BEANR', 'GRPIR', 'ITGIT', 'ESALG'];
    const flows = citing('X141', (flow) => touches('CNXMN')(flow) && region.some((p) => touches(p)(flow)));
    expect(teu(flows) / expected).toBeCloseTo(1, 3);
  });

  it('Xiamen–ASEAN sea trade: Fujian 2022 422.66 bn yuan [F01] × Xiamen port share [M14] × X140', () => {
    const expected = ((422.66e9 * TEU_PER_YUAN) / WEEKS_PER_YEAR) * PORT_SHARE.CNXMN;
    const asean = ['SGSIN', 'MYPKG', 'MYTPP', 'PHMNL', 'IDJKT', 'ho_chi_minh', 'THLCH'];
    const flows = citing('X141', (flow) => touches('CNXMN')(flow) && asean.some((p) => touches(p)(flow)));
    expect(teu(flows) / expected).toBeCloseTo(1, 3);
  });

  it('Fuzhou–US on its COSCO call (X170): Fujian 2022 263.13 bn yuan [F01] × Fuzhou port share [M14] × X140', () => {
    const expected = ((263.13e9 * TEU_PER_YUAN) / WEEKS_PER_YEAR) * PORT_SHARE.CNFOC;
    const flows = citing('X170', (flow) => touches('CNFOC')(flow) && touches('USLAX')(flow));
    expect(teu(flows) / expected).toBeCloseTo(1, 3);
  });

  it('Quanzhou–Vietnam and Thailand on the OOCL service (X170): Fujian–ASEAN [F01] × Quanzhou share [M14] × X142', () => {
    const vietnam = 0.193; // [F05], rounded as in the other rows
    const thailand = (1 - 393.5 / 1209.5 - vietnam) / 4; // X142: the rest shared by four countries
    const perCountry = ((422.66e9 * TEU_PER_YUAN) / WEEKS_PER_YEAR) * PORT_SHARE.CNQZJ;
    const flowsTo = (place: string) => citing('X170', (flow) => touches('CNQZJ')(flow) && touches(place)(flow));
    expect(teu(flowsTo('ho_chi_minh')) / (perCountry * vietnam)).toBeCloseTo(1, 3);
    expect(teu(flowsTo('THLCH')) / (perCountry * thailand)).toBeCloseTo(1, 3);
  });

  it('Fujian–Taiwan: USD 11.86 bn in Jan–Nov 2024 [F04] × 12/11 at the X140 densities', () => {
    const expected = ((11.86e9 * 12) / 11 / WEEKS_PER_YEAR) * ((0.7 * (2 / 3)) / 54500);
    expect(teu(citing('X145')) / expected).toBeCloseTo(1, 3);
  });

  it('Xiamen air: 51,000 t in Q1 2024 [A05] × 201.46 / 444.32 of Xiamen trade on the modelled regions [F02]', () => {
    const tonnes = citing('X148').reduce((sum, flow) => sum + (flow.tonnesPerWeek ?? 0), 0);
    expect(tonnes / ((51000 / 13) * (201.46 / 444.32))).toBeCloseTo(1, 3);
  });

  it('labels every flow: derived rows cite a derivation row, the rest an assumption row', () => {
    const derivations = ['X141', 'X145', 'X146', 'X147', 'X148'];
    const assumptions = ['X32', 'X33', 'X34', 'X35'];
    for (const flow of fujianNetwork.demand) {
      const derived = derivations.some((id) => flow.sources.includes(id));
      const assumed = assumptions.some((id) => flow.sources.includes(id));
      expect(derived || assumed, `${flow.fromPlaceId} → ${flow.toPlaceId}`).toBe(true);
      if (derived) expect(flow.basis).toMatch(/^Derived from published/);
    }
  });
});
