import fs from 'node:fs';
import path from 'node:path';
import { formatRowError, parseParticipantsCsv } from '../../../../src/domain/imports/parse-participants-csv';
import { fixturePath } from '../../../helpers/fixtures';
import { smallProgramme } from '../../../helpers/programmes';

const FIXTURES = fixturePath('csv');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const programme = smallProgramme();
const HEADER = 'name,email,level,area,group,manager,electives,locale';

/** The error lines HR would see for a file. */
function messages(text: string, fileName = 'participants.csv'): string[] {
  return parseParticipantsCsv(text, fileName, programme).errors.map((e) => formatRowError(fileName, e));
}

describe('reading the files HR exports from Excel', () => {
  it('When the file is Danish Excel output (BOM, ";", CRLF, Danish headers), then every row is read with æøå intact', () => {
    const text = fixture('participants-da-semicolon.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const { rows, errors, warnings } = parseParticipantsCsv(text, 'participants-da-semicolon.csv', programme);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(rows.map((r) => r.name)).toEqual(['Mette Holm', 'Anders Kjær', 'Sofie Nørgaard', 'Karen Lund', 'Ida Bæk']);
    expect(rows[1]).toEqual({
      row: 3, name: 'Anders Kjær', email: 'Anders.Kjaer@kommune.example', level: 2, area: 'Børn og Unge',
      group: 'g2', managerEmail: 'mette.holm@kommune.example', electives: [], locale: null,
    });
    // A quoted cell may hold the file's own separator: "Forandringsledelse; Coachende ledelse".
    expect(rows[2].electives).toEqual(['e1', 'e2']);
    expect(rows[4]).toMatchObject({ area: 'Kultur og Fritid', electives: ['e1'], locale: 'en' });
  });

  it('When the file is English Excel output (no BOM, ",", LF), then quoted cells with commas stay one cell', () => {
    const { rows, errors } = parseParticipantsCsv(fixture('participants-en-comma.csv'), 'participants-en-comma.csv', programme);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.area)).toEqual(['Direktionen', 'Børn, Unge og Familie', 'Børn, Unge og Familie', 'Teknik og Miljø']);
    expect(rows[2].electives).toEqual(['e1', 'e2']);
    expect(rows[3].electives).toEqual(['e1']);
    expect(rows[0].locale).toBeNull();
  });

  it('When the same rows come with or without BOM, CRLF or LF, ";" or ",", then the result is the same', () => {
    const lines = [HEADER, 'Ida Bæk,ida.baek@kommune.example,3,Kultur,g1,,"e1,e2",da'];
    const variants = [
      lines.join('\n'),
      `\uFEFF${lines.join('\r\n')}\r\n`,
      lines.map((l) => l.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ';')).join('\r\n'),
    ];
    const results = variants.map((v) => parseParticipantsCsv(v, 'x.csv', programme));
    results.forEach((r) => expect(r.errors).toEqual([]));
    results.forEach((r) => expect(r.rows).toEqual(results[0].rows));
    expect(results[0].rows[0]).toMatchObject({ name: 'Ida Bæk', electives: ['e1', 'e2'] });
  });

  it('When headers differ in case, spacing and æøå spelling, then they are still recognised', () => {
    const text = 'NAVN;E-Mail;niveau;Omraade;Gruppe;Leder;Valgmoduler;SPROG;ObjectId\nIda Bæk;ida.baek@kommune.example;3;Kultur;g1;;e1 | e2;DA;aad-ida\n';
    const { rows, errors } = parseParticipantsCsv(text, 'x.csv', programme);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ group: 'g1', managerEmail: null, electives: ['e1', 'e2'], locale: 'da', aadObjectId: 'aad-ida' });
  });

  it('When a quoted cell contains quotes and a line break, then it is one cell and row numbers follow Excel', () => {
    const text = `${HEADER}\n"Ida ""Bæk""",ida.baek@kommune.example,3,"Kultur\nog Fritid",g1,,,\nBo Berg,bo.berg@kommune.example,7,Kultur,,,,\n`;
    const { rows, errors } = parseParticipantsCsv(text, 'participants.csv');
    expect(errors.map((e) => formatRowError('participants.csv', e))).toEqual(["participants.csv row 3, column level: must be 1, 2 or 3, got '7'"]);
    expect(rows).toEqual([]);
    const ok = parseParticipantsCsv(text.replace(',7,', ',3,'), 'participants.csv');
    expect(ok.rows[0]).toMatchObject({ name: 'Ida "Bæk"', area: 'Kultur\nog Fritid' });
  });

  it('When Excel put a "sep=;" line first, then it sets the separator and the header is still row 1', () => {
    const text = 'sep=;\r\nname;email;level;area\r\nIda, Bæk;ida.baek@kommune.example;9;Kultur\r\n';
    expect(messages(text)).toEqual(["participants.csv row 2, column level: must be 1, 2 or 3, got '9'"]);
  });

  it('When a column is not one the import uses, then it is ignored with a warning', () => {
    const { warnings, errors } = parseParticipantsCsv('Navn;E-mail;Niveau;Område;Telefon;Afdeling\n', 'p.csv');
    expect(errors).toEqual([]);
    expect(warnings).toEqual(["p.csv: columns 'Telefon', 'Afdeling' are not used and were ignored"]);
  });

  it('When optional columns are absent, then the rows leave those fields out (keep what the programme has)', () => {
    const { rows } = parseParticipantsCsv('name;email;level;area\nIda Bæk;ida.baek@kommune.example;3;Kultur\n', 'p.csv', programme);
    expect(rows[0]).toEqual({ row: 2, name: 'Ida Bæk', email: 'ida.baek@kommune.example', level: 3, area: 'Kultur' });
  });
});

