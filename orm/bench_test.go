package orm

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ariadrift/ariadrift/model"
)

// genModels writes a declarative module of n models, each with the
// constructs a real models file mixes: a key, typed and optional columns,
// a server default, a foreign key, an index and table arguments.
func genModels(n int) []byte {
	var b strings.Builder
	b.WriteString(header + base2)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `
class Model%[1]d(Base):
    __tablename__ = "model_%[1]d"
    __table_args__ = (UniqueConstraint("name", "kind"), Index("model_%[1]d_created", "created_at"))
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), index=True)
    kind: Mapped[Optional[str]] = mapped_column(String(50), server_default="general")
    score: Mapped[Decimal] = mapped_column(Numeric(10, 6))
    data: Mapped[dict] = mapped_column(JSONB, server_default=text("'{}'::jsonb"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("model_%[2]d.id", ondelete="CASCADE"))
`, i, max(i-1, 0))
	}
	return []byte(b.String())
}

func BenchmarkParse2000Models(b *testing.B) {
	src := genModels(2000)
	b.SetBytes(int64(len(src)))
	start := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := Parse(src, "models.py", Options{Warn: func(model.Pos, string) {}})
		if err != nil {
			b.Fatal(err)
		}
		if len(s.Tables) != 2000 {
			b.Fatalf("%d tables", len(s.Tables))
		}
	}
	// CPU time per parse, which a machine shared with other work measures
	// more steadily than the time on the clock.
	b.ReportMetric((cpuTime()-start).Seconds()/float64(b.N), "cpu-s/op")
}

// cpuTime is the user and system time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
