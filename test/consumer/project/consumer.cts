// The CommonJS side of the consumer: under nodenext this file compiles to require() calls, which Node ≥ 20.19
// answers with the ESM packages (require(esm)); typechecked here, run as require.cjs.
import { createEngine } from '@corridor/core/engine';
import { fujianNetwork } from '@corridor/data';

const answer = createEngine(fujianNetwork).route({ from: 'Xiamen', to: 'Duisburg' });
export const legs: number = 'itineraries' in answer ? (answer.itineraries[0]?.legs.length ?? 0) : 0;
