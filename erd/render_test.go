package erd_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

var pngDir = flag.String("png", "", "also render the golden diagrams as PNG files into this directory, to look at them")

// toolDir holds the renderer's package.json and lockfile; `npm ci` there
// installs it (.ci/run does).
const toolDir = "../tools/mermaid"

// renderer finds Mermaid's command-line renderer and the puppeteer config
// naming the browser: $ARIADRIFT_MMDC, then the tool folder, then PATH, and
// $ARIADRIFT_PUPPETEER_CONFIG or the tool folder's config. A missing renderer
// fails the test under CI=true and skips it elsewhere, saying how to install it.
func renderer(t *testing.T) (mmdc, config string) {
	t.Helper()
	mmdc, config, err := findRenderer()
	if err == nil {
		return mmdc, config
	}
	msg := fmt.Sprintf("no Mermaid renderer: %v (run `PUPPETEER_SKIP_DOWNLOAD=1 npm ci` in tools/mermaid and install Debian's chromium package)", err)
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return "", ""
}

func findRenderer() (mmdc, config string, err error) {
	config = os.Getenv("ARIADRIFT_PUPPETEER_CONFIG")
	if config == "" {
		config = filepath.Join(toolDir, "puppeteer.json")
	}
	data, err := os.ReadFile(config)
	if err != nil {
		return "", "", err
	}
	var c struct {
		ExecutablePath string `json:"executablePath"`
	}
	if err := json.Unmarshal(data, &c); err != nil {
		return "", "", fmt.Errorf("%s: %w", config, err)
	}
	if c.ExecutablePath != "" {
		if _, err := os.Stat(c.ExecutablePath); err != nil {
			return "", "", fmt.Errorf("the browser %s named by %s: %w", c.ExecutablePath, config, err)
		}
	}
	if mmdc = os.Getenv("ARIADRIFT_MMDC"); mmdc != "" {
		return mmdc, config, nil
	}
	local := filepath.Join(toolDir, "node_modules", ".bin", "mmdc")
	if _, err := os.Stat(local); err == nil {
		abs, err := filepath.Abs(local)
		return abs, config, err
	}
	if mmdc, err = exec.LookPath("mmdc"); err != nil {
		return "", "", errors.New("mmdc is not in tools/mermaid/node_modules, $ARIADRIFT_MMDC or PATH")
	}
	return mmdc, config, nil
}

// TestRenderGoldens renders every golden diagram with the real Mermaid
// renderer, in one browser session: a syntax error fails the render, and
// the drift marks must be in the picture's text.
func TestRenderGoldens(t *testing.T) {
	mmdc, config := renderer(t)
	goldens, err := filepath.Glob("testdata/*.mmd")
	require.NoError(t, err)
	require.NotEmpty(t, goldens)

	// mmdc renders each mermaid block of a markdown file to out-N.svg.
	dir := t.TempDir()
	var md strings.Builder
	for _, g := range goldens {
		src, err := os.ReadFile(g)
		require.NoError(t, err)
		fmt.Fprintf(&md, "# %s\n\n```mermaid\n%s```\n\n", g, src)
	}
	in := filepath.Join(dir, "in.md")
	require.NoError(t, os.WriteFile(in, []byte(md.String()), 0o644))
	runMmdc(t, mmdc, "-p", config, "-i", in, "-o", filepath.Join(dir, "out.md"))

	for i, g := range goldens {
		svg, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("out-%d.svg", i+1)))
		require.NoError(t, err, "mmdc wrote no picture for %s", g)
		text := svgText(t, svg)
		for _, mark := range []string{"(not in sql", "(only in sql", "parent_goal_id", "FK only in sql"} {
			require.Contains(t, text, mark, "%s: the rendered picture lacks %q", g, mark)
		}
		if *pngDir != "" {
			require.NoError(t, os.MkdirAll(*pngDir, 0o755))
			png := filepath.Join(*pngDir, strings.TrimSuffix(filepath.Base(g), ".mmd")+".png")
			runMmdc(t, mmdc, "-p", config, "-i", g, "-o", png, "-w", "2400", "-b", "white")
		}
	}
}

// runMmdc runs the renderer, failing the test with its output when it
// fails. A browser that times out loading its page (a busy machine) is given
// one more try; a diagram Mermaid rejects fails at once.
func runMmdc(t *testing.T, mmdc string, args ...string) {
	t.Helper()
	for try := 1; ; try++ {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		var out bytes.Buffer
		cmd := exec.CommandContext(ctx, mmdc, append([]string{"-q"}, args...)...)
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		cancel()
		if err != nil && try == 1 && strings.Contains(out.String(), "TimeoutError") {
			t.Logf("mmdc timed out, trying again:\n%s", out.String())
			continue
		}
		require.NoError(t, err, "mmdc %s:\n%s", strings.Join(args, " "), out.String())
		require.NotContains(t, out.String(), "Error", "mmdc reported an error")
		return
	}
}

// svgText returns the text of a well-formed SVG document, one string per
// text node, joined by newlines.
func svgText(t *testing.T, svg []byte) string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	dec.Strict = false
	var b strings.Builder
	root := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "the renderer's SVG is not well-formed")
		switch tok := tok.(type) {
		case xml.StartElement:
			if root == "" {
				root = tok.Name.Local
			}
		case xml.CharData:
			if s := strings.TrimSpace(string(tok)); s != "" {
				b.WriteString(s + "\n")
			}
		}
	}
	require.Equal(t, "svg", root)
	return b.String()
}
