# The simulator's own routes over HTTP, as a test in any language drives them (here against `npm start`).
mock=http://127.0.0.1:4010
# Forget every task, file and fault, and put the clock back.
curl -s -X POST "$mock/__smh-mock/reset" -w '%{http_code}\n'
# → 204
# Seed a task under a key of your own: 5 MiB in 1 MiB parts, parts 1 to 3 stored.
curl -s -X POST "$mock/__smh-mock/tasks" -w '\n' \
  -d '{"filePath":"videos/clip.mp4","fileSize":5242880,"storedParts":[1,2,3],"confirmKey":"seeded-clip"}'
# → {"confirmKey":"seeded-clip","kind":"multipart",…,"pendingFaults":0}
# Plan faults, each met once: part 4's first PUT meets expired credentials, the next status call a rate limit.
curl -s -X POST "$mock/__smh-mock/tasks/seeded-clip/faults" -w '\n' \
  -d '{"faults":[{"call":"storage","partNumber":4,"fault":"expired"},{"call":"getUploadTask","fault":"RateLimitExceeded"}]}'
# → {"confirmKey":"seeded-clip",…,"pendingFaults":2}
# The service's own call meets its fault once, then answers from the task.
curl -s "$mock/api/v1/file/smh0000000000000/-/seeded-clip?upload&access_token=t" -w ' %{http_code}\n'
# → {"code":"RateLimitExceeded","message":"rate limit exceeded","requestId":"…"} 429
curl -s "$mock/api/v1/file/smh0000000000000/-/seeded-clip?upload&access_token=t" -o /dev/null -w '%{http_code}\n'
# → 200
# Read the task back, then move the clock an hour on: its part credentials expire.
curl -s "$mock/__smh-mock/tasks/seeded-clip" -w '\n'
# → {"confirmKey":"seeded-clip",…,"pendingFaults":1}
curl -s -X POST "$mock/__smh-mock/clock" -d '{"advanceMs":3600000}' -w '\n'
# → {"now":"…"}
