import fs from 'node:fs';
import path from 'node:path';
import type { Programme } from '../../../../src/domain/programme/model';
import { parseParticipantsCsv } from '../../../../src/domain/imports/parse-participants-csv';
import { excessiveDeactivation, participantIdFromEmail, planParticipantImport } from '../../../../src/domain/imports/plan-participant-import';
import { fixturePath } from '../../../helpers/fixtures';
import { smallProgramme } from '../../../helpers/programmes';

const FIXTURES = fixturePath('csv');

/** Parses a CSV against the programme and plans it, as the import command does. */
function plan(programme: Programme, csv: string) {
  const parsed = parseParticipantsCsv(csv, 'participants.csv', programme);
  expect(parsed.errors).toEqual([]);
  return planParticipantImport(programme, parsed.rows);
}
const fixturePlan = (programme: Programme) => plan(programme, fs.readFileSync(path.join(FIXTURES, 'participants-da-semicolon.csv'), 'utf8'));
const find = (programme: Programme, id: string) => programme.participants.find((p) => p.id === id)!;

it('When HR imports the Danish sheet, then leaders are added, changed, deactivated and reactivated by e-mail', () => {
  const before = smallProgramme();
  const result = fixturePlan(before);
  expect(result.added).toEqual(['ida.baek']);
  expect(result.changed).toEqual([{ id: 'p1', fields: ['locale'] }]);
  expect(result.deactivated).toEqual(['p4']);
  expect(result.reactivated).toEqual(['p5']);
  expect(result.unchanged).toBe(2);
  expect(find(result.next, 'ida.baek')).toEqual({
    id: 'ida.baek', name: 'Ida Bæk', email: 'ida.baek@kommune.example', level: 3, area: 'Kultur og Fritid',
    group: 'g2', managerId: 'p2', electives: ['e1'], locale: 'en', active: true,
  });
});

it('When an existing leader is in the file, then they keep their id and Entra object id', () => {
  const result = fixturePlan(smallProgramme());
  // The sheet writes Anders' address in another case and has no object id column.
  expect(find(result.next, 'p2')).toMatchObject({ id: 'p2', email: 'anders.kjaer@kommune.example', aadObjectId: 'aad-p2' });
  expect(find(result.next, 'p3')).toMatchObject({ aadObjectId: 'aad-p3', managerId: 'p2', electives: ['e1', 'e2'] });
});

it('When a leader is missing from the file, then they are deactivated, not deleted, and keep their data', () => {
  const before = smallProgramme();
  const result = fixturePlan(before);
  expect(result.next.participants).toHaveLength(before.participants.length + 1);
  expect(find(result.next, 'p4')).toEqual({ ...find(before, 'p4'), active: false });
});

it('When the same file is imported twice, then the second time nothing changes', () => {
  const first = fixturePlan(smallProgramme());
  const second = fixturePlan(first.next);
  expect(second).toMatchObject({ added: [], changed: [], deactivated: [], reactivated: [] });
  expect(second.unchanged).toBe(first.next.participants.length);
  expect(second.next).toEqual(first.next);
});

it('When the file names a manager by e-mail, then the manager is stored by id, also for a manager added by the same file', () => {
  const csv = [
    'name;email;level;area;manager',
    'Ida Bæk;ida.baek@kommune.example;3;Kultur;bo.berg@kommune.example',
    'Bo Berg;bo.berg@kommune.example;2;Kultur;mette.holm@kommune.example',
    'Mette Holm;mette.holm@kommune.example;1;Direktionen;',
  ].join('\n');
  const result = plan(smallProgramme(), csv);
  expect(find(result.next, 'ida.baek').managerId).toBe('bo.berg');
  expect(find(result.next, 'bo.berg').managerId).toBe('p1');
});

it('When the file has no column for a field, then existing values are kept; an empty cell clears them', () => {
  const keep = plan(smallProgramme(), 'name;email;level;area\nSofie Nørgaard;sofie.noergaard@kommune.example;3;Børn og Unge\n');
  expect(find(keep.next, 'p3')).toMatchObject({ group: 'g1', managerId: 'p2', electives: ['e1', 'e2'], locale: 'da' });
  const clear = plan(smallProgramme(), 'name;email;level;area;group;manager;electives;locale\nSofie Nørgaard;sofie.noergaard@kommune.example;3;Børn og Unge;;;;\n');
  const sofie = find(clear.next, 'p3');
  expect(sofie).toMatchObject({ electives: [] });
  expect(sofie).not.toHaveProperty('group');
  expect(sofie).not.toHaveProperty('managerId');
  expect(sofie).not.toHaveProperty('locale');
  expect(clear.changed.find((c) => c.id === 'p3')?.fields).toEqual(['group', 'managerId', 'electives', 'locale']);
});

it('When the file carries an object id or a wanted id, then a new leader gets them', () => {
  const result = plan(smallProgramme(), 'name;email;level;area;id;objectid\nIda Bæk;ida.baek@kommune.example;3;Kultur;leader-900;aad-900\n');
  expect(find(result.next, 'leader-900')).toMatchObject({ email: 'ida.baek@kommune.example', aadObjectId: 'aad-900' });
});

it('When two new e-mails give the same id, then each still gets a stable, unique id', () => {
  const csv = 'name;email;level;area\nAnne Hansen;anne.hansen@kommune.example;3;Kultur\nAnne Hansen;anne.hansen@skole.example;3;Skole\n';
  const result = plan(smallProgramme(), csv);
  expect(result.added).toEqual(['anne.hansen', 'anne.hansen-skole.example']);
  expect(plan(smallProgramme(), csv).added).toEqual(result.added);
});

it('When an e-mail has Danish letters or odd characters, then the id spells them out', () => {
  expect(participantIdFromEmail('Søren.Ærø+hr@kommune.dk', new Set())).toBe('soeren.aeroe-hr');
  expect(participantIdFromEmail('p1@kommune.dk', new Set(['p1', 'p1-kommune.dk']))).toBe('p1-2');
});

describe('Mass deactivation', () => {
  const programme = smallProgramme();
  const active = programme.participants.filter((p) => p.active).map((p) => p.id);

  it('When an import deactivates up to the allowed share, then it is within bounds; one more and it is not', () => {
    expect(excessiveDeactivation(programme, active.slice(0, 1), 0.25)).toBeUndefined();
    expect(excessiveDeactivation(programme, active.slice(0, 2), 0.25)).toEqual({ count: 2, active: active.length });
  });

  it('When every active leader would be deactivated, then it is excessive at any share below 1', () => {
    expect(excessiveDeactivation(programme, active, 0.99)).toEqual({ count: active.length, active: active.length });
    expect(excessiveDeactivation(programme, active, 1)).toBeUndefined();
  });
});
