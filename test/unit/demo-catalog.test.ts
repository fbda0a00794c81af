import { describe, it, expect } from 'vitest';
import { DEMO_CATALOG } from '../../src/db/seed/demo-catalog.ts';
import { BASE_UNITS } from '../../src/db/seed/base-units.ts';
import { SERVICE_OBJECTS } from '../../src/domain/catalog/item.ts';
import type { TimeLimit } from '../../src/domain/catalog/item.ts';
import { checkItem } from '../../src/domain/catalog/rules.ts';
import type { UnitRegistry } from '../../src/domain/catalog/rules.ts';

const shortNames = new Set(BASE_UNITS.map((u) => u.shortName));

/** A registry over the base units, as the database-backed one resolves them. */
const registry: UnitRegistry = {
  resolve(name) {
    const trimmed = name.trim();
    for (const u of BASE_UNITS) {
      if (u.fullName === trimmed) return { fullName: u.fullName, matchedKind: 'full' };
      if (u.shortName === trimmed) return { fullName: u.fullName, matchedKind: 'short' };
      if (u.aliases.includes(trimmed)) return { fullName: u.fullName, matchedKind: 'alias' };
    }
    return { fullName: null, suggestions: [] };
  },
};

const label = (e: (typeof DEMO_CATALOG)[number]) => `${e.unitShortName}：${e.draft.name}`;

function comparable(legal: TimeLimit | null, committed: TimeLimit | null): [number, number] | null {
  if (!legal || !committed || legal.unit !== committed.unit) return null;
  return [legal.value ?? 0, committed.value ?? 0];
}

describe('demo catalog (演示事项目录)', () => {
  it('has at least 60 items across at least 8 of the notice units', () => {
    expect(DEMO_CATALOG.length).toBeGreaterThanOrEqual(60);
    expect(new Set(DEMO_CATALOG.map((e) => e.unitShortName)).size).toBeGreaterThanOrEqual(8);
  });

  it('assigns every item to a unit of the registry, never to an office', () => {
    for (const e of DEMO_CATALOG) {
      expect(shortNames.has(e.unitShortName), label(e)).toBe(true);
      expect(BASE_UNITS.find((u) => u.shortName === e.unitShortName)?.kind, label(e)).not.toBe('office');
    }
  });

  it('keeps names unique within a unit', () => {
    const seen = new Set<string>();
    for (const e of DEMO_CATALOG) {
      const key = `${e.unitShortName}\u0000${e.draft.name}`;
      expect(seen.has(key), label(e)).toBe(false);
      seen.add(key);
    }
  });

  it('mixes both categories, with at least 12 proactive items', () => {
    const proactive = DEMO_CATALOG.filter((e) => e.draft.category === 'proactive').length;
    const onApplication = DEMO_CATALOG.filter((e) => e.draft.category === 'on_application').length;
    expect(proactive).toBeGreaterThanOrEqual(12);
    expect(onApplication).toBeGreaterThan(proactive);
    expect(proactive + onApplication).toBe(DEMO_CATALOG.length);
  });

  it('gives every basis a kind, a title in 《》, an article and its text; items without a basis say why', () => {
    for (const e of DEMO_CATALOG) {
      const { legalBases, noBasisReason } = e.draft;
      if (legalBases.length === 0) expect(noBasisReason?.trim(), label(e)).toBeTruthy();
      for (const b of legalBases) {
        expect(b.kind, label(e)).not.toBeNull();
        expect(b.title, label(e)).toMatch(/^《.+》$/u);
        expect(b.article, label(e)).toMatch(/^第.+条$/u);
        expect(b.articleText?.trim(), label(e)).toBeTruthy();
      }
    }
  });

  it('uses full standard names for co-implementing units and only the four service objects', () => {
    const fullNames = new Set(BASE_UNITS.map((u) => u.fullName));
    for (const e of DEMO_CATALOG) {
      for (const name of e.draft.coImplementingUnits) expect(fullNames.has(name), `${label(e)} ${name}`).toBe(true);
      expect(e.draft.serviceObjects.length, label(e)).toBeGreaterThan(0);
      for (const o of e.draft.serviceObjects) expect(SERVICE_OBJECTS, label(e)).toContain(o);
    }
    expect(DEMO_CATALOG.some((e) => e.draft.coImplementingUnits.length > 0)).toBe(true);
  });

  it('never commits to more than the legal limit, and 即办件/承诺件 match their limits', () => {
    for (const e of DEMO_CATALOG) {
      const { legalLimit, committedLimit, caseType } = e.draft.guide;
      const pair = comparable(legalLimit, committedLimit);
      if (legalLimit && committedLimit) expect(pair, `${label(e)}: same unit`).not.toBeNull();
      if (pair) expect(pair[1], label(e)).toBeLessThanOrEqual(pair[0]);
      if (caseType === 'immediate') expect(committedLimit, label(e)).toEqual({ value: 0, unit: 'immediate' });
      if (caseType === 'promised') expect(committedLimit?.value ?? 0, label(e)).toBeGreaterThan(0);
    }
  });

  it('keeps the steps within the committed limit', () => {
    for (const e of DEMO_CATALOG) {
      const committed = e.draft.guide.committedLimit;
      if (!committed || committed.value === null) continue;
      const total = e.draft.steps.reduce((sum, s) => sum + (s.timeLimitDays ?? 0), 0);
      expect(total, label(e)).toBeLessThanOrEqual(committed.value);
    }
  });

  it('asks for no visit on 全程网办 items and explains every visit', () => {
    for (const e of DEMO_CATALOG) {
      const { onlineDepth, visits, visitsReason } = e.draft.guide;
      if (onlineDepth === 4) expect(visits, label(e)).toBe(0);
      if ((visits ?? 0) > 0) expect(visitsReason?.trim(), label(e)).toBeTruthy();
    }
  });

  it('gives every 依申请类 item materials and steps, and every 主动服务类 item its delivery', () => {
    for (const e of DEMO_CATALOG) {
      if (e.draft.category === 'on_application') {
        expect(e.draft.materials.length, label(e)).toBeGreaterThanOrEqual(1);
        expect(e.draft.steps.length, label(e)).toBeGreaterThanOrEqual(1);
        expect(e.draft.guide.applicationConditions?.trim(), label(e)).toBeTruthy();
      } else {
        expect(e.draft.guide.deliveryMethod?.trim(), label(e)).toBeTruthy();
      }
      expect(e.draft.guide.consultation, label(e)).toMatch(/0744-56\d{5}/u);
      expect(e.draft.guide.offlineChannels?.trim(), label(e)).toBeTruthy();
    }
  });

  it('passes the catalog rules with no error and no incomplete finding', () => {
    for (const e of DEMO_CATALOG) {
      const otherItemNames = DEMO_CATALOG.filter((o) => o.unitShortName === e.unitShortName && o !== e).map((o) => o.draft.name);
      const blocking = checkItem(e.draft, { units: registry, otherItemNames }).filter((f) => f.severity !== 'warning');
      expect(blocking, label(e)).toEqual([]);
    }
  });
});
