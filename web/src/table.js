// Events table: newest first, a page at a time (cursor pagination); a click
// on a row opens the event's article.
import { getJson } from './api.js';

const QUAD = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

export async function renderTable(container, filters, onEvent) {
  container.replaceChildren();
  const table = document.createElement('table');
  table.innerHTML = `<thead><tr><th>Date</th><th>Source</th><th>Event</th><th>Target</th>
    <th>PLOVER</th><th>Place</th><th>Mentions</th><th>Words</th></tr></thead><tbody></tbody>`;
  const scroll = document.createElement('div');
  scroll.className = 'table-scroll';
  scroll.append(table);
  container.append(scroll);
  const body = table.querySelector('tbody');
  const more = document.createElement('button');
  more.className = 'more';
  more.textContent = 'More events';
  container.append(more);

  let cursor = null;
  async function page() {
    const res = await getJson('/api/events', { ...filters, limit: 50, cursor });
    for (const e of res.events) {
      const tr = document.createElement('tr');
      tr.className = 'event-row';
      tr.dataset.event = e.id;
      tr.title = `${e.evidence.rule}\n${e.evidence.dictionary}`;
      const cells = [e.date, `${e.source.code} ${e.source.name}`, e.cameo, `${e.target.code} ${e.target.name}`,
        e.plover, e.place ? e.place.name : '', e.num_mentions, e.evidence.verb];
      for (const c of cells) {
        const td = document.createElement('td');
        td.textContent = c ?? '';
        tr.append(td);
      }
      tr.children[2].className = `q${e.quad_class}`;
      tr.children[2].title = QUAD[e.quad_class] || '';
      tr.addEventListener('click', () => onEvent(e));
      body.append(tr);
    }
    cursor = res.next_cursor;
    more.hidden = !cursor;
    if (!body.children.length) {
      body.innerHTML = '<tr><td colspan="8" class="empty">No events match.</td></tr>';
    }
  }
  more.addEventListener('click', page);
  await page();
}
