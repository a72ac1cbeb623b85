/**
 * The employer's own days off, as named presets. Statutory public holidays (juledag, nytårsdag,
 * påske, Kristi himmelfartsdag, pinse …) come from the holiday library and are never listed here;
 * these are the days an employment agreement adds on top.
 *
 * `municipal-dk` follows the agreements of KL (Kommunernes Landsforening), which cover every
 * Danish municipality except Copenhagen and Frederiksberg: juleaftensdag is a day off from the
 * start of the working day ("ligestilles med en søgnehelligdag"), and 1 May, grundlovsdag and
 * nytårsaftensdag are off from 12:00. The unions' summaries of the agreements agree on this
 * (dansketandplejere.dk "Særlige fridage", foa.dk "Særlige fridage", fysio.dk on jul og nytår).
 * Nytårsdag (1 January) is a statutory holiday and needs no entry. Copenhagen and Frederiksberg
 * differ (1 May whole, 24 and 31 December working days), and state employers treat all four as
 * ordinary working days unless a workplace's own practice says otherwise (Medarbejder- og
 * Kompetencestyrelsen, PAV 26.2.8.3): use `none` or a list of their own.
 */
import type { EmployerDayOffPreset, EmployerDayOffRule } from './calendar-settings';

export const EMPLOYER_DAY_OFF_PRESETS: Readonly<Record<EmployerDayOffPreset, readonly EmployerDayOffRule[]>> = Object.freeze({
  'municipal-dk': Object.freeze([
    { date: '05-01', from: '12:00', name: { da: '1. maj', en: 'Labour Day' } },
    { date: '06-05', from: '12:00', name: { da: 'Grundlovsdag', en: 'Constitution Day' } },
    { date: '12-24', name: { da: 'Juleaftensdag', en: 'Christmas Eve' } },
    { date: '12-31', from: '12:00', name: { da: 'Nytårsaftensdag', en: "New Year's Eve" } },
  ]),
  none: Object.freeze([]),
});
