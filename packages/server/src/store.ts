import { createHash } from 'node:crypto';
import type { BudgetPot, Course, FundingScheme, Insights, LearningPath, Me, TeamBudget } from '@leerbudget/contract';
import type { Database, Queryable } from './db/database.js';
import { ReadCache } from './db/read-cache.js';
import { countWrites } from './db/write-counter.js';
import { readFundingSchemes, writeFundingSchemes } from './funding/funding-scheme-rows.js';
import { readLearningPath, readLearningPaths, type OwnedLearningPath } from './learning/learning-path-rows.js';
import { completeStep, type CompletedStep } from './learning/step-completion.js';
import { organisationInsights, type InsightsQuery } from './insights/organisation-insights.js';
import { teamBudgets } from './insights/team-budgets.js';
import { writeOrganisation, type Organisation } from './organisation/write-organisation.js';
import { readPots, writePots } from './requests/pot-rows.js';
import { RequestStore } from './requests/request-store.js';

/** What the store knows about an employee, for seeding. */
export interface EmployeeRecord {
  me: Me;
  token: string;
  pots: BudgetPot[];
  learningPaths: LearningPath[];
  /** Who decides this employee's requests by default. */
  managerId?: string | null;
  /** HR may complete requests and decide those on pots that name HR as approver. */
  hr?: boolean;
  /** The department HR's insights group this employee under; `null` groups them under "overig". */
  department?: string | null;
}

/** Changes to the catalogue since a version, as JSON texts ready to serve. */
export interface CatalogueChanges {
  version: string;
  /** Course summaries (course JSON without `description`), each one JSON text. */
  courses: string[];
  deleted: string[];
}

/** Filters and keyset position of a course page. */
export interface CoursePageQuery {
  /** Words that must all appear in title, summary or provider name. */
  words: string[];
  provider?: string;
  topic?: string;
  /** Only ids after this one (the page cursor). */
  afterId?: string;
  limit: number;
}

/** One page of course summaries as JSON texts, with the id to continue after (if there is more). */
export interface CoursePageRows {
  items: string[];
  lastId: string | null;
}

export type { OwnedLearningPath } from './learning/learning-path-rows.js';

/** Rows per INSERT when seeding: big enough to be fast, small enough for PGlite's memory. */
const BATCH_SIZE = 5_000;

/** Course JSON without the long description; invalid (non-object) records are served as they are. */
const SUMMARY_JSON = `CASE WHEN jsonb_typeof(body) = 'object' THEN (body - 'description')::text ELSE body::text END`;

