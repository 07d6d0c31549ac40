package orm

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/ariadrift/ariadrift/model"
)

// header is the import block every rule snippet starts with.
const header = `from __future__ import annotations
import enum, uuid, datetime as dt
from datetime import datetime, date
from decimal import Decimal
from typing import Annotated, Optional, Union, Literal
import sqlalchemy as sa
from sqlalchemy import (Column, Integer, BigInteger, String, Text, ForeignKey, Index, func, text,
    UniqueConstraint, CheckConstraint, ForeignKeyConstraint, PrimaryKeyConstraint, MetaData, Table,
    Identity, Computed, DateTime, Numeric, Boolean, Enum)
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import JSONB, UUID, ARRAY, INET
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, declared_attr, declarative_base
`

// base2 declares a 2.0 declarative base.
const base2 = "class Base(DeclarativeBase):\n    pass\n"

// facts renders a schema as one line per fact, so that a rule row can
// name the facts it proves.
func facts(s *model.Schema, warns []string) []string {
	var out []string
	for _, t := range s.Tables {
		q := t.QName().String()
		out = append(out, "table "+q+" model="+t.Model)
		for _, c := range t.Columns {
			f := fmt.Sprintf("%s.%s %s", q, c.Name, c.Type)
			if c.NotNull {
				f += " NOT NULL"
			}
			if c.Default != "" {
				f += " DEFAULT " + c.Default
			}
			if c.AutoIncrement {
				f += " auto"
			}
			if c.Identity != "" {
				f += " identity " + c.Identity
			}
			if c.Generated != "" {
				f += " generated " + c.Generated
			}
			if c.Attr != "" {
				f += " attr=" + c.Attr
			}
			out = append(out, f)
		}
		if k := t.PrimaryKey; k != nil {
			out = append(out, fmt.Sprintf("%s pk %s (%s)", q, k.Name, strings.Join(k.Columns, ", ")))
		}
		for _, k := range t.Uniques {
			out = append(out, fmt.Sprintf("%s unique %s (%s)", q, k.Name, strings.Join(k.Columns, ", ")))
		}
		for _, ix := range t.Indexes {
			out = append(out, fmt.Sprintf("%s index %s %s", q, ix.Name, ix.Definition()))
		}
		for _, fk := range t.ForeignKeys {
			out = append(out, fmt.Sprintf("%s fk %s %s", q, fk.Name, fk.Definition()))
		}
		for _, ck := range t.Checks {
			out = append(out, fmt.Sprintf("%s check %s (%s)", q, ck.Name, ck.Expr))
		}
	}
	for _, e := range s.Enums {
		out = append(out, fmt.Sprintf("enum %s.%s (%s)", e.Schema, e.Name, strings.Join(e.Values, ", ")))
	}
	out = append(out, warns...)
	sort.Strings(out)
	return out
}

// rule is one SQLAlchemy rule: a snippet and facts that must (want) and
// must not (not) follow from it. A want or not line that ends in "*"
// matches as a prefix.
type rule struct {
	name string
	src  string
	want []string
	not  []string
}

func runRules(t *testing.T, rules []rule) {
	t.Helper()
	for _, r := range rules {
		t.Run(r.name, func(t *testing.T) {
			var warns []string
			src := header + r.src
			s, err := Parse([]byte(src), "m.py", Options{
				Warn: func(p model.Pos, msg string) {
					warns = append(warns, fmt.Sprintf("warn %d: %s", p.Line-strings.Count(header, "\n"), msg))
				},
				Types: map[string]string{"Vector": "vector"},
			})
			if err != nil {
				t.Fatal(err)
			}
			got := facts(s, warns)
			for _, w := range r.want {
				if !hasFact(got, w) {
					t.Errorf("missing fact %q; got:\n  %s", w, strings.Join(got, "\n  "))
				}
			}
			for _, w := range r.not {
				if hasFact(got, w) {
					t.Errorf("unexpected fact %q; got:\n  %s", w, strings.Join(got, "\n  "))
				}
			}
		})
	}
}

func hasFact(got []string, w string) bool {
	for _, g := range got {
		if g == w || (strings.HasSuffix(w, "*") && strings.HasPrefix(g, strings.TrimSuffix(w, "*"))) {
			return true
		}
	}
	return false
}

