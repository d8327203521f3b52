import { describe, expect, it } from 'vitest';
import {
  ownerNames,
  ownerSharedByTeams,
  severalOwners,
} from '../../../lib/registry/doctrine/single-owner';
import { GROW, TODAY, goodKpi, metric, registry } from './build-registry';

describe('ownerNames', () => {
  it.each([
    ['Dana', ['Dana']],
    ['Dana & Sam', ['Dana', 'Sam']],
    ['Dana, Sam', ['Dana', 'Sam']],
    ['Dana/Sam', ['Dana', 'Sam']],
    ['Dana and Sam', ['Dana', 'Sam']],
    ['Dana or Sam', ['Dana', 'Sam']],
    ['Dana + Sam; Lee', ['Dana', 'Sam', 'Lee']],
    ['Andrea Anderson', ['Andrea Anderson']],
    ['Mary-Jane Orr', ['Mary-Jane Orr']],
    [undefined, []],
  ])('reads %j as the names %j', (owner, names) => {
    expect(ownerNames(owner)).toEqual(names);
  });
});

describe('several-owners', () => {
  it('a metric with two names in its owner field is a warning; one click keeps the first', () => {
    const reg = registry([goodKpi({ id: 'paid', name: 'Trial-to-paid', owner: 'Dana & Sam' })]);
    const [finding, ...others] = severalOwners.check(reg, TODAY);
    expect(others).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'warning',
      metricId: 'paid',
      owner: 'Dana & Sam',
      message:
        "'Trial-to-paid' has more than one owner ('Dana & Sam'): one person is accountable, or nobody is. Keep one name.",
    });
    expect(finding?.fix?.label).toBe('Keep Dana as the owner');
    expect(finding?.fix?.apply(reg, TODAY).metrics[0]?.owner).toBe('Dana');
  });

  it('an objective with two owners is reported the same way, and fixed on the objective', () => {
    const reg = registry([], [{ ...GROW, owner: 'Dana and Priya' }]);
    const [finding] = severalOwners.check(reg, TODAY);
    expect(finding).toMatchObject({
      objectiveId: 'grow',
      message:
        "The objective 'Grow paid conversions' has more than one owner ('Dana and Priya'): one person is accountable, or nobody is. Keep one name.",
    });
    expect(finding?.fix?.apply(reg, TODAY).objectives[0]?.owner).toBe('Dana');
  });

  it('says nothing about single owners, including names with "and" inside them', () => {
    const reg = registry(
      [goodKpi({ id: 'a', owner: 'Andrea Anderson' }), metric({ id: 'b' })],
      [GROW],
    );
    expect(severalOwners.check(reg, TODAY)).toEqual([]);
  });
});

describe('owner-shared-by-teams', () => {
  it.each([
    {
      shown: 'an owner of metrics in two teams is a warning that names the teams',
      metrics: [
        goodKpi({ id: 'paid', owner: 'Dana', team: 'Growth' }),
        metric({ id: 'cac', owner: 'Dana', team: 'Marketing' }),
        metric({ id: 'csat', owner: 'Sam', team: 'Support' }),
      ],
      expected: [
        {
          severity: 'warning',
          owner: 'Dana',
          metricIds: ['paid', 'cac'],
          message:
            "Dana owns metrics for 2 teams (Growth, Marketing): an owner answers to one team. Give each team's metrics an owner from that team.",
        },
      ],
    },
    {
      shown: 'team and owner names typed with different case are the same',
      metrics: [
        goodKpi({ id: 'a', owner: 'Dana', team: 'Growth' }),
        metric({ id: 'b', owner: 'dana ', team: 'growth' }),
      ],
      expected: [],
    },
    {
      shown: 'a metric without a team does not count',
      metrics: [
        goodKpi({ id: 'a', owner: 'Dana', team: 'Growth' }),
        metric({ id: 'b', owner: 'Dana' }),
      ],
      expected: [],
    },
  ])('$shown', ({ metrics, expected }) => {
    const findings = ownerSharedByTeams.check(registry(metrics), TODAY);
    expect(findings).toMatchObject(expected);
    expect(findings).toHaveLength(expected.length);
    expect(findings.every((f) => f.fix === undefined)).toBe(true);
  });
});
