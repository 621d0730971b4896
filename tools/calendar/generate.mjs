#!/usr/bin/env node
// Generates ../../src/main/resources/db/calendar/holidays.csv
//
// Primary source   : npm `chinese-days` (dist/chinese-days.json: holidays + workdays maps)
// Cross-check/names: npm `holiday-calendar` (data/CN/<year>.json)
// Corrections      : the small SUPPLEMENT table below, each entry quoting the
//                    State Council (国务院办公厅) notice it comes from.
//
// Output: UTF-8 (no BOM), header `date,kind,name`, one row per date, sorted by date,
// dates 2015-01-01..2026-12-31 only. kind = HOLIDAY | MAKEUP_WORKDAY.
// The script fails (exit 1) if the packages change in a way the corrections no
// longer fit, or if any of the sanity facts at the bottom stops holding.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIRST_YEAR = 2015;
const LAST_YEAR = 2026;

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const OUT = resolve(here, '../../src/main/resources/db/calendar/holidays.csv');

const pkgDir = (name) => dirname(require.resolve(`${name}/package.json`));
const pkgVersion = (name) => JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8')).version;

const COMBINED = '中秋节、国庆节';
const VICTORY_DAY = '抗战胜利70周年纪念日';

/** Normalises a Chinese festival name from either package to the CSV vocabulary. */
function normName(raw) {
  let n = raw.trim().replace(/补班$/, '');
  if (n.includes('中秋') && n.includes('国庆')) return COMBINED;
  if (n.includes('抗战') || n.includes('抗日')) return VICTORY_DAY;
  const map = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };
  n = map[n] ?? n;
  const allowed = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];
  if (!allowed.includes(n)) throw new Error(`unknown festival name: ${raw}`);
  return n;
}

const inRange = (date) => {
  const y = Number(date.slice(0, 4));
  return y >= FIRST_YEAR && y <= LAST_YEAR;
};
const dow = (date) => new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
const isWeekend = (date) => dow(date) === 0 || dow(date) === 6;

// ---------------------------------------------------------------------------
// 1. Primary: chinese-days
// ---------------------------------------------------------------------------
const cd = JSON.parse(readFileSync(join(pkgDir('chinese-days'), 'dist/chinese-days.json'), 'utf8'));
/** @type {Map<string, {kind: string, name: string, src: string}>} */
const rows = new Map();
for (const [field, kind] of [['holidays', 'HOLIDAY'], ['workdays', 'MAKEUP_WORKDAY']]) {
  for (const [date, value] of Object.entries(cd[field])) {
    if (!inRange(date)) continue;
    // value looks like "Spring Festival,春节,4"
    const zh = value.split(',')[1];
    if (rows.has(date)) throw new Error(`chinese-days lists ${date} twice`);
    rows.set(date, { kind, name: normName(zh), src: 'chinese-days' });
  }
}

// ---------------------------------------------------------------------------
// 2. Second source: holiday-calendar (used for combined 中秋/国庆 names + diff)
// ---------------------------------------------------------------------------
const hc = new Map();
for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
  const file = join(pkgDir('holiday-calendar'), `data/CN/${y}.json`);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  for (const d of data.dates) {
    const kind = d.type === 'public_holiday' ? 'HOLIDAY'
      : d.type === 'transfer_workday' ? 'MAKEUP_WORKDAY'
        : null;
    if (!kind) throw new Error(`holiday-calendar: unknown type ${d.type} on ${d.date}`);
    hc.set(d.date, { kind, name: normName(d.name_cn) });
  }
}

// chinese-days tags each day of a combined Mid-Autumn + National Day period
// with a single festival; the State Council notices (2017, 2020, 2023, 2025)
// publish them as one combined item. Take the combined name from holiday-calendar
// when both packages agree on the kind of the day.
for (const [date, row] of rows) {
  const other = hc.get(date);
  if (other && other.kind === row.kind && other.name === COMBINED) row.name = COMBINED;
}
// In a year whose notice has a combined 中秋节、国庆节 item there is no separate
// 中秋节 or 国庆节 item, so every 中秋节/国庆节 row of that year (in particular the
// make-up workdays, which both packages tag 国庆节, e.g. 2017-09-30, 2025-09-28,
// 2025-10-11) belongs to the combined item.
const combinedYears = new Set([...rows].filter(([, r]) => r.name === COMBINED).map(([d]) => d.slice(0, 4)));
for (const [date, row] of rows) {
  if (combinedYears.has(date.slice(0, 4)) && (row.name === '中秋节' || row.name === '国庆节')) row.name = COMBINED;
}

