import { fujianNetwork } from '@corridor/data';
import { describe, expect, it } from 'vitest';
import { regionLabel, regionOptions } from './region-labels';

const datasetRegions = [...new Set(fujianNetwork.places.flatMap((place) => place.regions))].sort();

describe('region labels', () => {
  it('names every region of the Fujian dataset in English and in Chinese', () => {
    expect(datasetRegions).toContain('central-asia');
    for (const region of datasetRegions) {
      expect(regionLabel('en', region), region).not.toBe(region);
      expect(regionLabel('zh', region), region).not.toBe(region);
      expect(regionLabel('zh', region), region).not.toBe(regionLabel('en', region));
    }
    expect(regionLabel('en', 'central-asia')).toBe('Central Asia');
    expect(regionLabel('zh', 'fujian')).toBe('福建');
  });

  it('falls back to the id for a region of a user’s own dataset', () => {
    expect(regionLabel('en', 'my-hinterland')).toBe('my-hinterland');
    expect(regionLabel('zh', 'my-hinterland')).toBe('my-hinterland');
    expect(regionLabel('en', 'constructor')).toBe('constructor');
  });

  it('lists the options by label in the language, keeping the ids', () => {
    const en = regionOptions('en', ['eu', 'fujian', 'asean']);
    expect(en).toEqual([
      { id: 'asean', label: 'ASEAN' },
      { id: 'eu', label: 'European Union' },
      { id: 'fujian', label: 'Fujian' },
    ]);
    const zh = regionOptions('zh', datasetRegions);
    expect(zh.map((option) => option.id).sort()).toEqual(datasetRegions);
    expect(zh.find((option) => option.id === 'eu')?.label).toBe('欧盟');
  });
});
