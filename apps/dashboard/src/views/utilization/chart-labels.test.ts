import { fujianNetwork } from '@corridor/data';
import { describe, expect, it } from 'vitest';
import { balancedWrap, fitLabels, type LabelFit, textWidth, wrapLabel } from './chart-labels';

const FIT: LabelFit = { width: 340, fontSize: 10, lineHeight: 11, gap: 6, minMargin: 48, maxShare: 0.5, maxLines: 3 };

describe('chart labels', () => {
  it('measures Chinese characters one em wide and Latin text narrower', () => {
    expect(textWidth('中亚', 10)).toBe(20);
    expect(textWidth('abc', 10)).toBeGreaterThan(10);
    expect(textWidth('abc', 10)).toBeLessThan(30);
    expect(textWidth('', 10)).toBe(0);
  });

  it('wraps at spaces, keeping every word, each line within the width', () => {
    const text = 'China–Europe Railway Express via Alashankou / Dostyk';
    const lines = wrapLabel(text, 160, 10, 3);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(160);
  });

  it('wraps Chinese between characters, never starting a line with closing punctuation', () => {
    const lines = wrapLabel('中欧班列（阿拉山口—多斯特克通道）', 100, 10, 3);
    expect(lines.join('')).toBe('中欧班列（阿拉山口—多斯特克通道）');
    for (const line of lines) {
      expect(textWidth(line, 10)).toBeLessThanOrEqual(100);
      expect(line).not.toMatch(/^[）—，]/u);
    }
  });

  it('ends the last line with an ellipsis when the lines do not hold the label', () => {
    const lines = wrapLabel('one two three four five six seven eight nine ten', 40, 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/u);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(40);
  });

  it('balances the lines, leaving no line with one character or one short word', () => {
    const zh = balancedWrap('中欧班列（阿拉山口—多斯特克通道）', 164, 10, 3);
    expect(zh).toHaveLength(2);
    expect(zh.join('')).toBe('中欧班列（阿拉山口—多斯特克通道）');
    for (const line of zh) expect([...line].length).toBeGreaterThan(5);
    const en = balancedWrap('Trans-Pacific sea – US West Coast', 150, 10, 3);
    expect(en).toHaveLength(2);
    expect(en[1]).not.toBe('Coast');
    expect(en[1]).not.toMatch(/^–/u);
    expect(balancedWrap('Silk Road Maritime – South Asia', 150, 10, 3)).toEqual(['Silk Road Maritime –', 'South Asia']);
    const long = 'one two three four five six seven eight nine ten';
    expect(balancedWrap(long, 40, 10, 2)).toEqual(wrapLabel(long, 40, 10, 2));
  });

  it('keeps the narrowest margin for short labels', () => {
    const fitted = fitLabels(['All', 'Air'], FIT);
    expect(fitted.left).toBe(FIT.minMargin);
    expect(fitted.lines).toEqual([['All'], ['Air']]);
    expect(fitted.maxLines).toBe(1);
  });

  it('fits every corridor name of the dataset, in both languages, without cutting it', () => {
    for (const names of [fujianNetwork.corridors.map((c) => c.nameEn), fujianNetwork.corridors.map((c) => c.nameZh)]) {
      const fitted = fitLabels(['All', ...names], FIT);
      expect(fitted.left).toBeLessThanOrEqual(FIT.width * FIT.maxShare);
      expect(fitted.left).toBeGreaterThan(FIT.minMargin);
      fitted.lines.forEach((lines, k) => {
        expect(lines.join(' ').replace(/ /gu, ''), names[k - 1] ?? 'All').toBe(
          (['All', ...names][k] ?? '').replace(/ /gu, ''),
        );
        for (const line of lines) expect(textWidth(line, FIT.fontSize)).toBeLessThanOrEqual(fitted.left - FIT.gap);
      });
      expect(fitted.maxLines).toBeLessThanOrEqual(FIT.maxLines);
    }
  });

  it('widens the margin to the longest label when it fits within half the chart', () => {
    const fitted = fitLabels(['All', 'Silk Road Maritime – Gulf'], FIT);
    expect(fitted.lines[1]).toEqual(['Silk Road Maritime – Gulf']);
    expect(fitted.left).toBe(Math.ceil(textWidth('Silk Road Maritime – Gulf', 10) + FIT.gap));
  });
});