// ---------------------------------------------------------------------------
// 3. Corrections: weekend days that belong to a published holiday period but
//    that chinese-days leaves out (it lists only the named day for notices
//    worded "X日放假，与周末连休" = "day off X, joined with the weekend").
//    Each date must be a Saturday/Sunday and absent from chinese-days.
// ---------------------------------------------------------------------------
const SUPPLEMENT = [
  // 2015 (国办发明电〔2014〕28号) 四、劳动节：5月1日放假，与周末连休。
  ['2015-05-02', '劳动节'], ['2015-05-03', '劳动节'],
  // 2015 五、端午节：6月20日放假，6月22日（星期一）补休。 (6-21 lies inside 6-20..6-22)
  ['2015-06-21', '端午节'],
  // 2015 抗战胜利70周年纪念日：9月3日至5日调休放假，共3天。9月6日（星期日）上班。
  ['2015-09-05', VICTORY_DAY],
  // 2016 (国办发明电〔2015〕18号) 一、元旦：1月1日放假，与周末连休。
  ['2016-01-02', '元旦'], ['2016-01-03', '元旦'],
  // 2016 三、清明节：4月4日放假，与周末连休。
  ['2016-04-02', '清明节'], ['2016-04-03', '清明节'],
  // 2017 (国办发明电〔2016〕5号) 四、劳动节：5月1日放假，与周末连休。
  ['2017-04-29', '劳动节'], ['2017-04-30', '劳动节'],
  // 2018 (国办发〔2017〕83号) 一、元旦：1月1日放假，与周末连休。
  ['2017-12-30', '元旦'], ['2017-12-31', '元旦'],
  // 2018 五、端午节：6月18日放假，与周末连休。
  ['2018-06-16', '端午节'], ['2018-06-17', '端午节'],
  // 2018 六、中秋节：9月24日放假，与周末连休。
  ['2018-09-22', '中秋节'], ['2018-09-23', '中秋节'],
  // 2024 (国办发明电〔2023〕7号) 一、元旦：1月1日放假，与周末连休。
  ['2023-12-30', '元旦'], ['2023-12-31', '元旦'],
  // 2024 五、端午节：6月10日放假，与周末连休。
  ['2024-06-08', '端午节'], ['2024-06-09', '端午节'],
];
for (const [date, name] of SUPPLEMENT) {
  if (!isWeekend(date)) throw new Error(`supplement ${date} is not a weekend day`);
  const existing = rows.get(date);
  if (existing) {
    if (existing.kind === 'HOLIDAY' && existing.name === name) {
      console.warn(`note: chinese-days now lists ${date} itself; supplement entry is redundant`);
      continue;
    }
    throw new Error(`supplement ${date} conflicts with chinese-days: ${existing.kind} ${existing.name}`);
  }
  rows.set(date, { kind: 'HOLIDAY', name, src: 'supplement' });
}

// ---------------------------------------------------------------------------
// 4. Cross-check report against holiday-calendar
// ---------------------------------------------------------------------------
const diffs = [];
for (const date of [...new Set([...rows.keys(), ...hc.keys()])].sort()) {
  const a = rows.get(date);
  const b = hc.get(date);
  const fa = a ? `${a.kind},${a.name}` : '-';
  const fb = b ? `${b.kind},${b.name}` : '-';
  if (fa !== fb) diffs.push(`  ${date} (${'日一二三四五六'[dow(date)]}) output=${fa}${a?.src === 'supplement' ? ' [supplement]' : ''}  holiday-calendar=${fb}`);
}

// ---------------------------------------------------------------------------
// 5. Sanity facts (fail loudly if the data stops saying these)
// ---------------------------------------------------------------------------
const expect = (date, kind, name) => {
  const r = rows.get(date);
  if (!r || r.kind !== kind || (name && r.name !== name)) {
    throw new Error(`sanity check failed: ${date} expected ${kind} ${name ?? ''}, got ${r ? `${r.kind} ${r.name}` : 'nothing'}`);
  }
};
expect('2024-02-04', 'MAKEUP_WORKDAY', '春节');
expect('2024-02-18', 'MAKEUP_WORKDAY', '春节');
for (let d = 1; d <= 7; d++) expect(`2024-10-0${d}`, 'HOLIDAY', '国庆节');
expect('2024-09-29', 'MAKEUP_WORKDAY', '国庆节');
expect('2024-10-12', 'MAKEUP_WORKDAY', '国庆节');
expect('2015-09-03', 'HOLIDAY', VICTORY_DAY);
expect('2015-09-06', 'MAKEUP_WORKDAY', VICTORY_DAY);
expect('2020-02-02', 'HOLIDAY', '春节'); // State Council extension (国办发明电〔2020〕1号)
if (rows.has('2020-02-01') && rows.get('2020-02-01').kind !== 'HOLIDAY') throw new Error('2020-02-01 must be a holiday');
for (let d = 15; d <= 23; d++) expect(`2026-02-${d}`, 'HOLIDAY', '春节');
expect('2026-02-14', 'MAKEUP_WORKDAY', '春节');
expect('2026-02-28', 'MAKEUP_WORKDAY', '春节');
for (const y of ['2017', '2020', '2023', '2025']) {
  if (!combinedYears.has(y)) throw new Error(`expected a combined 中秋节、国庆节 period in ${y}`);
}
expect('2017-09-30', 'MAKEUP_WORKDAY', COMBINED);
expect('2025-10-11', 'MAKEUP_WORKDAY', COMBINED);
for (const [date, r] of rows) {
  if (r.kind === 'MAKEUP_WORKDAY' && !isWeekend(date)) throw new Error(`make-up workday ${date} is not a weekend day`);
}
for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
  if (![...rows.keys()].some((d) => d.startsWith(`${y}-`))) throw new Error(`no data for ${y}`);
}

// ---------------------------------------------------------------------------
// 6. Write CSV
// ---------------------------------------------------------------------------
const sorted = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const csv = ['date,kind,name', ...sorted.map(([date, r]) => `${date},${r.kind},${r.name}`)].join('\n') + '\n';
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, csv, { encoding: 'utf8' });

const perYear = {};
for (const [date, r] of sorted) {
  const y = date.slice(0, 4);
  perYear[y] ??= { HOLIDAY: 0, MAKEUP_WORKDAY: 0, total: 0 };
  perYear[y][r.kind]++;
  perYear[y].total++;
}
console.log(`chinese-days ${pkgVersion('chinese-days')}, holiday-calendar ${pkgVersion('holiday-calendar')}`);
console.log(`wrote ${sorted.length} rows to ${OUT}`);
console.log('rows per year (year: HOLIDAY + MAKEUP_WORKDAY = total):');
for (const [y, c] of Object.entries(perYear)) console.log(`  ${y}: ${c.HOLIDAY} + ${c.MAKEUP_WORKDAY} = ${c.total}`);
console.log(`differences vs holiday-calendar (${diffs.length}):`);
for (const line of diffs) console.log(line);
