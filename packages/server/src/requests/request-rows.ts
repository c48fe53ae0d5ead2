import type { CourseRequest } from '@leerbudget/contract';
import type { Queryable } from '../db/database.js';

/** The columns a request is served from: the state machine's columns plus the stored rest of the answer. */
export interface RequestRow {
  id: string;
  employee_id: string;
  status: CourseRequest['status'];
  version: number;
  holds_seat: boolean;
  offering_id: string;
  body: Omit<CourseRequest, 'id' | 'status' | 'version'>;
}

export const REQUEST_COLUMNS = 'id, employee_id, status, version, holds_seat, offering_id, body';

/** The request as the API serves it. */
export function toRequest(row: RequestRow): CourseRequest {
  return { ...row.body, id: row.id, status: row.status, version: row.version };
}

/** The `ETag` of a request version, which a decision must send back as `If-Match`. */
export function requestEtag(version: number): string {
  return `"${version}"`;
}

/** Locks one request row until the transaction ends; `undefined` when there is none. */
export async function lockRequest(db: Queryable, id: string): Promise<RequestRow | undefined> {
  const [row] = await db.query<RequestRow>(`SELECT ${REQUEST_COLUMNS} FROM requests WHERE id = $1 FOR UPDATE`, [id]);
  return row;
}
