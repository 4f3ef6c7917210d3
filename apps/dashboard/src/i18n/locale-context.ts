import { createContext } from 'svelte';
import type { LocaleState } from './locale-state.svelte';

/**
 * The app's one {@link LocaleState}, shared through Svelte context: `App` sets it, components read it with
 * `getLocaleContext()` during initialisation.
 */
export const [getLocaleContext, setLocaleContext] = createContext<LocaleState>();
