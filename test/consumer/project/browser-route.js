// What a web page or worker imports for one route query: the engine and the bundled network. Bundled with vite
// for the browser (its size is reported), then run in Node to show the bundle still answers.
import { createEngine } from '@corridor/core/engine';
import { fujianNetwork } from '@corridor/data';

const answer = createEngine(fujianNetwork).route({ from: 'Xiamen', to: 'Duisburg' });
const found = 'itineraries' in answer ? `${answer.itineraries.length} itineraries` : answer.noRoute.reason;
console.log(`browser bundle: ${found} from ${answer.ends.from.nameEn}`);
