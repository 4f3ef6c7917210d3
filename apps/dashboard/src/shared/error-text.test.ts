import { describe, expect, it } from 'vitest';
import { errorText } from './error-text';

const refusal = {
  message: 'maxflow request: 1 problem',
  issues: [
    {
      file: 'maxflow request',
      field: 'from',
      value: 'Atlantis',
      code: 'unknown-reference' as const,
      params: { suggestion: 'Antwerp' },
      message: 'unknown place',
      fix: 'try X',
    },
  ],
};

describe('errorText()', () => {
  it('is the message alone when there is no issue', () => {
    expect(errorText({ message: 'run an assignment first', issues: [] })).toBe('run an assignment first');
  });

  it('puts each issue on a line of its own after the message, with its field, value and fix', () => {
    expect(errorText(refusal).split('\n')).toEqual([
      'maxflow request: 1 problem',
      'maxflow request, field from: "Atlantis" — unknown place; try X',
    ]);
  });

  it('words the summary and each issue from its code in Chinese, keeping the field and value as written', () => {
    const [summary, line] = errorText(refusal, 'zh').split('\n');
    expect(summary).toBe('请求被拒绝：1 个问题。');
    expect(line).toBe(
      '字段 from，值“Atlantis” — 数据集中没有这个编号、代码或名称。您是否想输入 Antwerp？请使用已有条目的编号。',
    );
  });

  it('words the issues in English from the catalogue too, not from the library’s sentence', () => {
    expect(errorText(refusal, 'en')).not.toContain('unknown place');
  });

  it('falls back to the library’s English for an issue whose code the catalogue lacks', () => {
    const newer = { ...refusal, issues: [{ ...refusal.issues[0], code: 'from-a-newer-library' }] };
    expect(errorText(newer as unknown as typeof refusal, 'zh')).toBe(errorText(refusal));
  });
});
