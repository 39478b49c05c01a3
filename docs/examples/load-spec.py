# The contract from Python's standard library: its operations, a pattern
# compiled by Python's own `re`, and a call to the mock (`npm start`).
import json
import re
import sys
import urllib.error
import urllib.request

# In a project that installed the package: node_modules/smh-upload-contract/generated/openapi.json
spec = json.load(open("generated/openapi.json"))
base_url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:4010"

# A path key's "#name" tells apart calls OpenAPI would see on one path; it is never sent.
for key, item in spec["paths"].items():
    for method, operation in item.items():
        if method in ("get", "put", "post", "delete"):
            print(operation["operationId"], method.upper(), key.split("#")[0])
# → getUploadTask GET /api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}
# → cancelUpload DELETE /api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}
# → renewUpload POST /api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}
# → confirmUpload POST /api/v1/file/{LibraryId}/{SpaceId}/{ConfirmKey}
# → beginMultipartUpload POST /api/v1/file/{LibraryId}/{SpaceId}/{FilePath}
# → beginSimpleUpload PUT /api/v1/file/{LibraryId}/{SpaceId}/{FilePath}

# The patterns compile alike in ECMAScript, RE2 and Python: "." and ".." are no ConfirmKey.
pattern = re.compile(spec["components"]["parameters"]["ConfirmKey"]["schema"]["pattern"])
print([pattern.fullmatch(key) is not None for key in ("example-confirmed", ".", "..", "a/b")])
# → [True, False, False, False]

# A test key over HTTP: every error status carries the same SMH error body.
url = base_url + "/api/v1/file/smh0000000000000/-/example-SpaceBanned?upload&access_token=any-token"
try:
    urllib.request.urlopen(url)
except urllib.error.HTTPError as error:
    body = json.load(error)
    print(error.code, body["code"], body["requestId"] == error.headers["X-Request-Id"])
# → 403 SpaceBanned True
