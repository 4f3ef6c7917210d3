export { type AppliedScenario, applyScenario, type SuspendedService } from './apply-scenario.js';
