import { describe, expect, it } from 'vitest';
import { AppState } from './app-state.svelte';
import type { ViewId } from './views/registry';

const start = { search: '', hash: '', storedLocale: null, browserLanguages: ['en-US'] } as const;
// The registry's ids, written out: importing the registry would load every view's components.
const VIEW_IDS = ['route', 'utilization', 'scenarios', 'data'] as const satisfies readonly [ViewId, ...ViewId[]];

describe('AppState', () => {
  it('starts from the defaults for an empty URL and writes them back canonically', () => {
    const app = AppState.from(start, VIEW_IDS);
    expect(app.view).toBe('route');
    expect(app.locale.current).toBe('en');
    expect(app.urlSuffix()).toBe('?view=route&lang=en#map=4.00/24.5000/119.5000');
  });

  it('restores view, language and camera from a shared link', () => {
    const app = AppState.from({ ...start, search: '?view=data&lang=zh', hash: '#map=6.00/25.0000/121.0000' }, VIEW_IDS);
    expect(app.urlSuffix()).toBe('?view=data&lang=zh#map=6.00/25.0000/121.0000');
  });

  it('takes the stored language when the URL has none, and the URL language over it', () => {
    expect(AppState.from({ ...start, storedLocale: 'zh' }, VIEW_IDS).locale.current).toBe('zh');
    expect(AppState.from({ ...start, search: '?lang=en', storedLocale: 'zh' }, VIEW_IDS).locale.current).toBe('en');
  });

  it('rewrites an invalid URL as the default state', () => {
    expect(AppState.from({ ...start, search: '?view=nope', hash: '#map=abc/NaN/999' }, VIEW_IDS).urlSuffix()).toBe(
      '?view=route&lang=en#map=4.00/24.5000/119.5000',
    );
  });

  it('follows an edited fragment without touching view or language', () => {
    const app = AppState.from({ ...start, search: '?view=scenarios&lang=zh' }, VIEW_IDS);
    app.followHash('#map=2.00/10.0000/20.0000');
    expect(app.urlSuffix()).toBe('?view=scenarios&lang=zh#map=2.00/10.0000/20.0000');
  });

  it('reflects changes of view and language in the URL', () => {
    const app = AppState.from(start, VIEW_IDS);
    app.view = 'utilization';
    app.locale.current = 'zh';
    expect(app.urlSuffix()).toBe('?view=utilization&lang=zh#map=4.00/24.5000/119.5000');
    expect(app.locale.t('view.utilization')).toBe('通道利用率');
    expect(app.locale.htmlLang).toBe('zh-CN');
  });

  it("writes the views' keys after view and language", () => {
    const app = AppState.from({ ...start, search: '?view=utilization' }, VIEW_IDS);
    expect(app.urlSuffix((query) => query.set('method', 'aon'))).toBe(
      '?view=utilization&lang=en&method=aon#map=4.00/24.5000/119.5000',
    );
  });
});
