package pipeline

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/ariadrift/ariadrift/diff"
	"github.com/ariadrift/ariadrift/model"
)

// Source is one description of the database: it produces a schema, and
// tells Log what it could not represent.
type Source interface {
	// Kind names the source; its place in ranks decides which side of a
	// pair it is on.
	Kind() model.Source
	// Load reads the source. Where it waits (on a database), it returns
	// when ctx is done: another source's failure makes its work useless.
	Load(ctx context.Context, log *Log) (*model.Schema, error)
}

// SelfComparer is a Source whose schema can contradict itself, such as SQL
// scripts that create one table twice. Its findings form the pair of the
// source with itself, compared after the pairs it is the right side of.
type SelfComparer interface {
	Source
	CompareSelf(s *model.Schema, opts diff.Options) []diff.Finding
}

// Log is what a source tells the run while it loads: progress for -v, and
// warnings for the report. A source may call it from several goroutines.
type Log struct {
	kind model.Source
	logf func(format string, args ...any)

	mu       sync.Mutex
	warnings []model.Warning
}

// Logf reports progress (shown with -v).
func (l *Log) Logf(format string, args ...any) {
	if l.logf != nil {
		l.logf(format, args...)
	}
}

// Warn records something the source read but left out of its schema.
func (l *Log) Warn(pos model.Pos, msg string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.warnings = append(l.warnings, model.Warning{Source: l.kind, Pos: pos, Message: msg})
}

// Loaded is a source after Load: its schema and its warnings, in the order
// it raised them.
type Loaded struct {
	Source   Source
	Schema   *model.Schema
	Warnings []model.Warning
}

// Load reads the sources concurrently, so a run costs about as much as its
// slowest source, and returns them in rank order. The first failure cancels
// the others (a SQL syntax error stops the database read): a source that
// cannot be read fails the whole run, since a partial comparison would
// report the unread side's objects as missing.
func Load(ctx context.Context, sources []Source, logf func(string, ...any)) ([]Loaded, error) {
	sources, err := ranked(sources)
	if err != nil {
		return nil, err
	}
	out := make([]Loaded, len(sources))
	logs := make([]*Log, len(sources))
	errs := make([]error, len(sources))
	g, gctx := errgroup.WithContext(ctx)
	for i, src := range sources {
		logs[i] = &Log{kind: src.Kind(), logf: logf}
		g.Go(func() error {
			out[i].Source = src
			out[i].Schema, errs[i] = src.Load(gctx, logs[i])
			return errs[i]
		})
	}
	if g.Wait() != nil {
		return nil, firstError(ctx, errs)
	}
	for i := range out {
		out[i].Warnings = logs[i].warnings
	}
	return out, nil
}

// firstError picks the error to report in rank order, whichever source
// finished first, so the message does not depend on timing. A source that
// stopped only because another one failed is passed over.
func firstError(ctx context.Context, errs []error) error {
	var canceled error
	for _, err := range errs {
		switch {
		case err == nil:
		case errors.Is(err, context.Canceled) && ctx.Err() == nil:
			canceled = cmp.Or(canceled, err)
		default:
			return err
		}
	}
	return canceled
}

// ranked orders the sources by rank and rejects a kind given twice or one
// ranks does not know.
func ranked(sources []Source) ([]Source, error) {
	byKind := map[model.Source]Source{}
	for _, s := range sources {
		k := s.Kind()
		if rank(k) < 0 {
			return nil, fmt.Errorf("pipeline: source %q has no rank", k)
		}
		if byKind[k] != nil {
			return nil, fmt.Errorf("pipeline: source %q given twice", k)
		}
		byKind[k] = s
	}
	var out []Source
	for _, k := range ranks {
		if s := byKind[k]; s != nil {
			out = append(out, s)
		}
	}
	return out, nil
}
