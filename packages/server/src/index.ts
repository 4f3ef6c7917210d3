export { createServer, type ServerLimits, type ServerOptions } from './create-server.js';
export { openApiDocument, REQUEST_SCHEMAS } from './openapi-document.js';
export { type ProblemDetails, problemDetails } from './problem-details.js';
export { queryRequest } from './query-request.js';
