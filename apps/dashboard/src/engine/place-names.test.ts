import { fujianNetwork } from '@corridor/data';
import { describe, expect, it } from 'vitest';
import { withPlaceNames } from './place-names';

describe('withPlaceNames', () => {
  it('names both places of every row in English and Chinese, keeping the row as it was', () => {
    const rows = [
      { from: 'CNXMN', to: 'CNFOC', flowPerWeek: 3 },
      { from: 'CNFOC', to: 'CNXMN', flowPerWeek: 1 },
    ];
    const named = withPlaceNames(rows, fujianNetwork);
    expect(named[0]).toEqual({
      from: 'CNXMN',
      to: 'CNFOC',
      flowPerWeek: 3,
      fromName: { en: 'Xiamen', zh: '厦门' },
      toName: { en: 'Fuzhou', zh: '福州' },
    });
    expect(named[1]?.fromName.en).toBe('Fuzhou');
    expect(rows[0]).not.toHaveProperty('fromName');
  });

  it('names a place the network does not know by its id', () => {
    const [row] = withPlaceNames([{ from: 'CNXMN', to: 'XXNOWHERE' }], fujianNetwork);
    expect(row?.toName).toEqual({ en: 'XXNOWHERE', zh: 'XXNOWHERE' });
  });
});
