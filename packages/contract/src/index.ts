/**
 * The Leerbudget compliant-API contract: zod schemas and the types inferred from them.
 * @packageDocumentation
 */
import './zod-config.js';
export * from './version.js';
export * from './common.js';
export * from './discovery.js';
export * from './course.js';
export * from './catalogue.js';
export * from './me.js';
export * from './budget.js';
export * from './funding-scheme.js';
export * from './learning-path.js';
export * from './request.js';
export * from './insights.js';
export * from './problem.js';
export * from './demo.js';
export * from './query.js';
export { buildOpenApiDocument } from './openapi.js';
