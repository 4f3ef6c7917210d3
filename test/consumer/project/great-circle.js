// One small function from the main entry: with sideEffects false, the bundle keeps only it.
import { greatCircleKm } from '@corridor/core';

console.log(`greatCircleKm bundle: ${Math.round(greatCircleKm([118.089, 24.48], [4.48, 51.92]))} km`);
