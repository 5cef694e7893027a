// The filters shared by every view, kept in the page URL so that a view can
// be bookmarked and shared. The article view's state (?article=&event=) is
// kept there too.
export const FILTER_NAMES = ['actor', 'country', 'cameo', 'plover', 'from', 'to', 'place', 'q'];

export function readState() {
  const url = new URLSearchParams(location.search);
  const filters = {};
  for (const name of FILTER_NAMES) if (url.get(name)) filters[name] = url.get(name);
  return { filters, article: url.get('article'), event: url.get('event') };
}

export function writeState(state, { replace = false } = {}) {
  const url = new URLSearchParams();
  for (const [k, v] of Object.entries(state.filters)) if (v) url.set(k, v);
  if (state.article) url.set('article', state.article);
  if (state.event) url.set('event', state.event);
  const next = `${location.pathname}${url.toString() ? `?${url}` : ''}`;
  if (replace) history.replaceState(null, '', next); else history.pushState(null, '', next);
}

// Binds the header form to the state: fills it from the URL, and calls
// onChange(filters) when the analyst applies or clears it.
export function bindForm(form, clearButton, state, onChange) {
  for (const name of FILTER_NAMES) form.elements[name].value = state.filters[name] || '';
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const filters = {};
    for (const name of FILTER_NAMES) {
      const v = form.elements[name].value.trim();
      if (v) filters[name] = v;
    }
    onChange(filters);
  });
  clearButton.addEventListener('click', () => {
    for (const name of FILTER_NAMES) form.elements[name].value = '';
    onChange({});
  });
}
