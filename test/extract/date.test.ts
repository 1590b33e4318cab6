import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../src/normalize/dates.js';
import type { DateExpression } from '../../src/types.js';
import { claimsIn } from '../helpers/documents.js';

const dates = (sentence: string, published: string | null) =>
  claimsIn(sentence, published)
    .filter((c) => c.kind === 'date')
    .map((c) => {
      const v = resolveDate(c.value as DateExpression, published);
      return [c.text, v.start, v.end, v.granularity] as const;
    });

// [sentence, publication date, expected [text, start, end, granularity] of every date in it]
const cases: [string, string | null, (readonly [string, string | null, string | null, string])[]][] = [
  ['The head of ISIS was killed in an airstrike in Anbar province and al-Rifai’s death was confirmed on Friday.', '2025-03-15', [['Friday', '2025-03-14', '2025-03-14', 'day']]],
  ['A gunman opened fire Thursday night outside a bar on the South Side.', '2015-08-10', [['Thursday night', '2015-08-06', '2015-08-06', 'day']]],
  ['The ministers will meet again on Friday to discuss the border.', '2025-03-15', [['Friday', '2025-03-21', '2025-03-21', 'day']]],
  ['The joint operation, conducted on October 22, targeted senior ISIS operatives.', '2024-10-26', [['October 22', '2024-10-22', '2024-10-22', 'day']]],
  ['Police said the shooting happened on Dec. 28 near the park.', '2016-01-03', [['Dec. 28', '2015-12-28', '2015-12-28', 'day']]],
  ['The raid took place on Oct. 22, 2024, officials said.', null, [['Oct. 22, 2024', '2024-10-22', '2024-10-22', 'day']]],
  ['He was arrested on 14 March 2025 in Baghdad.', null, [['14 March 2025', '2025-03-14', '2025-03-14', 'day']]],
  ['The agreement ends the mission by September 2025.', null, [['September 2025', '2025-09-01', '2025-09-30', 'month']]],
  ['Last year, an agreement to end the coalition mission was reached.', '2025-03-15', [['Last year', '2024-01-01', '2024-12-31', 'year']]],
  ['The council approved the budget last week.', '2025-03-15', [['last week', '2025-03-03', '2025-03-09', 'week']]],
  ['Two people were shot earlier this month in the same block.', '2015-08-20', [['earlier this month', '2015-08-01', '2015-08-31', 'month']]],
  ['The minister resigned yesterday after the vote.', '2025-03-15', [['yesterday', '2025-03-14', '2025-03-14', 'day']]],
  ['Prices have risen steadily since January, the agency said.', '1998-03-10', [['January', '1998-01-01', '1998-01-31', 'month']]],
  ['Exports slumped last April after the floods.', '1990-02-10', [['last April', '1989-04-01', '1989-04-30', 'month']]],
  ['The group suffered territorial defeats in Iraq in 2017 and Syria in 2019.', null, [['2017', '2017-01-01', '2017-12-31', 'year'], ['2019', '2019-01-01', '2019-12-31', 'year']]],
  ['Crime in the city fell sharply in the 1990s.', null, [['the 1990s', '1990-01-01', '1999-12-31', 'decade']]],
  ['Profit rose 12 percent in the third quarter, from $4 million a year earlier.', '1989-11-02', [['the third quarter', '1989-07-01', '1989-09-30', 'quarter'], ['a year earlier', '1988-07-01', '1988-09-30', 'quarter']]],
  ['Profit rose in the third quarter, and the dividend is payable Dec. 15 to holders of record.', '1989-11-02', [['the third quarter', '1989-07-01', '1989-09-30', 'quarter'], ['Dec. 15', '1989-12-15', '1989-12-15', 'day']]],
  ['The company expects earnings for the full year to rise, unlike the year before.', '1989-11-02', [['the full year', '1989-01-01', '1989-12-31', 'year']]],
  ['The factory opened two years ago in the north of the city.', '2010-06-01', [['two years ago', '2008-01-01', '2008-12-31', 'year']]],
  ['The vote is set for Saturday, April 25, the commission said.', '1998-04-20', [['Saturday, April 25', '1998-04-25', '1998-04-25', 'day']]],
  // Not dates: a regime's fall, number ranges, the modal "may", a march, counts and addresses.
  // Days no month has are no dates (a grouping crash: 'March 33, 2016' reached new Date()).
  ['Two people were killed in a shooting on March 33, 2016, in Dayton.', '2016-09-05', []],
  ['The trial opens on Sept. 31 and on 2025-13-02, the court said.', '2025-09-01', []],
  ['The council meets on Feb. 30 each year.', '2024-01-10', []],
  ['The fall of the Assad regime in Syria has raised worries about ISIS regaining ground.', '2025-03-15', []],
  ['A UN report estimates that between 1,500 to 3,000 ISIS jihadists remain active.', '2024-10-26', []],
  ['Officials said the toll may rise as protesters march on the capital.', '2025-03-15', []],
  ['About 2,500 U.S. troops remain in Iraq and police were called to the 2000 block of Main Street.', '2024-10-26', []],
];

describe('date extraction and resolution', () => {
  it.each(cases)('%s (published %s)', (sentence, published, expected) => {
    expect(dates(sentence, published)).toEqual(expected);
  });

  it('keeps the meaning of a relative date when there is no publication date', () => {
    const [claim] = claimsIn('The strike was confirmed on Friday.').filter((c) => c.kind === 'date');
    expect(resolveDate(claim!.value as DateExpression, null)).toEqual({ start: null, end: null, granularity: 'day', relative: 'friday' });
  });
});
