import type { NoRoute, OptionReason } from '@corridor/core/model';
import { createRouter } from '@corridor/core/routing';
import { fujianNetwork } from '@corridor/data';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locale';
import { noRouteText, optionReasonText, relaxationChange } from './route-reasons';

const ends = {
  from: { id: 'CNXMN', nameEn: 'Xiamen', nameZh: '厦门' },
  to: { id: 'NLRTM', nameEn: 'Rotterdam', nameZh: '鹿特丹' },
};
const totals = { durationHours: 900, costUsd: 4000, co2eKg: 5000, distanceKm: 20000 };

const noRoutes: NoRoute[] = [
  { reason: '…', code: 'unconnected', params: { ...ends, modes: ['sea'] }, notes: [], blockedBy: [] },
  {
    reason: '…',
    code: 'unrelaxable',
    params: { ...ends, modes: ['rail'] },
    notes: [],
    blockedBy: ['country:RU', 'max-transfers', 'mode:sea', 'terminal:brest_malaszewicze', 'via'],
  },
  {
    reason: '…',
    code: 'blocked',
    params: { ...ends, modes: ['sea', 'rail'] },
    notes: [
      { code: 'services-suspended', params: { services: ['apl-asia-nwe', 'srm-xmn-tema'] } },
      { code: 'rules-cut', params: { reentered: ['CN'], revisited: ['xmn_port_haicang'], chainedTrucks: true } },
    ],
    blockedBy: ['passage:suez', 'mode:air'],
    relaxation: { id: 'passage:suez', change: 'allowing suez', totals },
  },
];

const options: OptionReason[] = [
  { kind: 'best', mainMode: 'sea+rail', reason: '…', code: 'best', params: { objective: 'cost' } },
  { kind: 'best-of-mode', mainMode: 'air', reason: '…', code: 'best-of-mode', params: {} },
  { kind: 'alternative', mainMode: 'rail', reason: '…', code: 'alternative', params: { stretch: 1.1337 } },
  {
    kind: 'backup',
    mainMode: 'rail',
    reason: '…',
    code: 'backup-crossing',
    params: {
      bestOfMode: true,
      worseThanOption: 1,
      crossings: [{ id: 'khorgos', nameEn: 'Khorgos', nameZh: '霍尔果斯' }],
    },
  },
  {
    kind: 'backup',
    mainMode: 'sea',
    reason: '…',
    code: 'backup-passage',
    params: {
      bestOfMode: false,
      worseThanMainMode: 'sea',
      viaPassages: ['cape-of-good-hope'],
      notViaPassages: ['suez'],
    },
  },
];

describe('route reasons worded from their codes', () => {
  it('leaves no placeholder unfilled and no English word in Chinese, for every code', () => {
    for (const locale of LOCALES) {
      const texts = [
        ...noRoutes.map((n) => noRouteText(locale, n)),
        ...options.map((o) => optionReasonText(locale, o)),
      ];
      for (const text of texts) expect(text, text).not.toMatch(/[{}]/);
    }
    for (const noRoute of noRoutes) {
      // Ids (services, terminals) are codes and stay; everything else is in Chinese.
      const words = noRouteText('zh', noRoute).replace(/[a-z0-9_-]*[_-][a-z0-9_-]*/g, '');
      expect(words, words).not.toMatch(/[A-Za-z]{2,}/);
    }
    for (const option of options) expect(optionReasonText('zh', option)).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('names the ends, the modes and the closed passages in the chosen language', () => {
    const closed: NoRoute = { ...(noRoutes[2] as NoRoute), blockedBy: ['passage:suez', 'passage:panama'], notes: [] };
    expect(noRouteText('en', closed)).toBe(
      'No route from Xiamen to Rotterdam: every sea, rail path uses the Suez Canal or the Panama Canal, which the query avoids.',
    );
    expect(noRouteText('zh', closed)).toBe(
      '从厦门到鹿特丹没有路线：所有海运、铁路路径都经过苏伊士运河或巴拿马运河，而查询避开了它们。',
    );
    const blocked = noRoutes[2] as NoRoute;
    expect(noRouteText('en', blocked)).toMatch(
      /^No route from Xiamen to Rotterdam: every sea, rail path uses the Suez Canal/,
    );
    expect(noRouteText('zh', blocked)).toContain('从厦门到鹿特丹没有路线');
    expect(noRouteText('zh', blocked)).toContain('苏伊士运河');
    expect(noRouteText('zh', blocked)).toContain('中国');
    expect(noRouteText('zh', noRoutes[1] as NoRoute)).toContain('俄罗斯');
    expect(relaxationChange('zh', 'passage:cape-of-good-hope')).toBe('允许经过好望角');
    expect(relaxationChange('en', 'max-transfers')).toBe('lifting the limit of transfers');
  });

  it('words why an option is offered with its figures: the objective, the stretch, the option that beats a backup', () => {
    expect(optionReasonText('en', options[0] as OptionReason)).toBe('cheapest (sea+rail)');
    expect(optionReasonText('zh', options[0] as OptionReason)).toBe('最便宜（海运+铁路）');
    expect(optionReasonText('en', options[2] as OptionReason)).toBe('another rail route, 1.13 × the best by rail');
    expect(optionReasonText('zh', options[3] as OptionReason)).toContain('方案 1');
    expect(optionReasonText('zh', options[3] as OptionReason)).toContain('霍尔果斯');
    expect(optionReasonText('en', options[4] as OptionReason)).toContain(
      'goes via the Cape of Good Hope, not via the Suez Canal',
    );
  });

  it("words the router's own no-route on the bundled dataset, with the services the closures suspend", () => {
    const router = createRouter(fujianNetwork);
    const result = router.route({
      from: 'Xiamen',
      to: 'Rotterdam',
      modes: ['sea'],
      avoidPassages: ['suez', 'cape-of-good-hope', 'panama'],
    });
    if (!('noRoute' in result)) throw new Error('expected no route');
    const zh = noRouteText('zh', result.noRoute);
    expect(zh).toMatch(/^从厦门到鹿特丹没有路线：所有海运路径都经过/);
    expect(zh).toMatch(/条班线停运/);
  });
});
