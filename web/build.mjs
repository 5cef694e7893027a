// Builds the dashboard into dist/: bundles src/ with esbuild and copies the
// page, the stylesheet, the world map (world-atlas, Natural Earth 110m) and a
// small ISO alpha-3 -> numeric table (world-countries) that joins the map's
// country ids to annalist's country codes. No CDN: everything is local.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const here = new URL('.', import.meta.url).pathname;
const dist = `${here}dist`;
mkdirSync(dist, { recursive: true });

await build({
  entryPoints: [`${here}src/main.js`],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  outfile: `${dist}/app.js`,
  logLevel: 'warning',
});
copyFileSync(`${here}index.html`, `${dist}/index.html`);
copyFileSync(`${here}style.css`, `${dist}/style.css`);
copyFileSync(`${here}node_modules/world-atlas/countries-110m.json`, `${dist}/countries-110m.json`);

const countries = JSON.parse(
  readFileSync(`${here}node_modules/world-countries/countries.json`, 'utf8'));
const iso = {};
for (const c of countries) {
  if (c.ccn3) iso[c.cca3] = { numeric: c.ccn3, name: c.name.common };
}
writeFileSync(`${dist}/iso3.json`, JSON.stringify(iso));
console.log(`dashboard built in ${dist}`);
