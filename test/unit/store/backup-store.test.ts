import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBackup } from '../../../src/store/backup-store';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-backup-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('Store backups', () => {
  it('When backups are taken day after day, then each is a full copy and only the newest N are kept', () => {
    const store = path.join(dir, 'programme-bot.json');
    const backups = path.join(dir, 'backups');
    for (let day = 1; day <= 5; day++) {
      fs.writeFileSync(store, JSON.stringify({ day }));
      writeBackup(store, backups, 3, new Date(Date.UTC(2027, 0, day, 2)));
    }
    const kept = fs.readdirSync(backups).sort();
    expect(kept).toEqual(['programme-bot-20270103T020000Z.json', 'programme-bot-20270104T020000Z.json', 'programme-bot-20270105T020000Z.json']);
    expect(JSON.parse(fs.readFileSync(path.join(backups, kept[2]), 'utf8'))).toEqual({ day: 5 });
  });

  it('When there is no store file yet, then no backup is written', () => {
    expect(writeBackup(path.join(dir, 'missing.json'), path.join(dir, 'b'), 3, new Date())).toBeUndefined();
  });
});
