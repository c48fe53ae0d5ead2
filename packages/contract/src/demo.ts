import './zod-config.js';
import * as z from 'zod/mini';
import { Id } from './common.js';

/** Demo mode only: the employees of the reference server with the tokens to act as them. */
export const DemoUser = z.object({
  id: Id,
  displayName: z.string(),
  /** Plain description of what this employee shows, for the "view as" switcher. */
  scenario: z.string(),
  token: z.string(),
});
export type DemoUser = z.infer<typeof DemoUser>;

export const DemoUserList = z.object({ items: z.array(DemoUser) });
export type DemoUserList = z.infer<typeof DemoUserList>;
