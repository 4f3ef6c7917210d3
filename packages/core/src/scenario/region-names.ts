/**
 * Names of the Fujian dataset's place regions (`places.csv`'s `regions`) for sentences, in English and Chinese.
 * Regions are the dataset's own words: one a dataset adds is written by its id.
 */
export const REGION_NAMES: Readonly<Record<string, { readonly en: string; readonly zh: string }>> = {
  africa: { en: 'Africa', zh: '非洲' },
  asean: { en: 'ASEAN', zh: '东盟' },
  belarus: { en: 'Belarus', zh: '白俄罗斯' },
  'central-asia': { en: 'Central Asia', zh: '中亚' },
  'central-europe': { en: 'Central Europe', zh: '中欧' },
  china: { en: 'China', zh: '中国' },
  'east-asia': { en: 'East Asia', zh: '东亚' },
  eu: { en: 'the EU', zh: '欧盟' },
  fujian: { en: 'Fujian', zh: '福建' },
  gulf: { en: 'the Gulf', zh: '中东海湾地区' },
  'inland-china': { en: 'inland China', zh: '中国内陆' },
  mediterranean: { en: 'the Mediterranean', zh: '地中海' },
  'nw-europe': { en: 'North-West Europe', zh: '西北欧' },
  'red-sea': { en: 'the Red Sea', zh: '红海' },
  russia: { en: 'Russia', zh: '俄罗斯' },
  'south-asia': { en: 'South Asia', zh: '南亚' },
  taiwan: { en: 'Taiwan', zh: '台湾' },
  us: { en: 'the US', zh: '美国' },
  'us-west': { en: 'the US West Coast', zh: '美国西海岸' },
};
