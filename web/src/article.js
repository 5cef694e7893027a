// Article view: the article's text with every extracted item highlighted on
// the words that produced it; hovering shows the code and the dictionary rule.
import { getJson } from './api.js';
import { showTip, hideTip } from './tooltip.js';

// Smaller spans and more specific kinds win where spans overlap.
const PRIORITY = { event: 6, actor: 5, place: 4, time: 4, quantity: 4, quote: 1 };

function collectSpans(record) {
  const spans = [];
  const add = (kind, span, tip, extra = {}) => {
    if (span && span.end > span.start) spans.push({ kind, start: span.start, end: span.end, tip, ...extra });
  };
  record.events.forEach((e, i) => add('event', e.evidence.verb,
    `event ${e.cameo} ${e.plover || ''}: ${e.source.code || '—'} → ${e.target.code || '—'}` +
    `${e.negated ? ' (negated)' : ''}\nrule: ${e.evidence.rule}\n${e.evidence.dictionary}`, { index: i }));
  for (const a of record.actors) {
    add('actor', a, `actor ${a.code} (${a.kind})${a.name ? `: ${a.name}` : ''}` +
      (a.evidence ? `\nrule: ${a.evidence.rule}\n${a.evidence.dictionary}` : ''));
  }
  for (const q of record.quotes) {
    add('quote', q.content, `${q.direct ? 'direct' : 'indirect'} quote` +
      `${q.speaker ? ` by ${q.speaker.text}` : ''}${q.cue ? ` (${q.cue.text})` : ''}`);
  }
  for (const p of record.places) {
    add('place', p, `place ${p.name}, ${p.country} (${p.feature}) ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`);
  }
  for (const t of record.times) add('time', t, `${t.type} ${t.value}`);
  for (const q of record.quantities) {
    add('quantity', q, `quantity ${q.value}${q.unit ? ` ${q.unit}` : ''}` +
      `${q.about ? ` of ${q.about}` : ''}${q.approximate ? ` (${q.approximate})` : ''}`);
  }
  return spans;
}

// Splits the code points of `text` into runs covered by the same best span.
function segments(chars, spans) {
  const best = new Array(chars.length).fill(null);
  for (const s of spans) {
    for (let i = s.start; i < Math.min(s.end, chars.length); i++) {
      const b = best[i];
      if (!b || PRIORITY[s.kind] > PRIORITY[b.kind] ||
          (PRIORITY[s.kind] === PRIORITY[b.kind] && s.end - s.start < b.end - b.start)) best[i] = s;
    }
  }
  const out = [];
  for (let i = 0; i < chars.length;) {
    let j = i + 1;
    while (j < chars.length && best[j] === best[i]) j++;
    out.push({ text: chars.slice(i, j).join(''), span: best[i] });
    i = j;
  }
  return out;
}

export async function renderArticle(container, articleId, eventId) {
  const article = await getJson(`/api/articles/${articleId}`);
  const record = article.record;
  const selected = article.event_ids.indexOf(Number(eventId));
  container.replaceChildren();
  const h = document.createElement('h2');
  h.textContent = article.title || record.id;
  const meta = document.createElement('p');
  meta.className = 'legend';
  meta.innerHTML = `published ${record.published || 'unknown'} · ` +
    Object.keys(PRIORITY).map((k) => `<span class="hl hl-${k}">${k}</span>`).join(' ');
  const body = document.createElement('div');
  body.className = 'article-text';
  const chars = Array.from(article.text);  // record offsets count code points
  for (const seg of segments(chars, collectSpans(record))) {
    if (!seg.span) {
      body.append(seg.text);
      continue;
    }
    const el = document.createElement('span');
    el.className = `hl hl-${seg.span.kind}`;
    el.textContent = seg.text;
    if (seg.span.kind === 'event') {
      el.dataset.eventIndex = seg.span.index;
      if (seg.span.index === selected) el.classList.add('selected');
    }
    el.addEventListener('mousemove', (e) => showTip(e, seg.span.tip));
    el.addEventListener('mouseleave', hideTip);
    body.append(el);
  }
  container.append(h, meta, body);
  container.querySelector('.selected')?.scrollIntoView({ block: 'center' });
}