func TestNullabilityRules(t *testing.T) {
	runRules(t, []rule{
		{name: "Mapped[X] is NOT NULL", src: base2 + "class A(Base):\n    __tablename__ = 'a'\n    id: Mapped[int] = mapped_column(primary_key=True)\n    x: Mapped[str] = mapped_column(String(100), server_default='general')\n",
			want: []string{"a.x character varying(100) NOT NULL DEFAULT 'general'"}},
		{name: "Optional[X] is nullable", src: base2 + "class A(Base):\n    __tablename__ = 'a'\n    id: Mapped[int] = mapped_column(primary_key=True)\n    x: Mapped[Optional[str]]\n",
			want: []string{"a.x character varying"}},
		{name: "X | None is nullable", src: base2 + "class A(Base):\n    __tablename__ = 'a'\n    id: Mapped[int] = mapped_column(primary_key=True)\n    x: Mapped[int | None]\n",
			want: []string{"a.x integer"}},
		{name: "Union[X, None] is nullable", src: base2 + "class A(Base):\n    __tablename__ = 'a'\n    id: Mapped[int] = mapped_column(primary_key=True)\n    x: Mapped[Union[int, None]] = mapped_column()\n",
			want: []string{"a.x integer"}},
		{name: "quoted annotation", src: base2 + "class A(Base):\n    __tablename__ = 'a'\n    id: Mapped[int] = mapped_column(primary_key=True)\n    x: Mapped['Optional[int]']\n    y: 'Mapped[int]'\n",
			want: []string{"a.x integer", "a.y integer NOT NULL"}},
		{name: "explicit nullable wins over the annotation", src: base2 + "class A(Base):\n    __tablename__ = 'a'\n    id: Mapped[int] = mapped_column(primary_key=True)\n    x: Mapped[Optional[int]] = mapped_column(nullable=False)\n    y: Mapped[int] = mapped_column(nullable=True)\n",
			want: []string{"a.x integer NOT NULL", "a.y integer"}},
		{name: "primary key is NOT NULL", src: base2 + "class A(Base):\n    __tablename__ = 'a'\n    id: Mapped[Optional[str]] = mapped_column(primary_key=True)\n",
			want: []string{"a.id character varying NOT NULL"}},
		{name: "classic Column is nullable", src: "Base = declarative_base()\nclass A(Base):\n    __tablename__ = 'a'\n    id = Column(Integer, primary_key=True)\n    x = Column(String(10))\n    y = Column(String(10), nullable=False)\n",
			want: []string{"a.x character varying(10)", "a.y character varying(10) NOT NULL", "a.id integer NOT NULL auto"}},
		{name: "Column under a Mapped annotation keeps Column's rule", src: base2 + "class A(Base):\n    __tablename__ = 'a'\n    id: Mapped[int] = Column(Integer, primary_key=True)\n    x: Mapped[str] = Column(String)\n",
			want: []string{"a.x character varying"}},
	})
}

