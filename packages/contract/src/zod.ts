/**
 * The one place that configures zod for every consumer of the contract.
 * Jitless mode keeps zod from compiling parsers with `new Function`, which a strict
 * Content-Security-Policy (no `unsafe-eval`) would report as a violation.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
