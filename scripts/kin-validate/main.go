// kin-validate FILE...: loads each OpenAPI 3.0 file with kin-openapi, the Go library that oapi-codegen and
// Go servers load specs with, and runs its validation. Prints "FILE: OK" or "FILE: INVALID: why"; exits 1 if
// any file fails. Built by scripts/openapi-validators.ts in GOPATH mode against Debian's packaged kin-openapi.
package main

import (
	"fmt"
	"os"

	"github.com/getkin/kin-openapi/openapi3"
)

func main() {
	failed := false
	for _, path := range os.Args[1:] {
		loader := openapi3.NewLoader()
		// The exported files are self-contained: an external $ref is a defect, and nothing is ever fetched.
		loader.IsExternalRefsAllowed = false
		doc, err := loader.LoadFromFile(path)
		if err == nil {
			// Defaults of this kin-openapi: examples are validated against their schemas too.
			err = doc.Validate(loader.Context)
		}
		if err != nil {
			fmt.Printf("%s: INVALID: %v\n", path, err)
			failed = true
			continue
		}
		fmt.Printf("%s: OK\n", path)
	}
	if failed {
		os.Exit(1)
	}
}