func TestTypeRules(t *testing.T) {
	runRules(t, []rule{
		{name: "default type map", src: base2 + `class Status(enum.Enum):
    on = "x"
    off = "y"
class A(Base):
    __tablename__ = 'a'
    id: Mapped[int] = mapped_column(primary_key=True)
    f: Mapped[float]
    b: Mapped[bool]
    d: Mapped[Decimal]
    ts: Mapped[datetime]
    dd: Mapped[date]
    t: Mapped[dt.time]
    td: Mapped[dt.timedelta]
    u: Mapped[uuid.UUID]
    by: Mapped[bytes]
    s: Mapped[str]
    e: Mapped[Status]
    l: Mapped[Literal["aa", "bbbb"]]
`, want: []string{"a.f double precision NOT NULL", "a.b boolean NOT NULL", "a.d numeric NOT NULL",
			"a.ts timestamp without time zone NOT NULL", "a.dd date NOT NULL", "a.t time without time zone NOT NULL",
			"a.td interval NOT NULL", "a.u uuid NOT NULL", "a.by bytea NOT NULL", "a.s character varying NOT NULL",
			"a.e public.status NOT NULL", "enum public.status (on, off)", "a.l character varying(4) NOT NULL"}},
		{name: "type_annotation_map and Annotated aliases", src: `str50 = Annotated[str, 50]
intpk = Annotated[int, mapped_column(primary_key=True)]
class Base(DeclarativeBase):
    type_annotation_map = {str50: String(50), datetime: DateTime(timezone=True)}
class A(Base):
    __tablename__ = 'a'
    id: Mapped[intpk]
    name: Mapped[str50]
    at: Mapped[Optional[datetime]]
`, want: []string{"a.id integer NOT NULL auto", "a.name character varying(50) NOT NULL", "a.at timestamp with time zone", "a pk a_pkey (id)"}},
		{name: "explicit types", src: base2 + `class A(Base):
    __tablename__ = 'a'
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    a: Mapped[str] = mapped_column(sa.String(255))
    b: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    c: Mapped[Decimal] = mapped_column(Numeric(10, 6))
    d: Mapped[dict] = mapped_column(JSONB)
    e: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    f: Mapped[list[str]] = mapped_column(ARRAY(String(20)))
    g: Mapped[str] = mapped_column(INET)
    h: Mapped[str] = mapped_column(Enum("x", "y", name="kind"))
    i: Mapped[str] = mapped_column(Enum("x", "yy", native_enum=False))
    j: Mapped[float] = mapped_column(sa.Float(precision=10))
    k: Mapped[str] = mapped_column(postgresql.TIMESTAMP(timezone=True, precision=3))
    v = mapped_column(Vector(3))
`, want: []string{"a.id bigint NOT NULL auto", "a.a character varying(255) NOT NULL", "a.b timestamp with time zone NOT NULL",
			"a.c numeric(10,6) NOT NULL", "a.d jsonb NOT NULL", "a.e uuid NOT NULL", "a.f character varying(20)[] NOT NULL",
			"a.g inet NOT NULL", "a.h public.kind NOT NULL", "enum public.kind (x, y)", "a.i character varying(2) NOT NULL",
			"a.j real NOT NULL", "a.k timestamp(3) with time zone NOT NULL", "a.v public.vector"}},
		{name: "collation, and FetchedValue emits no default", src: "Base = declarative_base()\nclass A(Base):\n    __tablename__ = 'a'\n    id = Column(Integer, primary_key=True)\n    h = Column(String(40, collation='C'))\n    r = Column(Integer, server_default=sa.FetchedValue())\n",
			want: []string{"a.h character varying(40)", "a.r integer"}, not: []string{"warn*"}},
		{name: "a type chosen at import time is a warning", src: "FLAG = True\n" + base2 + "class A(Base):\n    __tablename__ = 'a'\n    id: Mapped[int] = mapped_column(primary_key=True)\n    x: Mapped[str] = mapped_column(Text if FLAG else String(10))\n",
			want: []string{"a.x text NOT NULL", "warn 7: A.x: type Text if FLAG else String(10) is chosen at import time; assumed text"}},
		{name: "a custom TypeDecorator is read through impl, with a warning", src: "class Slug(sa.types.TypeDecorator):\n    impl = String(40)\n" + base2 + "class A(Base):\n    __tablename__ = 'a'\n    id: Mapped[int] = mapped_column(primary_key=True)\n    x: Mapped[str] = mapped_column(Slug())\n",
			want: []string{"a.x character varying(40) NOT NULL", "warn 8: A.x: custom type Slug read as its impl character varying(40)*"}},
		{name: "an unknown type is a warning", src: base2 + "class A(Base):\n    __tablename__ = 'a'\n    id: Mapped[int] = mapped_column(primary_key=True)\n    x = mapped_column(Geometry('POINT'))\n",
			want: []string{"a.x public.geometry", "warn 6: A.x: unknown type Geometry('POINT'); assumed public.geometry*"}},
		{name: "Column(ForeignKey) without a type takes the target's", src: "Base = declarative_base()\nclass P(Base):\n    __tablename__ = 'p'\n    id = Column(BigInteger, primary_key=True)\nclass C(Base):\n    __tablename__ = 'c'\n    id = Column(Integer, primary_key=True)\n    p_id = Column(ForeignKey('p.id'))\n",
			want: []string{"c.p_id bigint"}},
	})
}

