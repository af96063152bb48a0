import { describe, expect, it } from 'vitest';
import { memoised } from '../../src/lib/memoised.ts';

describe('memoised', () => {
  it('works out each answer once, and gives it again for the same argument', () => {
    const asked: number[] = [];
    const square = memoised((n: number) => {
      asked.push(n);
      return n * n;
    });
    expect([3, 4, 3, 3, 4].map(square)).toEqual([9, 16, 9, 9, 16]);
    expect(asked).toEqual([3, 4]);
  });

  it('remembers an answer of undefined too', () => {
    let calls = 0;
    const nothing = memoised((_: string) => {
      calls++;
      return undefined;
    });
    nothing('a');
    nothing('a');
    expect(calls).toBe(1);
  });
});
