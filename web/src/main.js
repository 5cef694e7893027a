// The dashboard: four views over the same filters (timeline, map, network,
// table) and an article view, all driven by the state in the page URL.
import { bindForm, readState, writeState } from './filters.js';
import { renderTimeline } from './timeline.js';
import { renderMap } from './map.js';
import { renderNetwork } from './network.js';
import { renderTable } from './table.js';
import { renderArticle } from './article.js';
import { getJson } from './api.js';

let state = readState();
const $ = (id) => document.getElementById(id);

function openEvent(e) {
  state = { ...state, article: String(e.evidence.article), event: String(e.id) };
  writeState(state);
  showArticle();
}

function filterActor(code) {
  state = { ...state, filters: { ...state.filters, actor: code } };
  writeState(state);
  for (const input of $('filters').elements) if (input.name === 'actor') input.value = code;
  renderViews();
}

async function guard(view, work) {
  const body = view.querySelector('.body');
  try {
    await work(body);
  } catch (err) {
    body.innerHTML = '';
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = `Could not load: ${err.message}`;
    body.append(p);
  }
}

// data-ready marks the end of a redraw (the end-to-end tests wait for it).
function renderViews() {
  document.body.setAttribute('data-ready', 'false');
  const f = state.filters;
  const minWeight = Number($('min-weight').value) || 1;
  return Promise.all([
    guard($('timeline-view'), (el) => renderTimeline(el, f)),
    guard($('map-view'), (el) => renderMap(el, f, openEvent)),
    guard($('network-view'), (el) => renderNetwork(el, f, minWeight, filterActor)),
    guard($('table-view'), (el) => renderTable(el, f, openEvent)),
  ]).then(() => document.body.setAttribute('data-ready', 'true'));
}

async function showStats() {
  const s = await getJson('/api/stats').catch(() => null);
  if (s) $('stats').textContent = `${s.articles} articles · ${s.events} events · ${s.mentions} mentions`;
}

function showArticle() {
  const aside = $('article-view');
  aside.hidden = !state.article;
  aside.setAttribute('data-ready', 'false');
  if (state.article) {
    guard(aside, (el) => renderArticle(el, state.article, state.event))
      .then(() => aside.setAttribute('data-ready', 'true'));
  }
}

function followLive() {
  if (!window.EventSource) return;
  const source = new EventSource('/api/stream');
  let fresh = 0, timer = null;
  source.addEventListener('event', () => {
    fresh += 1;
    $('live').textContent = `${fresh} new event${fresh > 1 ? 's' : ''} live`;
    clearTimeout(timer);
    timer = setTimeout(() => { renderViews(); showStats(); }, 2000);  // batch redraws during an ingest
  });
}

bindForm($('filters'), $('clear'), state, (filters) => {
  state = { ...state, filters };
  writeState(state);
  renderViews();
});
$('min-weight').addEventListener('change', renderViews);
$('close-article').addEventListener('click', () => {
  state = { ...state, article: null, event: null };
  writeState(state);
  showArticle();
});
addEventListener('popstate', () => {
  state = readState();
  renderViews();
  showArticle();
});
renderViews();
showArticle();
showStats();
followLive();