func TestDefaultAndSerialRules(t *testing.T) {
	runRules(t, []rule{
		{name: "serial only for a lone integer pk without FK or default", src: base2 + `class A(Base):
    __tablename__ = 'a'
    id: Mapped[int] = mapped_column(primary_key=True)
class B(Base):
    __tablename__ = 'b'
    id: Mapped[int] = mapped_column(ForeignKey('a.id'), primary_key=True)
class C(Base):
    __tablename__ = 'c'
    x: Mapped[int] = mapped_column(primary_key=True)
    y: Mapped[int] = mapped_column(primary_key=True)
class D(Base):
    __tablename__ = 'd'
    id: Mapped[int] = mapped_column(primary_key=True, default=1)
class E(Base):
    __tablename__ = 'e'
    id: Mapped[int] = mapped_column(sa.SmallInteger, primary_key=True)
class F(Base):
    __tablename__ = 'f'
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
`, want: []string{"a.id integer NOT NULL auto", "b.id integer NOT NULL", "c.x integer NOT NULL", "c.y integer NOT NULL",
			"d.id integer NOT NULL", "e.id smallint NOT NULL auto", "f.id integer NOT NULL", "c pk c_pkey (x, y)"},
			not: []string{"b.id integer NOT NULL auto", "d.id integer NOT NULL auto", "f.id integer NOT NULL auto"}},
		{name: "a Sequence is the default: no SERIAL", src: "seq = sa.Sequence('n_seq')\nBase = declarative_base()\n" + `class A(Base):
    __tablename__ = 'a'
    id = Column(Integer, sa.Sequence("a_id_seq"), primary_key=True)
    n = Column(Integer, server_default=seq.next_value())
class B(Base):
    __tablename__ = 'b'
    id = Column(Integer, sa.Sequence("b_id_seq", optional=True), primary_key=True)
`, want: []string{"a.id integer NOT NULL", "a.n integer auto", "b.id integer NOT NULL auto"}, not: []string{"a.id integer NOT NULL auto"}},
		{name: "Identity and Computed", src: base2 + `class A(Base):
    __tablename__ = 'a'
    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    w: Mapped[int]
    h: Mapped[int]
    area: Mapped[int] = mapped_column(Computed("w * h"))
`, want: []string{"a.id bigint NOT NULL auto identity by default", "a.area integer NOT NULL generated w * h"}},
		{name: "server defaults", src: base2 + `class A(Base):
    __tablename__ = 'a'
    id: Mapped[int] = mapped_column(primary_key=True)
    a: Mapped[str] = mapped_column(server_default="it's")
    b: Mapped[datetime] = mapped_column(server_default=func.now())
    c: Mapped[datetime] = mapped_column(server_default=sa.func.current_timestamp())
    d: Mapped[dict] = mapped_column(JSONB, server_default=text("'{}'::jsonb"))
    e: Mapped[bool] = mapped_column(server_default=sa.true())
    f: Mapped[int] = mapped_column(server_default=text("0"), default=5, onupdate=7)
    g: Mapped[int] = mapped_column(server_default="5")
`, want: []string{"a.a character varying NOT NULL DEFAULT 'it''s'", "a.b timestamp without time zone NOT NULL DEFAULT now()",
			"a.c timestamp without time zone NOT NULL DEFAULT current_timestamp", "a.d jsonb NOT NULL DEFAULT '{}'",
			"a.e boolean NOT NULL DEFAULT true", "a.f integer NOT NULL DEFAULT 0", "a.g integer NOT NULL DEFAULT 5"}},
	})
}

