-- Every answer must be a whole page of one data version: the data-version meta tag in the body
-- matches the ETag header, and the page ends with </html>.
local bad, mismatched, truncated, versions = 0, 0, 0, {}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init() bad, mismatched, truncated = 0, 0, 0 end
function response(status, headers, body)
  if status < 200 or status >= 400 then bad = bad + 1 return end
  local meta = body:match('<meta name="data%-version" content="(%x+)">')
  local etag = headers["ETag"] or headers["etag"] or ""
  if not meta or not etag:find(meta, 1, true) then mismatched = mismatched + 1 end
  if not body:find("</html>%s*$") then truncated = truncated + 1 end
  if meta then versions[meta] = true end
  local n = 0 for _ in pairs(versions) do n = n + 1 end
  wrk.thread:set("versions", n)
  wrk.thread:set("bad", bad); wrk.thread:set("mismatched", mismatched); wrk.thread:set("truncated", truncated)
end
function done(summary, latency, requests)
  local b, m, t, v = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    b = b + (thread:get("bad") or 0); m = m + (thread:get("mismatched") or 0)
    t = t + (thread:get("truncated") or 0); v = math.max(v, thread:get("versions") or 0)
  end
  local e = summary.errors
  io.write(string.format("requests %d, socket errors connect %d read %d write %d timeout %d, non-2xx/3xx %d, version mismatches %d, truncated %d, data versions seen (per thread, max) %d\n",
    summary.requests, e.connect, e.read, e.write, e.timeout, b, m, t, v))
end
