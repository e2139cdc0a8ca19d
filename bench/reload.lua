-- Every answer must be a whole page of one data version. The bench renames the pair's first model on
-- every valid write ("Name 3", "Name 5", ...), so a page that mixes two versions names the model two
-- ways; the page must also end with </html>. Distinct ETags count the data versions seen.
local bad, mismatched, truncated, versions = 0, 0, 0, {}
local threads = {}
local name = os.getenv("RELOAD_NAME") or ""
local pattern = name:gsub("%p", "%%%0") .. "( ?%d*)"
function setup(thread) table.insert(threads, thread) end
function init() bad, mismatched, truncated = 0, 0, 0 end
function response(status, headers, body)
  if status < 200 or status >= 400 then bad = bad + 1 return end
  if name ~= "" then
    local seen = nil
    for suffix in body:gmatch(pattern) do
      suffix = suffix:match("^ %d+$") or ""
      if seen == nil then seen = suffix elseif seen ~= suffix then mismatched = mismatched + 1 break end
    end
  end
  if not body:find("</html>%s*$") then truncated = truncated + 1 end
  local etag = headers["ETag"] or headers["etag"]
  if etag then versions[etag] = true end
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
  io.write(string.format("requests %d, socket errors connect %d read %d write %d timeout %d, non-2xx/3xx %d, pages naming the model two ways %d, truncated %d, data versions seen (distinct ETags per thread, max) %d\n",
    summary.requests, e.connect, e.read, e.write, e.timeout, b, m, t, v))
end