func TestKeyAndIndexRules(t *testing.T) {
	runRules(t, []rule{
		{name: "unique, index, both", src: base2 + `class A(Base):
    __tablename__ = 'a'
    id: Mapped[int] = mapped_column(primary_key=True)
    u: Mapped[str] = mapped_column(unique=True)
    i: Mapped[str] = mapped_column(index=True)
    b: Mapped[str] = mapped_column(unique=True, index=True)
class S(Base):
    __tablename__ = 's'
    __table_args__ = {"schema": "audit"}
    id: Mapped[int] = mapped_column(primary_key=True)
    i: Mapped[str] = mapped_column(index=True)
`, want: []string{"a unique a_u_key (u)", "a index ix_a_i USING btree (i)", "a index ix_a_b UNIQUE USING btree (b)",
			"audit.s index ix_audit_s_i USING btree (i)", "table audit.s model=S"},
			not: []string{"a unique a_b_key (b)"}},
		{name: "naming convention", src: `convention = {"ix": "ix_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s", "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s"}
class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=convention)
class A(Base):
    __tablename__ = 'a'
    __table_args__ = (CheckConstraint("n > 0", name="positive"), UniqueConstraint("n", "m"))
    id: Mapped[int] = mapped_column(primary_key=True)
    n: Mapped[int] = mapped_column(unique=True)
    m: Mapped[int]
    p: Mapped[int] = mapped_column(ForeignKey("a.id"))
`, want: []string{"a pk pk_a (id)", "a unique uq_a_n (n)", "a unique uq_a_n (n, m)", "a check ck_a_positive (n > 0)",
			"a fk fk_a_p_a FOREIGN KEY (p) REFERENCES a(id)"}},
		{name: "ForeignKey options and table args", src: base2 + `class P(Base):
    __tablename__ = 'p'
    id: Mapped[int] = mapped_column(primary_key=True)
    k: Mapped[int]
    __table_args__ = (UniqueConstraint("id", "k", name="p_id_k"),)
class C(Base):
    __tablename__ = 'c'
    id: Mapped[int] = mapped_column(primary_key=True)
    p_id: Mapped[Optional[int]] = mapped_column(ForeignKey(P.id, ondelete="set null", onupdate="CASCADE"))
    a: Mapped[int]
    b: Mapped[int]
    __table_args__ = (
        ForeignKeyConstraint(["a", "b"], ["p.id", "p.k"], ondelete="CASCADE"),
        Index("c_ab", "a", "b", unique=True),
        CheckConstraint(sa.column("a") > 0),
    )
`, want: []string{"c fk c_p_id_fkey FOREIGN KEY (p_id) REFERENCES p(id) ON DELETE SET NULL ON UPDATE CASCADE",
			"c fk c_a_b_fkey FOREIGN KEY (a, b) REFERENCES p(id, k) ON DELETE CASCADE", "c index c_ab UNIQUE USING btree (a, b)",
			"c check  (a > 0)", "p unique p_id_k (id, k)"}},
		{name: "module-level Index options", src: base2 + `class A(Base):
    __tablename__ = 'a'
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    body: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime]
    gone: Mapped[Optional[datetime]]
Index("a_at_desc", A.at.desc(), A.name)
Index("a_lower", func.lower(A.name), unique=True, postgresql_where=A.gone.is_(None))
Index("a_body", A.body, postgresql_using="gin", postgresql_ops={"body": "gin_trgm_ops"})
Index("a_inc", A.name, postgresql_include=["at"], postgresql_where=text("gone IS NULL"))
Index("a_text", text("lower(name)"))
`, want: []string{"a index a_at_desc USING btree (at DESC, name)", "a index a_lower UNIQUE USING btree ((lower(name))) WHERE gone IS NULL",
			"a index a_body USING gin (body gin_trgm_ops)", "a index a_inc USING btree (name) INCLUDE (at) WHERE gone IS NULL",
			"warn 14: Index(\"a_text\", text(\"lower(name)\")) names no column of a model read*"}},
		{name: "attribute versus column name", src: base2 + `class A(Base):
    __tablename__ = 'a'
    id: Mapped[int] = mapped_column(primary_key=True)
    metadata_json: Mapped[dict] = mapped_column("metadata", JSONB)
    kind = mapped_column(String, name="type")
    __table_args__ = (Index("a_meta", "metadata_json"),)
`, want: []string{"a.metadata jsonb NOT NULL attr=metadata_json", "a.type character varying attr=kind", "a index a_meta USING btree (metadata)"}},
	})
}

