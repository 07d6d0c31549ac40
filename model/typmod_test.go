package model

import "testing"

// TestTextTypmod holds the spellings of PostGIS modifiers together with
// what format_type prints for them (PostGIS 3.3), and other types' text.
func TestTextTypmod(t *testing.T) {
	rows := []struct {
		name string
		mods []string
		want string
	}{
		{"public.geometry", []string{"POINT", " 4326"}, "point,4326"},
		{"public.geometry", []string{"Point", "0"}, "point"},
		{"public.geometry", []string{"Geometry"}, ""},
		{"public.geometry", []string{"Geometry", "4326"}, "geometry,4326"},
		{"public.geometry", []string{"GeometryZ"}, "geometryz"},
		{"postgis.geography", []string{"Polygon"}, "polygon,4326"},
		{"public.geography", []string{"Point", "4269"}, "point,4269"},
		{"public.geography", []string{"Geometry"}, "geometry,4326"},
		{"public.other", []string{"A", "b"}, "a,b"},
		{"public.geometry", []string{"Point", "x"}, "point,x"},
	}
	for _, r := range rows {
		if got := TextTypmod(r.name, r.mods); got != r.want {
			t.Errorf("TextTypmod(%q, %q) = %q, want %q", r.name, r.mods, got, r.want)
		}
	}
	a := Type{Name: "public.geometry", TextMods: "point,4326"}
	b := Type{Name: "public.geometry", TextMods: "point,3857"}
	if a.Equal(b) || a.String() != "public.geometry(point,4326)" {
		t.Errorf("%s and %s: text modifiers are not compared", a, b)
	}
}
