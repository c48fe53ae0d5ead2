/**
 * Builders for the learning-route tests. Courses and paths go through the contract's schemas, so every fixture
 * is data a real API could send. This file holds no tests of its own.
 */
import { CourseSummary, LearningPath, type LearningStep, type Offering } from '@leerbudget/contract';

type CourseInput = Partial<Omit<CourseSummary, 'offerings' | 'price'>> & {
  /** Price in cents; EUR unless `currency` says otherwise. */
  price?: number;
  currency?: string;
  offerings?: Array<Partial<Offering> & Pick<Offering, 'id' | 'start'>>;
};

/** A catalogue course of 16 hours on `ev` by an NRTO-certified provider, with no offerings; override what a test needs. */
export function catalogueCourse(id: string, overrides: CourseInput = {}): CourseSummary {
  const { price = 100_000, currency = 'EUR', offerings = [], ...rest } = overrides;
  return CourseSummary.parse({
    id,
    title: `Course ${id}`,
    summary: '',
    provider: { id: 'acme', name: 'Acme Academy', certifications: ['nrto'] },
    topics: ['ev'],
    level: 'intermediate',
    languages: ['nl'],
    format: 'classroom',
    durationHours: 16,
    fundingTags: [],
    url: `https://example.com/courses/${id}`,
    updatedAt: '2026-01-01T00:00:00Z',
    ...rest,
    price: { amount: price, currency, vatIncluded: true },
    offerings: offerings.map((offering) => ({ end: null, location: null, ...offering })),
  });
}

/** A step to do: a `course` step when it names a course, otherwise a `workplace` step; 0 hours unless given. */
export function step(id: string, overrides: Partial<LearningStep> = {}): LearningStep {
  return {
    id,
    kind: overrides.courseId ? 'course' : 'workplace',
    title: `Step ${id}`,
    status: 'todo',
    estimatedHours: 0,
    ...overrides,
  };
}

/** A route set by a manager, with these steps in order. */
export function route(steps: LearningStep[]): LearningPath {
  return LearningPath.parse({
    id: 'ev-route',
    title: 'Van verbrandingsmotor naar elektrisch',
    goal: 'Zelfstandig werken aan elektrische auto’s',
    owner: 'manager',
    steps,
    progress: {
      stepsDone: steps.filter((s) => s.status === 'done').length,
      stepsTotal: steps.length,
      hoursDone: 0,
      hoursTotal: steps.reduce((sum, s) => sum + s.estimatedHours, 0),
    },
  });
}

/** The catalogue as a map by id, the way `planRoute` takes it. */
export function catalogue(...courses: CourseSummary[]): Map<string, CourseSummary> {
  return new Map(courses.map((course) => [course.id, course]));
}
