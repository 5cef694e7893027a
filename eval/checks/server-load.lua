-- wrk script for eval/checks/server-load.sh: cycles through event queries
-- an analyst's dashboard makes (newest page, by country, by code, by dyad
-- side, a date range).
local paths = {
  "/api/events?limit=50",
  "/api/events?country=PAK&limit=50",
  "/api/events?cameo=19&limit=50",
  "/api/events?source=RUSGOV&limit=50",
  "/api/events?from=2023-03-01&to=2023-03-31&limit=50",
  "/api/events?plover=ACCUSE&limit=50",
  "/api/events?actor=USA&limit=20",
  "/api/events?target=CHNGOV&cameo=111&limit=50",
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
