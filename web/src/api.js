// Thin client for annalist's JSON API (docs/api.md).
export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') query.set(k, v);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || `${res.status} ${url}`);
  return body;
}
