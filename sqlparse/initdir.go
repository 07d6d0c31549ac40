package sqlparse

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ariadrift/ariadrift/model"
)

// An init folder is read as the official postgres image runs
// /docker-entrypoint-initdb.d: its files in name order, *.sql as they are
// and *.sql.gz uncompressed. What the image also runs but a replay cannot
// read, a shell script or a script compressed otherwise, is reported, so
// that drift it causes is not taken for drift in the database.

// maxUncompressed bounds what one *.sql.gz may expand to, so that a
// compression bomb fails with a message instead of exhausting memory.
const maxUncompressed = 1 << 30

// folderFiles lists the scripts of an init folder in name order, warning
// of each file the image would run that is not read.
func folderFiles(dir string, opts Options) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read SQL directory: %w", err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var files []string
	for _, n := range names {
		p := filepath.Join(dir, n)
		switch {
		case strings.HasSuffix(n, ".sql"), strings.HasSuffix(n, ".sql.gz"):
			files = append(files, p)
		case strings.HasSuffix(n, ".sh") && opts.Warn != nil:
			opts.Warn(model.Pos{File: p}, "shell script not read: what it does to the schema is not known")
		case (strings.HasSuffix(n, ".sql.xz") || strings.HasSuffix(n, ".sql.zst")) && opts.Warn != nil:
			opts.Warn(model.Pos{File: p}, "compressed script not read: only .sql and .sql.gz files are")
		}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("read SQL directory %s: no .sql or .sql.gz files", dir)
	}
	return files, nil
}

// readScript reads a script, uncompressing a *.sql.gz.
func readScript(path string) ([]byte, error) {
	data, err := readRegular(path)
	if err != nil || !strings.HasSuffix(path, ".gz") {
		return data, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, maxUncompressed+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(out) > maxUncompressed {
		return nil, fmt.Errorf("%s: uncompresses to more than %d bytes", path, maxUncompressed)
	}
	return out, nil
}
