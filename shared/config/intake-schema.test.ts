import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfigText } from './parse-config.ts';

const SOURCE = 'sources:\n  - { id: am, kind: alertmanager, url: "http://127.0.0.1:9093" }\n';

function parse(yaml: string) {
  return parseConfigText(`${SOURCE}${yaml}`, { fileName: 'dijkwacht.yaml', env: {} });
}

function officeHoursOf(yaml: string) {
  const result = parse(yaml);
  if (!result.ok) assert.fail(result.error.message);
  return result.value.intake.officeHours;
}

function errorOf(yaml: string): string {
  const result = parse(yaml);
  assert.ok(!result.ok, 'expected the config to be refused');
  return result.error.message;
}

describe('config intake.officeHours', () => {
  it('defaults to Monday to Friday, 08:00 to 17:00', () => {
    const expected = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '17:00' };
    assert.deepEqual(officeHoursOf(''), expected);
    assert.deepEqual(officeHoursOf('intake: {}\n'), expected);
    assert.deepEqual(officeHoursOf('intake: { officeHours: {} }\n'), expected);
  });

  it('takes each key on its own, the others keeping their defaults', () => {
    assert.deepEqual(
      officeHoursOf('intake: { officeHours: { days: [sat, sun], to: "24:00" } }\n'),
      {
        days: ['sat', 'sun'],
        from: '08:00',
        to: '24:00',
      },
    );
    assert.equal(officeHoursOf('intake: { officeHours: { from: 9:00 } }\n').from, '09:00');
  });

  const refused: [string, string, string][] = [
    [
      'an unknown day',
      'intake: { officeHours: { days: [mon, maandag] } }\n',
      '3:38: intake.officeHours.days[1]: expected a day: mon, tue, wed, thu, fri, sat, sun',
    ],
    [
      'a day alone, not in a list',
      'intake: { officeHours: { days: mon } }\n',
      '3:32: intake.officeHours.days: expected a list of days (mon, tue, wed, thu, fri, sat, sun)',
    ],
    [
      'no days',
      'intake: { officeHours: { days: [] } }\n',
      '3:32: intake.officeHours.days: expected at least one day',
    ],
    [
      'a day twice',
      'intake: { officeHours: { days: [mon, mon] } }\n',
      '3:32: intake.officeHours.days: expected each day at most once',
    ],
    [
      'a time without minutes',
      'intake: { officeHours: { from: 8 } }\n',
      '3:32: intake.officeHours.from: expected a time of day such as 08:00 (hh:mm, 24-hour clock, up to 24:00)',
    ],
    [
      'a time past midnight',
      'intake: { officeHours: { to: "25:00" } }\n',
      '3:30: intake.officeHours.to: expected a time of day such as 08:00 (hh:mm, 24-hour clock, up to 24:00)',
    ],
    [
      'an end before the start',
      'intake: { officeHours: { from: "17:00", to: "08:00" } }\n',
      '3:45: intake.officeHours.to: expected a time later than from (office hours end on the day they start)',
    ],
    [
      'a misspelt key',
      'intake: { officeHours: { form: "08:00" } }\n',
      '3:26: intake.officeHours.form: unknown key (check its spelling and indentation)',
    ],
    [
      'a misspelt section key',
      'intake: { officehours: {} }\n',
      '3:11: intake.officehours: unknown key (check its spelling and indentation)',
    ],
    ['not a mapping', 'intake: weekdays\n', '3:9: intake: expected a mapping with officeHours'],
  ];
  for (const [name, yaml, message] of refused)
    it(`refuses ${name}, naming the file and the path`, () =>
      assert.equal(errorOf(yaml), `dijkwacht.yaml:${message}`));
});