function sha256(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Escapes `%`, `_` and `\` so a search word matches literally in ILIKE. */
function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * All reads and writes of the reference server. Every catalogue write bumps one catalogue
 * revision, and each course row remembers the revision that last changed it, which is what
 * `?since=` deltas and the catalogue ETag are built from.
 */
export class Store {
  readonly #db: Database;
  /** The sign-in and budget reads, remembered until the next write; only when this process is the only writer. */
  readonly #reads: ReadCache | undefined;
  /** Course requests, approvals and the pot ledger. */
  readonly requests: RequestStore;

  /**
   * `onlyWriter`: no other process writes to `db` (true of the embedded PGlite), so the reads every personal
   * request makes can be kept in memory until this process writes.
   */
  constructor(db: Database, options: { onlyWriter?: boolean } = {}) {
    if (options.onlyWriter === true) {
      const counted = countWrites(db);
      this.#db = counted;
      this.#reads = new ReadCache(counted);
    } else {
      this.#db = db;
      this.#reads = undefined;
    }
    this.requests = new RequestStore(this.#db);
  }

  #read<T>(key: string, load: () => Promise<T>): Promise<T> {
    return this.#reads === undefined ? load() : this.#reads.read(key, load);
  }

  /**
   * The catalogue revision as a decimal string; `"0"` for an empty, never-written catalogue. With
   * `provider`, that provider's own version: the revision that last changed one of its courses, so a
   * vendor's snapshot stays valid while other providers change theirs.
   */
  catalogueVersion(provider?: string): Promise<string> {
    return readCatalogueVersion(this.#db, provider);
  }

  /** Number of courses currently in the catalogue. */
  async courseCount(): Promise<number> {
    const [row] = await this.#db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM courses WHERE NOT deleted',
    );
    return row?.count ?? 0;
  }

  /**
   * The whole catalogue (`since` undefined) or what changed after revision `since`; with `provider`,
   * only that provider's courses, at its own version ({@link catalogueVersion}). Sorted by provider,
   * because neighbouring courses of one provider share text and compress much better.
   */
  catalogueChanges(since?: string, provider?: string): Promise<CatalogueChanges> {
    return this.#db.transaction(async (tx) => {
      // One consistent view of version and rows, also when another instance writes meanwhile.
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const version = await readCatalogueVersion(tx, provider);
      if (since === undefined) {
        const rows = await tx.query<{ json: string }>(
          `SELECT ${SUMMARY_JSON} AS json FROM courses
            WHERE NOT deleted AND ($1::text IS NULL OR provider_id = $1) ORDER BY provider_id, id`,
          [provider ?? null],
        );
        return { version, courses: rows.map((row) => row.json), deleted: [] };
      }
      const rows = await tx.query<{ id: string; deleted: boolean; json: string }>(
        `SELECT id, deleted, ${SUMMARY_JSON} AS json FROM courses
          WHERE revision > $1::bigint AND ($2::text IS NULL OR provider_id = $2) ORDER BY provider_id, id`,
        [since, provider ?? null],
      );
      return {
        version,
        courses: rows.filter((row) => !row.deleted).map((row) => row.json),
        deleted: rows.filter((row) => row.deleted).map((row) => row.id),
      };
    });
  }

  /** One page of course summaries, ordered by id. */
  async listCourses(query: CoursePageQuery): Promise<CoursePageRows> {
    const rows = await this.#db.query<{ id: string; json: string }>(
      `SELECT id, ${SUMMARY_JSON} AS json FROM courses
        WHERE NOT deleted
          AND ($1::text IS NULL OR id > $1)
          AND ($2::text IS NULL OR provider_id = $2)
          AND ($3::text IS NULL OR jsonb_exists(body -> 'topics', $3))
          AND NOT EXISTS (
            SELECT 1 FROM unnest($4::text[]) AS pattern
             WHERE concat_ws(' ', body ->> 'title', body ->> 'summary', body -> 'provider' ->> 'name') NOT ILIKE pattern)
        ORDER BY id
        LIMIT $5`,
      [
        query.afterId ?? null,
        query.provider ?? null,
        query.topic ?? null,
        query.words.map(likePattern),
        query.limit + 1,
      ],
    );
    const page = rows.slice(0, query.limit);
    return { items: page.map((row) => row.json), lastId: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null };
  }

  /** One course (with description) as JSON text, or `undefined` when unknown or deleted. */
  async courseJson(id: string): Promise<string | undefined> {
    const [row] = await this.#db.query<{ json: string }>(
      'SELECT body::text AS json FROM courses WHERE id = $1 AND NOT deleted',
      [id],
    );
    return row?.json;
  }

  /** Adds or replaces one course and bumps the catalogue version. */
  async upsertCourse(course: Course): Promise<void> {
    await this.#writeCourses([{ id: course.id, body: course }], { skipUnchanged: false });
  }

  /**
   * Stores any JSON as the course `id`, valid or not, and bumps the catalogue version.
   * For tests of clients that must survive one bad record among many.
   */
  async setCourseRaw(id: string, json: unknown): Promise<void> {
    await this.#writeCourses([{ id, body: json }], { skipUnchanged: false });
  }

  /**
   * Adds or replaces many courses in batches; the version is bumped once, and only when a course
   * actually changed (so restarting with the same seed keeps ETags valid). Returns how many changed.
   */
  seedCourses(courses: readonly Course[]): Promise<number> {
    return this.#writeCourses(
      courses.map((course) => ({ id: course.id, body: course })),
      { skipUnchanged: true },
    );
  }

  /** Removes a course, keeping a tombstone for deltas, and bumps the version. Unknown ids are ignored. */
  deleteCourse(id: string): Promise<void> {
    return this.deleteCourses([id]);
  }

  /** Removes courses in one new version, keeping tombstones for deltas. Unknown ids are ignored. */
  async deleteCourses(ids: readonly string[]): Promise<void> {
    await this.#db.transaction(async (tx) => {
      const next = await nextRevision(tx);
      const changed = await tx.query(
        `UPDATE courses SET deleted = true, revision = $2::bigint
         WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)) AND NOT deleted RETURNING id`,
        [JSON.stringify(ids), next],
      );
      if (changed.length > 0) await tx.query('UPDATE catalogue_state SET revision = $1::bigint WHERE id = 1', [next]);
    });
  }

  /**
   * Writes these employees (profile, token, manager, pots and paths), leaving other employees alone. A pot that
   * no request ever touched is reset to the numbers given, with fresh opening ledger entries; a pot with
   * request history keeps its ledger and numbers and only takes the new definition (name, dates, rules), so a
   * restart never loses or doubles money.
   */
  async replaceEmployees(employees: readonly EmployeeRecord[], at: Date = new Date()): Promise<void> {
    await this.#db.transaction(async (tx) => {
      for (const employee of employees) {
        const id = employee.me.id;
        await tx.query(
          `INSERT INTO employees (id, token_sha256, profile, manager_id, is_hr, department)
           VALUES ($1, $2, $3::jsonb, $4, $5, $6)
           ON CONFLICT (id) DO UPDATE SET token_sha256 = EXCLUDED.token_sha256, profile = EXCLUDED.profile,
             manager_id = EXCLUDED.manager_id, is_hr = EXCLUDED.is_hr, department = EXCLUDED.department`,
          [
            id,
            sha256(employee.token),
            JSON.stringify(employee.me),
            employee.managerId ?? null,
            employee.hr ?? false,
            employee.department ?? null,
          ],
        );
        await tx.query('DELETE FROM learning_paths WHERE employee_id = $1', [id]);
        for (const [position, path] of employee.learningPaths.entries()) {
          await tx.query(
            'INSERT INTO learning_paths (id, employee_id, position, body) VALUES ($1, $2, $3, $4::jsonb)',
            [path.id, id, position, JSON.stringify(path)],
          );
        }
        await writePots(tx, id, employee.pots, at.toISOString());
      }
    });
  }

  /**
   * Replaces these people with their pots, ledger history and past requests, in bulk (see {@link Organisation}):
   * the generated organisation of the demo and the fixtures of the insight tests.
   */
  replaceOrganisation(org: Organisation): Promise<void> {
    return this.#db.transaction((tx) => writeOrganisation(tx, org));
  }

  /** Replaces the public funding schemes with these, in this order. */
  replaceFundingSchemes(schemes: readonly FundingScheme[]): Promise<void> {
    return this.#db.transaction((tx) => writeFundingSchemes(tx, schemes));
  }

  /** The public funding schemes, each one JSON text, in listed order. */
  fundingSchemesJson(): Promise<string[]> {
    return readFundingSchemes(this.#db);
  }

  /** The employee a bearer token belongs to, or `undefined`. */
  employeeByToken(token: string): Promise<Me | undefined> {
    const hash = sha256(token);
    return this.#read(`token:${hash}`, async () => {
      const [row] = await this.#db.query<{ profile: Me }>('SELECT profile FROM employees WHERE token_sha256 = $1', [
        hash,
      ]);
      return row?.profile;
    });
  }

  /**
   * The employee's pots (empty when they have none) with the numbers their ledger gives, each with what its open
   * requests hold (see `openRequests` in the contract).
   */
  budgetPots(employeeId: string): Promise<readonly BudgetPot[]> {
    return this.#read(`pots:${employeeId}`, () => this.#loadBudgetPots(employeeId));
  }

  async #loadBudgetPots(employeeId: string): Promise<BudgetPot[]> {
    const pots = await readPots(this.#db, employeeId);
    const held = await this.#db.query<{ pot_id: string; count: number; amount: number }>(
      `SELECT line.pot_id, count(*)::int AS count, sum(line.amount)::float8 AS amount
         FROM request_lines line JOIN requests ON requests.id = line.request_id
        WHERE requests.employee_id = $1 AND requests.status IN ('submitted', 'approved')
        GROUP BY line.pot_id`,
      [employeeId],
    );
    const byPot = new Map(held.map((row) => [row.pot_id, { count: row.count, amount: row.amount }]));
    return pots.map((pot) => ({ ...pot, openRequests: byPot.get(pot.id) ?? { count: 0, amount: 0 } }));
  }

  /** A manager's direct reports (HR: any manager's, with `managerId`); everybody else is refused with 403. */
  teamBudgets(caller: Me, options: { managerId?: string; today: string; asOf: string }): Promise<TeamBudget> {
    return teamBudgets(this.#db, caller, options);
  }

  /** HR only: the organisation's money pots per group of at least five people, summed from the ledger. */
  organisationInsights(caller: Me, query: InsightsQuery): Promise<Insights> {
    return organisationInsights(this.#db, caller, query);
  }

  /** The learning paths of an employee, in their planned order, with the steps they marked done. */
  async learningPaths(employeeId: string): Promise<LearningPath[]> {
    return (await readLearningPaths(this.#db, [employeeId])).map((owned) => owned.path);
  }

  /** One learning path with its owner, or `undefined` when unknown. */
  learningPath(id: string): Promise<OwnedLearningPath | undefined> {
    return readLearningPath(this.#db, id);
  }

  /** Marks a workplace, coaching or reading step of the caller's own path done (see {@link completeStep}). */
  completeStep(caller: Me, target: { pathId: string; stepId: string }, key: string, now: Date): Promise<CompletedStep> {
    return completeStep(this.#db, caller, target, key, now);
  }

  /**
   * Forgets the steps an employee marked done, so their paths are as seeded again. For tests that change the
   * shared demo server and must leave it as they found it.
   */
  async forgetStepCompletions(employeeId: string): Promise<void> {
    await this.#db.query('DELETE FROM step_completions WHERE employee_id = $1', [employeeId]);
  }

  /** Closes the database connection. */
  close(): Promise<void> {
    return this.#db.close();
  }

  #writeCourses(
    records: readonly { id: string; body: unknown }[],
    options: { skipUnchanged: boolean },
  ): Promise<number> {
    return this.#db.transaction(async (tx) => {
      const next = await nextRevision(tx);
      let changed = 0;
      for (let start = 0; start < records.length; start += BATCH_SIZE) {
        const rows = await tx.query(
          `INSERT INTO courses (id, provider_id, revision, deleted, body)
           SELECT record ->> 'id', record -> 'body' -> 'provider' ->> 'id', $2::bigint, false, record -> 'body'
             FROM jsonb_array_elements($1::jsonb) AS record
           ON CONFLICT (id) DO UPDATE
             SET provider_id = EXCLUDED.provider_id, revision = EXCLUDED.revision, deleted = false, body = EXCLUDED.body
             WHERE NOT $3::boolean OR courses.deleted OR courses.body IS DISTINCT FROM EXCLUDED.body
           RETURNING id`,
          [JSON.stringify(records.slice(start, start + BATCH_SIZE)), next, options.skipUnchanged],
        );
        changed += rows.length;
      }
      if (changed > 0) await tx.query('UPDATE catalogue_state SET revision = $1::bigint WHERE id = 1', [next]);
      return changed;
    });
  }
}

/** See {@link Store.catalogueVersion}. */
async function readCatalogueVersion(db: Queryable, provider: string | undefined): Promise<string> {
  const [row] =
    provider === undefined
      ? await db.query<{ revision: string }>('SELECT revision::text AS revision FROM catalogue_state WHERE id = 1')
      : await db.query<{ revision: string }>(
          'SELECT coalesce(max(revision), 0)::text AS revision FROM courses WHERE provider_id = $1',
          [provider],
        );
  return row?.revision ?? '0';
}

/** Locks the catalogue state row (so writers queue up) and returns the revision the next write gets. */
async function nextRevision(tx: Queryable): Promise<string> {
  const [row] = await tx.query<{ next: string }>(
    'SELECT (revision + 1)::text AS next FROM catalogue_state WHERE id = 1 FOR UPDATE',
  );
  if (row === undefined) throw new Error('catalogue_state is missing: run the migrations first');
  return row.next;
}
