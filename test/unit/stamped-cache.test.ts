import { describe, expect, it } from 'vitest';
import { StampedCache } from '../../src/domain/stamped-cache.ts';

describe('StampedCache', () => {
  it('gives an entry back only under the stamp it was kept with', () => {
    const c = new StampedCache<string>(10);
    c.set('养老', 'edition-1', 'page A');
    expect(c.get('养老', 'edition-1')).toBe('page A');
    expect(c.get('养老', 'edition-2')).toBeUndefined();
    expect(c.get('就业', 'edition-1')).toBeUndefined();
    c.set('养老', 'edition-2', 'page B');
    expect(c.get('养老', 'edition-2')).toBe('page B');
    expect(c.get('养老', 'edition-1')).toBeUndefined();
    expect(c.size).toBe(1);
  });

  it('drops the least recently used entry beyond its size', () => {
    const c = new StampedCache<number>(2);
    c.set('a', 's', 1);
    c.set('b', 's', 2);
    expect(c.get('a', 's')).toBe(1); // a is now the most recently used
    c.set('c', 's', 3);
    expect(c.get('b', 's')).toBeUndefined();
    expect(c.get('a', 's')).toBe(1);
    expect(c.get('c', 's')).toBe(3);
    expect(c.size).toBe(2);
  });
});