func TestDocumentFacts(t *testing.T) {
	src := header + base2 + `
# =====================
# Core models
# =====================
class A(Base):
    __tablename__ = 'a'
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=datetime.utcnow, onupdate=func.now())

# ── Memory ─────────────
class B(Base):
    __tablename__ = 'b'
    id: Mapped[int] = mapped_column(primary_key=True)
`
	s, err := Parse([]byte(src), "m.py", Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := model.AttrOf[model.Document](s.Attrs)
	if strings.Join(doc.Sections, "|") != "Core models|Memory" {
		t.Errorf("sections %q", doc.Sections)
	}
	a, _ := s.Table("public", "a")
	b, _ := s.Table("public", "b")
	ea, _ := model.AttrOf[model.DocEntry](a.Attrs)
	eb, _ := model.AttrOf[model.DocEntry](b.Attrs)
	if ea.Section != "Core models" || ea.Number != 1 || eb.Section != "Memory" || eb.Number != 2 {
		t.Errorf("entries %+v %+v", ea, eb)
	}
	at, _ := a.Column("at")
	cd, _ := model.AttrOf[model.ClientDefault](at.Attrs)
	if cd.Default != "datetime.utcnow" || cd.OnUpdate != "func.now()" || at.Default != "" {
		t.Errorf("client default %+v, server default %q", cd, at.Default)
	}
}

func TestHierarchyRules(t *testing.T) {
	runRules(t, []rule{
		{name: "mixins, abstract bases and declared_attr", src: base2 + `class Stamp:
    created: Mapped[datetime] = mapped_column(server_default=func.now())
    @declared_attr
    def owner_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("users.id"))
class Named:
    @declared_attr.directive
    def __tablename__(cls) -> str:
        return cls.__name__.lower() + "s"
class Abs(Base):
    __abstract__ = True
    id: Mapped[int] = mapped_column(primary_key=True)
class Users(Named, Abs):
    name: Mapped[str]
class Doc(Stamp, Named, Abs):
    title: Mapped[str]
`, want: []string{"table userss model=Users", "table docs model=Doc", "docs.created timestamp without time zone NOT NULL DEFAULT now()",
			"docs.owner_id integer NOT NULL", "docs fk docs_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users(id)", "docs.id integer NOT NULL auto"},
			not: []string{"table abs*"}},
		{name: "single-table inheritance", src: base2 + `class Emp(Base):
    __tablename__ = 'emp'
    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str]
    __mapper_args__ = {"polymorphic_on": "type"}
class Mgr(Emp):
    budget: Mapped[Optional[int]]
`, want: []string{"emp.budget integer", "table emp model=Emp"}, not: []string{"table mgr*"}},
		{name: "joined-table inheritance", src: base2 + `class Emp(Base):
    __tablename__ = 'emp'
    id: Mapped[int] = mapped_column(primary_key=True)
class Eng(Emp):
    __tablename__ = 'eng'
    id: Mapped[int] = mapped_column(ForeignKey("emp.id"), primary_key=True)
    lang: Mapped[str]
`, want: []string{"eng.id integer NOT NULL", "eng.lang character varying NOT NULL", "eng fk eng_id_fkey FOREIGN KEY (id) REFERENCES emp(id)"},
			not: []string{"emp.lang*", "eng.id integer NOT NULL auto"}},
		{name: "Flask-SQLAlchemy", src: `from flask_sqlalchemy import SQLAlchemy
db = SQLAlchemy()
class KnowledgeEntity(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80), nullable=False)
class HTTPRequestLog(db.Model):
    __tablename__ = "req_log"
    id = db.Column(db.Integer, primary_key=True)
tags = db.Table("tags", db.Column("entity_id", db.ForeignKey("knowledge_entity.id"), primary_key=True))
`, want: []string{"table knowledge_entity model=KnowledgeEntity", "knowledge_entity.name character varying(80) NOT NULL",
			"table req_log model=HTTPRequestLog", "tags.entity_id integer NOT NULL"}},
		{name: "SQLModel", src: `from sqlmodel import SQLModel, Field
class Hero(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, max_length=60)
    age: Optional[int] = None
    team_id: int | None = Field(default=None, foreign_key="team.id")
class HeroBase(SQLModel):
    x: int
`, want: []string{"table hero model=Hero", "hero.id integer NOT NULL auto", "hero.name character varying(60) NOT NULL",
			"hero.age integer", "hero index ix_hero_name USING btree (name)", "hero fk hero_team_id_fkey FOREIGN KEY (team_id) REFERENCES team(id)"},
			not: []string{"table herobase*"}},
		{name: "Table objects", src: base2 + `assoc = Table("assoc", Base.metadata,
    Column("a_id", ForeignKey("a.id"), primary_key=True),
    Column("tag", String(20), nullable=False, index=True),
    schema="x")
class A(Base):
    __tablename__ = 'a'
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{"table x.assoc model=", "x.assoc.a_id integer NOT NULL", "x.assoc index ix_x_assoc_tag USING btree (tag)"}},
		{name: "partial(Column) is a warning", src: "from functools import partial\nReqCol = partial(Column, nullable=False)\nBase = declarative_base()\nclass A(Base):\n    __tablename__ = 'a'\n    id = Column(Integer, primary_key=True)\n    x = ReqCol(String)\n",
			want: []string{"warn 7: A.x: ReqCol builds its column at import time; the column is not read"}},
	})
}
