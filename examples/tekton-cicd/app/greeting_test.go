package main

import "testing"

func TestGreeting(t *testing.T) {
	cases := map[string]string{
		"":     "Hello, world!",
		"team": "Hello, team!",
	}
	for name, want := range cases {
		if got := Greeting(name); got != want {
			t.Errorf("Greeting(%q) = %q, want %q", name, got, want)
		}
	}
}
