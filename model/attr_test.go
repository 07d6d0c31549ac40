package model

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestAttrs(t *testing.T) {
	var attrs []Attr
	_, ok := AttrOf[DocEntry](attrs)
	require.False(t, ok, "no attribute in an empty list")

	attrs = SetAttr(attrs, DocEntry{Section: "Core", Number: 1})
	attrs = SetAttr(attrs, ClientDefault{Default: "datetime.utcnow"})
	attrs = SetAttr(attrs, DocEntry{Section: "Core", Number: 2, Note: "n"})
	require.Len(t, attrs, 2, "setting an attribute of a type already there replaces it")

	e, ok := AttrOf[DocEntry](attrs)
	require.True(t, ok)
	require.Equal(t, DocEntry{Section: "Core", Number: 2, Note: "n"}, e)
	cd, ok := AttrOf[ClientDefault](attrs)
	require.True(t, ok)
	require.Equal(t, "datetime.utcnow", cd.Default)
	_, ok = AttrOf[Document](attrs)
	require.False(t, ok, "a type that was never set is absent")
}
