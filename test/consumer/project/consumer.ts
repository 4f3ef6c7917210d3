// A consumer's strict TypeScript file: typechecked (strict, no skipLibCheck) under moduleResolution bundler and
// nodenext against the installed tarballs, then run. It imports every main entry point and routes once.
import {
  CorridorError,
  type CorridorErrorCode,
  createNetworkLookup,
  greatCircleKm,
  type Network,
} from '@corridor/core';
import { answerJson, createEngine, errorBody, type RouteAnswer } from '@corridor/core/engine';
import { createRouter } from '@corridor/core/routing';
import { fujianNetwork, fujianSources } from '@corridor/data';
import { createServer } from '@corridor/server';

const network: Network = fujianNetwork;
const answer: RouteAnswer = createEngine(network).route({ from: 'Xiamen', to: 'Duisburg', modes: ['sea', 'rail'] });
const best = 'itineraries' in answer ? answer.itineraries[0] : undefined;
const days: number | undefined = best === undefined ? undefined : best.totals.durationHours / 24;

const result = createRouter(network).route({ from: 'Xiamen', to: 'Rotterdam', objective: 'cost' });
const reason: string = 'noRoute' in result ? result.noRoute.reason : (result.itineraries[0]?.option?.reason ?? '');

let code: CorridorErrorCode | undefined;
try {
  createEngine(network).route({ from: 'Xiamn', to: 'Hamburg' });
} catch (error) {
  if (error instanceof CorridorError) code = error.code;
  errorBody(error);
}

const kmXiamenDuisburg = greatCircleKm([118.089, 24.48], [6.76, 51.43]);
const xiamen = createNetworkLookup(network).find('XMN');
const found: string = xiamen.kind === 'place' ? xiamen.place.id : xiamen.terminal.id;
// The HTTP API from the installed package: its OpenAPI document and an assignment on its worker thread.
const server = await createServer();
const openapi = await server.inject({ url: '/openapi.json' });
const assigned = await server.inject({ url: '/v1/assign?method=aon' });
await server.close();

console.log(
  JSON.stringify({
    routeDays: days === undefined ? null : Math.round(days * 10) / 10,
    answerBytes: answerJson(answer).length,
    cheapest: reason,
    errorCode: code,
    greatCircleKm: Math.round(kmXiamenDuisburg),
    found,
    sources: fujianSources.length,
    openapi: openapi.statusCode,
    assign: assigned.statusCode,
  }),
);
if (openapi.statusCode !== 200 || assigned.statusCode !== 200) process.exitCode = 1;
