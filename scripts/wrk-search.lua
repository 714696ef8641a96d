-- wrk script for GET /api/v1/search: each request takes the next query of a fixed mix
-- (single words, two words, a phrase, a prefix, an exclusion, filters only, Russian), so the
-- server sees the spread of a real search box rather than one query over and over.
--
--   rostrum serve --db /tmp/sperf-1m.sqlite --port 8091 &
--   wrk -t2 -c16 -d30s --latency -s scripts/wrk-search.lua http://127.0.0.1:8091
--
-- Queries are already URL-encoded. Each wrk thread starts at a different place in the list.

local queries = {
  "trade",                                             -- a common word
  "investment%20projects",                             -- two words (AND)
  "%22Far%20East%22",                                  -- "Far East" (phrase)
  "invest*",                                           -- prefix
  "energy%20-gas%20year%3A2016..2019",                 -- word, exclusion, year filter
  "kind%3Aproblem%20country%3ACN",                     -- filters only
  "%D0%B8%D0%BD%D0%B2%D0%B5%D1%81%D1%82%D0%B8%D1%86%D0%B8%D0%B8%20lang%3Aru", -- инвестиции lang:ru
  "tourism%20has%3Afigures",                           -- word + has:figures
}

local counter = 0
local threads = 0

function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end

function init(args)
  counter = (offset or 0) * 3
end

function request()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  return wrk.format("GET", "/api/v1/search?q=" .. q .. "&limit=10")
end
