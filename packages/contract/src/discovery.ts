import './zod-config.js';
import * as z from 'zod/mini';
import { openEnum } from './common.js';

export const CAPABILITIES = [
  'budget',
  'catalogue',
  'learningPaths',
  'requests',
  'approvals',
  'fundingSchemes',
  'stepCompletion',
] as const;
export const Capability = openEnum(CAPABILITIES);
export type Capability = z.infer<typeof Capability>;

export const Discovery = z.object({
  apiVersion: z.string().check(z.regex(/^\d+$/)),
  contractVersion: z.string(),
  name: z.string(),
  capabilities: z.array(Capability),
  catalogue: z.object({
    snapshot: z.boolean(),
    delta: z.boolean(),
    courseCount: z.int().check(z.nonnegative()),
  }),
});
export type Discovery = z.infer<typeof Discovery>;
