// Package main is the sample application the tekton-cicd example's Pipeline clones, tests,
// scans and packs.
package main

import "fmt"

// Greeting returns the line the application prints for name.
func Greeting(name string) string {
	if name == "" {
		name = "world"
	}
	return fmt.Sprintf("Hello, %s!", name)
}
