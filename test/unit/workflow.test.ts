import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors.ts';
import { actionsFrom, assertNotAuthor, nextState, STATE_LABELS, TRANSITIONS, VERSION_ACTIONS, VERSION_STATES, type VersionAction, type VersionState } from '../../src/domain/review/workflow.ts';
import { parseDocNumber } from '../../src/domain/review/doc-number.ts';

/**
 * Every state's allowed actions, written out by hand (SPEC §5). The table-driven test below checks
 * every state × action pair against it: allowed pairs lead to the listed state, all others are 409.
 */
const EXPECTED: Record<VersionState, Partial<Record<VersionAction, VersionState>>> = {
  draft: { open_consultation: 'consultation' },
  consultation: { close_consultation: 'unit_review', withdraw: 'draft' },
  unit_review: { sign: 'submitted', withdraw: 'draft' },
  submitted: { receive_parent: 'parent_review', receive_central: 'central_review' },
  parent_review: { parent_approve: 'central_review', parent_return: 'superseded' },
  central_review: { central_approve: 'legal_review', central_return: 'superseded' },
  legal_review: { legal_pass: 'approved', legal_return: 'superseded' },
  approved: { publish: 'published' },
  published: { supersede: 'superseded' },
  superseded: {},
};

const pairs = VERSION_STATES.flatMap((state) => VERSION_ACTIONS.map((action) => ({ state, action, to: EXPECTED[state][action] })));

describe('the version state machine', () => {
  it.each(pairs)('$state × $action → $to', ({ state, action, to }) => {
    if (to) {
      expect(nextState(state, action)).toBe(to);
    } else {
      let error: unknown;
      try {
        nextState(state, action);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('invalid_transition');
      expect((error as AppError).detail).toContain(`处于“${STATE_LABELS[state]}”状态，不能执行“${TRANSITIONS[action].label}”`);
    }
  });

  it('lists, for each state, exactly the actions the table allows', () => {
    for (const state of VERSION_STATES) expect(actionsFrom(state).sort()).toEqual(Object.keys(EXPECTED[state]).sort());
  });

  it('says which actions are possible when it refuses one', () => {
    expect(() => nextState('draft', 'legal_pass')).toThrow(/可执行：“发起征求意见”/);
    expect(() => nextState('superseded', 'publish')).toThrow(/不能再流转/);
  });

  it('refuses an unknown state', () => {
    expect(() => nextState('returned', 'sign')).toThrow(AppError);
  });

  it('lets every review return the version, with a copy becoming the new draft', () => {
    const returns = VERSION_ACTIONS.filter((a) => TRANSITIONS[a].decision?.decision === 'return');
    expect(returns.sort()).toEqual(['central_return', 'legal_return', 'parent_return']);
    for (const a of returns) expect(TRANSITIONS[a].reopens).toBe(true);
  });

  it('refuses an author signing or approving their own version', () => {
    expect(() => assertNotAuthor(['u1', 'u2'], 'u2', 'central_approve', '义务教育入学')).toThrow(/不能审核通过自己编写的事项“义务教育入学”/);
    expect(() => assertNotAuthor(['u1'], 'u2', 'sign', '义务教育入学')).not.toThrow();
  });
});

describe('document numbers (发文字号)', () => {
  it('accepts the 〔YYYY〕N号 form', () => {
    expect(parseDocNumber('张武政办发〔2017〕12号')).toEqual({ ok: true, value: { issuer: '张武政办发', year: 2017, serial: 12 }, normalized: '张武政办发〔2017〕12号' });
  });
  it.each([
    ['张武政办发[2017]12号', '张武政办发〔2017〕12号'],
    ['张武政办发（2017）012号', '张武政办发〔2017〕12号'],
    ['张武政办发〔2017〕第12号', '张武政办发〔2017〕12号'],
  ])('explains how to write %s', (input, fix) => {
    const r = parseDocNumber(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(fix);
  });
  it.each(['12号', '张武政办发〔17〕12号', '张武政办发〔2017〕0号', ''])('refuses %s', (input) => {
    expect(parseDocNumber(input).ok).toBe(false);
  });
});
