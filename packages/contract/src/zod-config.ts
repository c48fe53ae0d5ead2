/**
 * Configures zod once for every consumer of the contract. Jitless mode keeps zod from compiling parsers
 * with `new Function`, which a strict Content-Security-Policy (no `unsafe-eval`) would report.
 * This module is a declared side effect (package.json `sideEffects`), so bundlers keep it.
 */
import { config } from 'zod/mini';

config({ jitless: true });
