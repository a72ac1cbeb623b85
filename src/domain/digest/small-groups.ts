/**
 * The digest's small-group rule: a figure is shown only when enough leaders are behind it that no
 * one leader's answer can be read from it, alone or by subtracting one figure from another. Pure.
 *
 * Two ways a figure can give a leader away, and what this module does about each:
 * - A small group: "average 2.0" over two leaders says a lot about both. A figure needs at least
 *   the minimum number of leaders behind it (config `digest.minimumGroupSize`, default 5).
 * - Differencing: a total minus a part shows the rest. Levels too small to show alone are merged
 *   along one fixed chain ({1}{2}{3} → {1,2}{3} → {1,2,3}), so any two groups ever shown are
 *   either disjoint or one is a union of the other's neighbours in a grouping whose every group
 *   was shown, and the difference is itself a shown-size group. Names a leader chose to share
 *   with their manager are part of what the reader knows: the leaders NOT named behind a figure
 *   must be none or again at least the minimum, or the figure minus the named answers would give
 *   away the few unnamed ones.
 */
import type { Level } from '../programme/model';

/** How a figure stands: nothing to report (no prompt went out, no answer came), too few leaders to show it, or shown. */
export type FigureStatus = 'none' | 'withheld' | 'shown';

/** Who is behind a figure: distinct leaders, and of them those whose own answer the reader does not see by name. */
export interface Contributors {
  total: number;
  unnamed: number;
}

/** Whether a figure computed from these leaders may be shown. */
export function figureStatus({ total, unnamed }: Contributors, minimumGroupSize: number): FigureStatus {
  if (total === 0) return 'none';
  if (total < minimumGroupSize) return 'withheld';
  if (unnamed > 0 && unnamed < minimumGroupSize) return 'withheld';
  return 'shown';
}

/**
 * The ways the levels are grouped, finest first. Directors and heads (1 and 2) merge first: the
 * programme already treats them as one audience for their modules, and level 1 is the smallest.
 */
export const LEVEL_GROUPINGS: readonly (readonly (readonly Level[])[])[] = [[[1], [2], [3]], [[1, 2], [3]], [[1, 2, 3]]];

/**
 * The finest grouping in which no group has a figure that would be withheld, judged on the whole
 * programme (never on one digest's scope, so a level digest and the programme digest always use
 * the same groups). When even all levels together are too few, the last grouping, whose figures
 * are then shown or withheld one by one.
 */
export function chooseLevelGrouping(hasWithheldFigure: (levels: readonly Level[]) => boolean): readonly (readonly Level[])[] {
  return LEVEL_GROUPINGS.find((grouping) => grouping.every((levels) => !hasWithheldFigure(levels))) ?? LEVEL_GROUPINGS[LEVEL_GROUPINGS.length - 1];
}
