// CommonJS at run time: require() of the ESM packages through their `default` export condition (Node ≥ 20.19).
const { createEngine } = require('@corridor/core/engine');
const { fujianNetwork } = require('@corridor/data');
const { greatCircleKm } = require('@corridor/core');
require('@corridor/server');

const answer = createEngine(fujianNetwork).route({ from: 'Xiamen', to: 'Duisburg' });
if (!('itineraries' in answer) || answer.itineraries.length === 0)
  throw new Error('require(): no itinerary from Xiamen to Duisburg');
console.log(`require(): ${answer.itineraries.length} itineraries, greatCircleKm ${typeof greatCircleKm}`);
