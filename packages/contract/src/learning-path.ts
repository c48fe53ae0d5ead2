import './zod-config.js';
import * as z from 'zod/mini';
import { Id, IsoDate, openEnum } from './common.js';
import { Price } from './price.js';

export const STEP_KINDS = ['course', 'workplace', 'coaching', 'assessment', 'reading', 'event'] as const;
export const StepKind = openEnum(STEP_KINDS);
export type StepKind = z.infer<typeof StepKind>;

/** Kinds the employee marks done themselves (`POST …/steps/{stepId}/complete`); a course is done when its run is. */
export const SELF_COMPLETABLE_KINDS: readonly StepKind[] = ['workplace', 'coaching', 'reading'];

export const StepStatus = openEnum(['todo', 'in-progress', 'done'] as const);
export type StepStatus = z.infer<typeof StepStatus>;

export const LearningStep = z.object({
  id: Id,
  kind: StepKind,
  title: z.string().check(z.minLength(1)),
  /** What to do, for steps that are not a course. */
  instructions: z.optional(z.string()),
  courseId: z.optional(z.nullable(Id)),
  /** The offering the employee plans to follow, for course steps. */
  offeringId: z.optional(z.nullable(Id)),
  status: StepStatus,
  /** Planned start, used to check which pots are still valid. */
  plannedStart: z.optional(z.nullable(IsoDate)),
  due: z.optional(z.nullable(IsoDate)),
  estimatedHours: z.number().check(z.nonnegative()),
  /**
   * What a step without a course costs, for example a coach's fee: planned over the money pots like a course
   * price. A step with a `courseId` takes the course's price instead.
   */
  price: z.optional(z.nullable(Price)),
});
export type LearningStep = z.infer<typeof LearningStep>;

export const LearningPath = z.object({
  id: Id,
  title: z.string().check(z.minLength(1)),
  goal: z.string(),
  owner: openEnum(['self', 'manager', 'hr'] as const),
  steps: z.array(LearningStep),
  progress: z.object({
    stepsDone: z.int().check(z.nonnegative()),
    stepsTotal: z.int().check(z.nonnegative()),
    hoursDone: z.number().check(z.nonnegative()),
    hoursTotal: z.number().check(z.nonnegative()),
  }),
  /** Skills or certificates the route leads to. */
  outcomes: z._default(z.array(z.string()), []),
});
export type LearningPath = z.infer<typeof LearningPath>;

export const LearningPathList = z.object({ items: z.array(LearningPath) });
export type LearningPathList = z.infer<typeof LearningPathList>;
