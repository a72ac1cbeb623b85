import fs from 'node:fs';
import { stringify } from 'yaml';
import { parseProgrammeFile } from '../../../../src/domain/imports/parse-programme-file';
import { planProgrammeImport } from '../../../../src/domain/imports/plan-programme-import';
import { fixturePath } from '../../../helpers/fixtures';
import { smallProgramme } from '../../../helpers/programmes';

const raw = () => JSON.parse(fs.readFileSync(fixturePath('programme-small.json'), 'utf8'));

describe('reading a programme file', () => {
  it('When the programme is written in YAML or JSON, then both give the same programme', () => {
    const fromYaml = parseProgrammeFile(stringify(raw()), 'programme.yaml');
    const fromJson = parseProgrammeFile(`\uFEFF${JSON.stringify(raw())}`, 'programme.json');
    expect(fromYaml.errors).toEqual([]);
    expect(fromYaml.programme).toEqual(smallProgramme());
    expect(fromJson.programme).toEqual(smallProgramme());
  });

  it('When values are wrong, then each error names the file, the path and the value found', () => {
    const input = raw();
    input.sessions[3].start = '2027-03-04 09:00';
    input.participants[1].level = 4;
    input.participants[2].email = 'sofie';
    input.modules[0].titel = 'typo';
    delete input.timeZone;
    expect(parseProgrammeFile(stringify(input), 'programme.yaml').errors).toEqual([
      'programme.yaml, timeZone: is required',
      "programme.yaml, modules.0: unknown key 'titel' (misspelt?)",
      "programme.yaml, sessions.3.start: must be an ISO-8601 date-time with an offset, e.g. 2027-03-04T09:00:00+01:00, got '2027-03-04 09:00'",
      'programme.yaml, participants.1.level: must be 1, 2 or 3, got 4',
      "programme.yaml, participants.2.email: must be an e-mail address, got 'sofie'",
    ]);
  });

  it('When the YAML itself is broken, then the line and column are named', () => {
    expect(parseProgrammeFile('id: x\nid: y\n', 'programme.yaml').errors).toEqual(['programme.yaml line 2, column 1: map keys must be unique']);
  });

  it('When the file is neither YAML nor JSON, then the accepted endings are named', () => {
    expect(parseProgrammeFile('{}', 'programme.txt').errors).toEqual(['programme.txt: a programme file must end in .yaml, .yml or .json']);
  });
});

describe('planning a programme import', () => {
  it('When the file has the same leaders without object ids, then the stored object ids are kept', () => {
    const input = raw();
    input.participants.forEach((p: { aadObjectId?: string }) => delete p.aadObjectId);
    input.sessions[0].place.room = 'Festsalen';
    const file = parseProgrammeFile(JSON.stringify(input), 'programme.json');
    const plan = planProgrammeImport(smallProgramme(), file.programme!, file.participantsGiven, 'programme.json');
    expect(plan.errors).toEqual([]);
    expect(plan.next!.participants.map((p) => p.aadObjectId)).toEqual(['aad-p1', 'aad-p2', 'aad-p3', undefined, 'aad-p5']);
    expect(plan.sessions).toEqual({ added: [], changed: ['s1'], removed: [] });
    expect(plan.participants).toMatchObject({ added: [], changed: [], unchanged: 5 });
  });

  it('When the file leaves the participants key out, then the current participants are kept (schedule only)', () => {
    const input = raw();
    delete input.participants;
    const file = parseProgrammeFile(stringify(input), 'schedule.yml');
    expect(file.participantsGiven).toBe(false);
    const plan = planProgrammeImport(smallProgramme(), file.programme!, false, 'schedule.yml');
    expect(plan.next!.participants).toEqual(smallProgramme().participants);
  });

  it('When a schedule-only file drops a group the kept leaders are in, then those leaders are named', () => {
    const input = raw();
    delete input.participants;
    input.groups = [{ id: 'g1', name: 'Læringsgruppe 1' }];
    const file = parseProgrammeFile(stringify(input), 'schedule.yml');
    const plan = planProgrammeImport(smallProgramme(), file.programme!, false, 'schedule.yml');
    expect(plan.next).toBeUndefined();
    expect(plan.errors).toEqual([
      "schedule.yml, participants.1.group: unknown group 'g2' (anders.kjaer@kommune.example, kept from the current programme)",
      "schedule.yml, participants.3.group: unknown group 'g2' (jonas.oestergaard@kommune.example, kept from the current programme)",
    ]);
  });

  it('When the participants list is empty but the programme has leaders, then the import is refused', () => {
    const input = { ...raw(), participants: [] };
    const file = parseProgrammeFile(JSON.stringify(input), 'programme.json');
    const plan = planProgrammeImport(smallProgramme(), file.programme!, file.participantsGiven, 'programme.json');
    expect(plan.next).toBeUndefined();
    expect(plan.errors).toEqual([
      'programme.json: the participants list is empty, but the programme has 5 participants (4 active). ' +
        'Leave the participants key out to import the schedule only, or import participants with "import participants <file.csv>".',
    ]);
  });

  it('When a leader is left out or their id changes, then they are deactivated, or the change is refused', () => {
    const input = raw();
    input.participants = input.participants.filter((p: { id: string }) => p.id !== 'p4');
    const file = parseProgrammeFile(JSON.stringify(input), 'programme.json');
    const plan = planProgrammeImport(smallProgramme(), file.programme!, true, 'programme.json');
    expect(plan.participants.deactivated).toEqual(['p4']);
    expect(plan.next!.participants.find((p) => p.id === 'p4')?.active).toBe(false);
    input.participants[3].id = 'karen';
    const renamed = parseProgrammeFile(JSON.stringify(input), 'programme.json');
    expect(planProgrammeImport(smallProgramme(), renamed.programme!, true, 'programme.json').errors).toEqual([
      "programme.json, participants.3.id: the programme knows karen.lund@kommune.example as 'p5', got 'karen'; an id cannot change (check-ins and deliveries refer to it)",
    ]);
  });
});
