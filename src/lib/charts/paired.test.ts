import { describe, expect, it } from 'vitest';
import { layoutPaired } from './paired';

const box = { width: 400, left: 100, right: 60, bar: 10, gap: 2, groupGap: 12, title: 14 };

describe('paired bars', () => {
  it('scales each figure on its own: the largest of a count fills the width, a share runs to 1', () => {
    const l = layoutPaired(
      [
        { metric: 'participants', values: [100, 50, 400] },
        { metric: 'top20_share', values: [0.5, 0.25, null], max: 1 }
      ],
      3,
      box
    );
    const [p, s] = l.groups;
    expect(p.bars.map((b) => b.width)).toEqual([60, 30, 240]);
    expect(s.bars[0].width).toBeCloseTo(120);
    expect(s.bars[1].width).toBeCloseTo(60);
    // a value not shown gets no bar (never a zero-length bar that reads as 0)
    expect(s.bars[2].value).toBeNull();
    expect(s.bars[2].width).toBe(0);
  });

  it('stacks the bars of a group and the groups below each other without overlap', () => {
    const l = layoutPaired(
      [
        { metric: 'a', values: [1, 2] },
        { metric: 'b', values: [3, 4] }
      ],
      2,
      box
    );
    const ys = l.groups.flatMap((g) => g.bars.map((b) => [b.y, b.y + b.height]));
    for (let i = 1; i < ys.length; i++) expect(ys[i][0]).toBeGreaterThanOrEqual(ys[i - 1][1]);
    expect(l.groups[1].y - (l.groups[0].bars[1].y + box.bar)).toBe(box.groupGap + box.title);
    expect(l.height).toBe(ys.at(-1)![1]);
  });

  it('marks the reference value of a ratio on its scale', () => {
    const l = layoutPaired([{ metric: 'mixing_ratio', values: [0.5, 1.5], reference: 1 }], 2, box);
    const g = l.groups[0];
    // nice(4) of [0, 1.5] keeps 1.5: 1 lies at two thirds of the width
    expect(g.reference).toBeCloseTo(100 + (240 * 1) / 1.5);
    expect(g.bars[1].width).toBeCloseTo(240);
  });
});
