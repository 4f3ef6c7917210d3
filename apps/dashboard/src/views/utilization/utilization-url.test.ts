import { describe, expect, it } from 'vitest';
import { DEFAULT_MAP_POSITION, serializeUrlState } from '../../url/url-state';
import { parseUtilizationState, writeUtilizationState } from './utilization-url';

describe('the Corridor utilization view in the URL', () => {
  it('reads the method and the element, and writes them back after the view and language', () => {
    const state = parseUtilizationState(
      new URLSearchParams('view=utilization&method=capacity&element=border-crossing:brest_malaszewicze'),
    );
    expect(state).toEqual({ method: 'capacity', element: 'border-crossing:brest_malaszewicze' });
    const url = serializeUrlState({ view: 'utilization', lang: 'en', map: DEFAULT_MAP_POSITION }, (query) => {
      if (state !== null) writeUtilizationState(query, state);
    });
    expect(url).toBe(
      '?view=utilization&lang=en&method=capacity&element=border-crossing%3Abrest_malaszewicze#map=4.00/24.5000/119.5000',
    );
  });

  it('keeps a method without an element, and drops an element without a valid method', () => {
    expect(parseUtilizationState(new URLSearchParams('method=aon'))).toEqual({ method: 'aon', element: null });
    expect(parseUtilizationState(new URLSearchParams('element=terminal:x'))).toBeNull();
    expect(parseUtilizationState(new URLSearchParams('method=fast&element=terminal:x'))).toBeNull();
    expect(parseUtilizationState(new URLSearchParams('view=utilization'))).toBeNull();
  });

  it('drops an element id with characters an id never has, or too long', () => {
    expect(parseUtilizationState(new URLSearchParams('method=aon&element=<script>'))?.element).toBeNull();
    expect(parseUtilizationState(new URLSearchParams(`method=aon&element=${'x'.repeat(201)}`))?.element).toBeNull();
    expect(
      parseUtilizationState(new URLSearchParams('method=equilibrium&element=service:crx-xmn-hamburg:reverse:1'))
        ?.element,
    ).toBe('service:crx-xmn-hamburg:reverse:1');
  });
});
