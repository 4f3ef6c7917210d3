// The port `vite preview` serves the built dashboard on for the e2e tests: 4173 unless E2E_PORT says
// otherwise, so two checkouts (or a developer's own preview) can run side by side.
export const E2E_PORT = process.env.E2E_PORT ?? '4173';
export const E2E_ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
