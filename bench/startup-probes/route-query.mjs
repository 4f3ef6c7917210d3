// The browser entry bundled by startup.ts: a route query on the bundled dataset, the dataset in its own chunk.
import { createEngine } from '@corridor/core/engine';

const { fujianNetwork } = await import('@corridor/data');
const answer = createEngine(fujianNetwork).route({ from: 'Xiamen', to: 'Duisburg' });
document.body.textContent = 'itineraries' in answer ? `${answer.itineraries.length} itineraries` : 'no route';