describe('rows HR must fix, each with the exact message', () => {
  it('When the bad-rows fixture is read, then every problem is named by row and column, in sheet order', () => {
    const { errors, rows, warnings } = parseParticipantsCsv(fixture('participants-bad-rows.csv'), 'participants.csv', programme);
    expect(rows).toEqual([]);
    expect(warnings).toEqual(["participants.csv: column 'Telefon' is not used and was ignored"]);
    expect(errors.map((e) => formatRowError('participants.csv', e))).toEqual([
      "participants.csv row 3, column Niveau: must be 1, 2 or 3, got '4'",
      "participants.csv row 4, column E-mail: must be an e-mail address, got 'sofie.noergaard@'",
      "participants.csv row 5, column Læringsgruppe: unknown group 'g9'; the groups are: g1 (Læringsgruppe 1), g2 (Læringsgruppe 2)",
      "participants.csv row 6, column Nærmeste leder: unknown manager 'chef@kommune.example': not in this file and not in the programme",
      "participants.csv row 7, column Valgmoduler: unknown elective 'Økonomistyring'; the electives are: e1 (Forandringsledelse), e2 (Coachende ledelse)",
      "participants.csv row 8, column E-mail: duplicate e-mail 'Mette.Holm@kommune.example', also in row 2",
      'participants.csv row 9, column Navn: must not be empty',
      "participants.csv row 10, column Sprog: must be da or en, got 'de'",
    ]);
  });

  it('When the level is 4 in row 14, then the message is the one from the style guide', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `Leder ${i},leder${i}@kommune.example,3,Kultur,,,,`);
    const text = [HEADER, ...rows, 'Ida Bæk,ida.baek@kommune.example,4,Kultur,,,,'].join('\r\n');
    expect(messages(text)).toEqual(["participants.csv row 14, column level: must be 1, 2 or 3, got '4'"]);
  });

  it('When a required column is missing, then the header row names it and how to call it', () => {
    expect(messages('Navn;Niveau;Område\nIda;3;Kultur\n')).toEqual([
      'participants.csv row 1, column email: the column is missing; add a column named email, e-mail or mail',
    ]);
  });

  it('When the file is empty, then every required column is reported missing', () => {
    expect(messages('')).toHaveLength(4);
  });

  it('When two headers name the same column, then HR is asked to keep one', () => {
    expect(messages('name;email;mail;level;area\n')).toEqual(["participants.csv row 1, column mail: 'email' and 'mail' are the same column; keep one"]);
  });

  it('When the manager is the leader themself, then that is refused', () => {
    expect(messages(`${HEADER}\nIda,ida@kommune.example,3,Kultur,,IDA@kommune.example,,`)).toEqual([
      "participants.csv row 2, column manager: must be the manager's e-mail, not the leader's own",
    ]);
  });

  it('When the manager cell is not an e-mail address, then it says so', () => {
    expect(messages(`${HEADER}\nIda,ida@kommune.example,3,Kultur,,Anders Kjær,,`)).toEqual([
      "participants.csv row 2, column manager: must be the manager's e-mail address, got 'Anders Kjær'",
    ]);
  });

  it('When the manager is further down the same file, then it is accepted', () => {
    const text = `${HEADER}\nIda,ida@kommune.example,3,Kultur,,bo@kommune.example,,\nBo,bo@kommune.example,2,Kultur,,,,`;
    expect(messages(text)).toEqual([]);
  });

  it('When a leader has more electives than the programme allows, then the count is named', () => {
    const text = `name;email;level;area;electives\nIda;ida@kommune.example;3;Kultur;"e1;e2;e1x"`;
    expect(messages(text)).toEqual([
      "participants.csv row 2, column electives: unknown elective 'e1x'; the electives are: e1 (Forandringsledelse), e2 (Coachende ledelse)",
    ]);
    const onePerLeader = { ...programme, electivesPerParticipant: 1 };
    const errors = parseParticipantsCsv(`name;email;level;area;electives\nIda;ida@kommune.example;3;Kultur;"e1;e2"`, 'p.csv', onePerLeader).errors;
    expect(errors.map((e) => formatRowError('p.csv', e))).toEqual(['p.csv row 2, column electives: at most 1 elective per leader, got 2 (e1, e2)']);
  });

  it('When an unquoted cell holds the separator, then the row is refused with how to fix it', () => {
    expect(messages('name;email;level;area\nIda;ida@kommune.example;3;Kultur;og Fritid\n')).toEqual([
      "participants.csv row 2: has 5 cells but the header has 4; put a cell that contains ';' in double quotes",
    ]);
  });

  it('When a quote is never closed, then the row where it opens is named', () => {
    expect(messages('name;email;level;area\nIda;ida@kommune.example;3;"Kultur\n')).toEqual([
      'participants.csv row 2: a quoted cell is never closed (a double quote " is missing)',
    ]);
  });

  it('When an id or object id belongs to someone else in the programme, then the owner is named', () => {
    const text = 'name;email;level;area;id;aadObjectId\nIda;ida@kommune.example;3;Kultur;p2;aad-p3\nMette Holm;mette.holm@kommune.example;1;Direktionen;mette;\n';
    expect(messages(text)).toEqual([
      "participants.csv row 2, column id: id 'p2' belongs to anders.kjaer@kommune.example in the programme",
      "participants.csv row 2, column aadObjectId: object id 'aad-p3' belongs to sofie.noergaard@kommune.example in the programme",
      "participants.csv row 3, column id: the programme knows mette.holm@kommune.example as 'p1', got 'mette'; an id cannot change (leave the cell empty)",
    ]);
  });

  it('When an id has characters ids may not have, then the rule is given', () => {
    expect(messages('name;email;level;area;id\nIda;ida@kommune.example;3;Kultur;ida bæk\n')).toEqual([
      `participants.csv row 2, column id: must be letters, digits, ".", "_", ":" or "-", starting with a letter or digit, got 'ida bæk'`,
    ]);
  });
});
