/**
 * The unit side of the review chain, walked through the API, for tests that need items further along:
 * 征求意见 (opened and closed today) → 班子会议 (passed) → 签署报送.
 */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { chinaDate } from '../../src/domain/working-days.ts';
import type { TestUser } from '../factories/users.ts';
import { ApiClient } from './http.ts';
import type { TestApp } from './test-app.ts';

let ipCounter = 0;

/** A logged-in client for `user` on an address of its own (login is rate-limited per address). */
export async function loginAs(t: TestApp, user: TestUser): Promise<ApiClient> {
  ipCounter++;
  const ip = `10.77.${Math.floor(ipCounter / 250) % 250}.${(ipCounter % 250) + 1}`;
  return new ApiClient(t.app, ip).login(user.username, user.password, user.totpSecret, t.ctx.clock.now());
}

export interface SubmitResult {
  submissionId: string;
  /** 第N次报送 of the unit. */
  number: number;
  consultationId: string;
  meetingId: string;
}

/**
 * Takes draft items of one unit to `submitted` through the API: `editor` opens a consultation that
 * starts and ends today (by the app's clock) and closes it at once, records a passing 班子会议, and
 * `head` signs with their password. The items must be drafts of that unit without blocking findings,
 * `editor` and `head` unit_editor and unit_head of it, and `head` must not have written any of them.
 * The meeting covers every version the unit has in unit review, so any such version already waiting
 * there is signed along. Fails the test on any refusal.
 */
export async function submitItems(t: TestApp, opts: { unitName: string; itemIds: string[]; editor: TestUser; head: TestUser }): Promise<SubmitResult> {
  const editor = await loginAs(t, opts.editor);
  const head = await loginAs(t, opts.head);
  const unitId = opts.editor.unitId;
  const day = chinaDate(t.ctx.clock.now());
  const step = async (what: string, res: LightMyRequestResponse, status: number) => {
    expect(res.statusCode, `${what} (${opts.unitName}): ${res.body.slice(0, 300)}`).toBe(status);
    return res.json() as { id: string; number: number };
  };
  const consultation = await step(
    'open consultation',
    await editor.post('/api/v1/consultations', { unitId, title: `${opts.unitName}公共服务事项征求意见`, startsOn: day, endsOn: day, itemIds: opts.itemIds }),
    201,
  );
  await step('close consultation', await editor.post(`/api/v1/consultations/${consultation.id}/close`), 200);
  const meeting = await step(
    'record meeting',
    await editor.post(`/api/v1/units/${unitId}/meetings`, { heldOn: day, attendees: '单位负责人、分管领导、各股室负责人', decision: 'passed', minutes: '审议通过本单位公共服务事项清单' }),
    201,
  );
  const signed = await step('sign submission', await head.post(`/api/v1/units/${unitId}/submissions`, { meetingId: meeting.id, password: opts.head.password }), 201);
  return { submissionId: signed.id, number: signed.number, consultationId: consultation.id, meetingId: meeting.id };
}
