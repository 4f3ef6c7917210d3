import type { PassageId } from '../model/network.js';

/** Each passage's name in English and Chinese, for sentences (the ids are fixed, so the names are too). */
export const PASSAGE_NAMES: Readonly<Record<PassageId, { readonly en: string; readonly zh: string }>> = {
  'taiwan-strait': { en: 'the Taiwan Strait', zh: '台湾海峡' },
  'luzon-strait': { en: 'the Luzon Strait', zh: '吕宋海峡' },
  'singapore-strait': { en: 'the Singapore Strait', zh: '新加坡海峡' },
  malacca: { en: 'the Strait of Malacca', zh: '马六甲海峡' },
  sunda: { en: 'the Sunda Strait', zh: '巽他海峡' },
  hormuz: { en: 'the Strait of Hormuz', zh: '霍尔木兹海峡' },
  'bab-el-mandeb': { en: 'Bab-el-Mandeb', zh: '曼德海峡' },
  suez: { en: 'the Suez Canal', zh: '苏伊士运河' },
  gibraltar: { en: 'the Strait of Gibraltar', zh: '直布罗陀海峡' },
  dover: { en: 'the Strait of Dover', zh: '多佛尔海峡' },
  'cape-of-good-hope': { en: 'the Cape of Good Hope', zh: '好望角' },
  panama: { en: 'the Panama Canal', zh: '巴拿马运河' },
};
