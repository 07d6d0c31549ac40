package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// ormWarnHeader starts every models snippet below; it is five lines, so a
// snippet's first line is line 6 of the file.
const ormWarnHeader = `from sqlalchemy import Column, Integer, String, ForeignKey, Index, CheckConstraint, ForeignKeyConstraint, UniqueConstraint, Enum, Computed, MetaData, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, declared_attr
class Base(DeclarativeBase):
    pass
`

// ormWarningCases feed every warning the SQLAlchemy reader can raise, in the
// order of the reader's files. types is the config's orm.types; want lists
// the stderr lines, with FILE standing for the models file's path.
var ormWarningCases = []struct {
	name  string
	src   string
	types string
	want  []string
}{
	// annotation.go
	{name: "annotation without a type", src: `class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    x: Mapped[None] = mapped_column()
`, want: []string{"FILE:9:8: warning: A.x: the annotation names no type; assumed VARCHAR"}},
	{name: "SQLModel annotation without a type", src: `from sqlmodel import SQLModel, Field
class H(SQLModel, table=True):
    id: int = Field(primary_key=True)
    x: None = Field()
`, want: []string{"FILE:9:15: warning: H.x: the annotation names no type; assumed VARCHAR"}},
	{name: "annotation of an unknown class", src: `class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    x: Mapped[Widget]
`, want: []string{"FILE:9:15: warning: A.x: no SQL type is known for annotation Widget; assumed VARCHAR (give the type in mapped_column or type_annotation_map)"}},

	// build.go
	{name: "table defined twice", src: `class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
class B(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{`FILE:9:1: warning: table "a" is already defined at FILE:6:1; this definition is not read`}},
	{name: "Table named at import time", src: `from sqlalchemy import Table
NAME = compute()
t = Table(NAME, Base.metadata, Column("id", Integer, primary_key=True))
`, want: []string{"FILE:8:5: warning: Table: the table name is not a string literal; the table is not read"}},
	{name: "column declared twice", src: `class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    x = Column("y", Integer)
    y = Column(Integer)
`, want: []string{`FILE:10:5: warning: table "a": column "y" is declared twice; the first is kept`}},
	{name: "class without __tablename__", src: `class A(Base):
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{"FILE:6:1: warning: class A has no __tablename__ and no mapped parent; it is not read"}},
	{name: "declared __tablename__ of more than a return", src: `class A(Base):
    @declared_attr
    def __tablename__(cls):
        x = 1
        return "a"
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{`FILE:8:5: warning: class A: __tablename__ is not a single return; assumed "a"`}},
	{name: "__tablename__ computed at import time", src: `class A(Base):
    __tablename__ = PREFIX + "a"
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{`FILE:7:21: warning: class A: __tablename__ PREFIX + "a" is only known at import time; assumed "a"`}},
	{name: "declared __table_args__ of more than a return", src: `class A(Base):
    __tablename__ = "a"
    @declared_attr
    def __table_args__(cls):
        x = 1
        return ()
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{"FILE:9:5: warning: class A: __table_args__ is not a single return; not read"}},
	{name: "__table_args__ from a call", src: `class A(Base):
    __tablename__ = "a"
    __table_args__ = make_args()
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{"FILE:8:22: warning: class A: __table_args__ make_args() is not a tuple or dict literal; not read"}},

	// classes.go
	{name: "base from a file not read", src: `class A(Elsewhere):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{"FILE:6:1: warning: class A: base Elsewhere is not among the files read; assumed a declarative base"}},
	{name: "type_annotation_map from a call", src: `class B2(DeclarativeBase):
    type_annotation_map = make_map()
class A(B2):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{"FILE:7:27: warning: type_annotation_map is not a dict literal; the default type map is used"}},
	{name: "naming_convention from a call", src: `class B2(DeclarativeBase):
    metadata = MetaData(naming_convention=make_nc())
class A(B2):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{"FILE:7:43: warning: naming_convention is not a dict literal; SQLAlchemy's default convention is assumed"}},
	{name: "naming_convention entry from a call", src: `class B2(DeclarativeBase):
    metadata = MetaData(naming_convention={"ix": make_ix()})
class A(B2):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{`FILE:7:50: warning: naming_convention["ix"] is not a string; it is not applied`}},

	// columns.go
	{name: "declared column of more than a return", src: `class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    @declared_attr
    def x(cls) -> Mapped[int]:
        y = 1
        return mapped_column()
`, want: []string{"FILE:10:5: warning: A.x: declared_attr is not a single return statement; its column is not read"}},
	{name: "partial column", src: `from functools import partial
IntCol = partial(Column, Integer)
class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    x = IntCol()
`, want: []string{"FILE:11:9: warning: A.x: IntCol builds its column at import time; the column is not read"}},
	{name: "Table column without a name", src: `from sqlalchemy import Table
t = Table("a", Base.metadata, Column(Integer, primary_key=True))
`, want: []string{"FILE:7:31: warning: table a: a column without a name; it is not read"}},
	{name: "type that is no type", src: `class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    x = Column("x", 5)
`, want: []string{"FILE:9:21: warning: A.x: type 5 is not understood; assumed VARCHAR"}},
	{name: "nullable known at import time", src: `class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    x = Column(Integer, nullable=FLAG)
`, want: []string{"FILE:9:25: warning: A.x: nullable=FLAG is only known at import time; assumed the default"}},

	// constraints.go
	{name: "table argument that is no call", src: `class A(Base):
    __tablename__ = "a"
    __table_args__ = (EXTRA,)
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{`FILE:8:23: warning: table "a": EXTRA in the table arguments is not read`}},
	{name: "ForeignKeyConstraint without lists", src: `class A(Base):
    __tablename__ = "a"
    __table_args__ = (ForeignKeyConstraint("x", "b.id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{"FILE:8:23: warning: ForeignKeyConstraint needs two lists of columns; not read"}},
	{name: "table argument of an unknown call", src: `class A(Base):
    __tablename__ = "a"
    __table_args__ = (make_constraint(),)
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{`FILE:8:23: warning: table "a": make_constraint() in the table arguments is not read`}},
	{name: "constraint on a column not in the table", src: `class A(Base):
    __tablename__ = "a"
    __table_args__ = (UniqueConstraint("nope"),)
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{`FILE:8:40: warning: table "a": "nope" in UniqueConstraint is not a column of the table; the constraint is not read`}},
	{name: "constraint without columns", src: `class A(Base):
    __tablename__ = "a"
    __table_args__ = (UniqueConstraint(),)
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{`FILE:8:23: warning: table "a": UniqueConstraint names no columns; not read`}},
	{name: "CHECK built at import time", src: `class A(Base):
    __tablename__ = "a"
    __table_args__ = (CheckConstraint(make_check()),)
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{`FILE:8:23: warning: table "a": CHECK make_check() is not an expression the reader can render; not read`}},
	{name: "CHECK that does not parse", src: `class A(Base):
    __tablename__ = "a"
    __table_args__ = (CheckConstraint("id >"),)
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{`FILE:8:23: warning: table "a": CHECK (id >): expression "id >": syntax error at end of input; not read`}},
	{name: "foreign key target from a variable", src: `class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    b_id = Column(Integer, ForeignKey(TARGET))
`, want: []string{`FILE:9:39: warning: table "a": foreign key target TARGET is not understood; the key is not read`}},
	{name: "foreign key to two tables", src: `class B(Base):
    __tablename__ = "b"
    id: Mapped[int] = mapped_column(primary_key=True)
class C(Base):
    __tablename__ = "c"
    id: Mapped[int] = mapped_column(primary_key=True)
class A(Base):
    __tablename__ = "a"
    __table_args__ = (ForeignKeyConstraint(["x", "y"], ["b.id", "c.id"]),)
    id: Mapped[int] = mapped_column(primary_key=True)
    x: Mapped[int]
    y: Mapped[int]
`, want: []string{"FILE:14:65: warning: a foreign key's columns must reference one table; the key is not read"}},
	{name: "foreign key with fewer targets than columns", src: `class B(Base):
    __tablename__ = "b"
    id: Mapped[int] = mapped_column(primary_key=True)
class A(Base):
    __tablename__ = "a"
    __table_args__ = (ForeignKeyConstraint(["x", "id"], ["b.id"]),)
    id: Mapped[int] = mapped_column(primary_key=True)
    x: Mapped[int]
`, want: []string{"FILE:11:23: warning: a foreign key must list as many target columns as columns; the key is not read"}},

	// enum.go
	{name: "enum from a file not read", src: `from status import Status
class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    s = Column(Enum(Status))
`, want: []string{"FILE:10:21: warning: A.s: enum Status is not defined in the files read; its labels are unknown"}},
	{name: "native enum without a name", src: `class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    s = Column(Enum("on", "off"))
`, want: []string{"FILE:9:16: warning: A.s: a native Enum needs a name on PostgreSQL; assumed a varchar enum"}},
	{name: "values_callable over a non-string value", src: `import enum
class Level(enum.Enum):
    LOW = 1
class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    s = Column(Enum(Level, values_callable=lambda e: [m.value for m in e]))
`, want: []string{"FILE:12:16: warning: enum Level: values_callable with a non-string value for LOW; assumed the member names"}},
	{name: "values_callable", src: `import enum
class Level(enum.Enum):
    LOW = "low"
class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    s = Column(Enum(Level, values_callable=lambda e: [m.value for m in e]))
`, want: []string{"FILE:12:28: warning: enum Level: values_callable assumed to return the member values"}},

	// finish.go
	{name: "model without a primary key", src: `class A(Base):
    __tablename__ = "a"
    x: Mapped[int]
`, want: []string{"FILE:6:1: warning: model A has no primary key; SQLAlchemy refuses to map it"}},
	{name: "bare Mapped", src: `class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    x: Mapped = mapped_column()
`, want: []string{`FILE:9:5: warning: table "a": column "x" has no type the reader can tell; assumed VARCHAR`}},
	{name: "server_default built at import time", src: `class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    x: Mapped[int] = mapped_column(server_default=make_default())
`, want: []string{`FILE:9:51: warning: table "a": column "x": server_default make_default() is not an expression the reader can render; no default assumed`}},
	{name: "server_default that does not parse", src: `class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    x: Mapped[int] = mapped_column(server_default=text("1 +"))
`, want: []string{`FILE:9:51: warning: table "a": column "x": server_default: default: expression "1 +": syntax error at end of input; no default assumed`}},
	{name: "Computed that does not parse", src: `class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    x: Mapped[int] = mapped_column(Computed("id *"))
`, want: []string{`FILE:9:36: warning: table "a": column "x": Computed expression "id *": syntax error at end of input; not read as generated`}},

	// index.go
	{name: "index on no model's column", src: `Index("ix_orphan", "x")
`, want: []string{`FILE:6:1: warning: Index("ix_orphan", "x") names no column of a model read, so SQLAlchemy attaches it to no table and never creates it; not read`}},
	{name: "index key not in the table", src: `class A(Base):
    __tablename__ = "a"
    __table_args__ = (Index("ix_a", "nope"),)
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{`FILE:8:37: warning: table "a": index key "nope": no column "nope"; the index is not read`}},
	{name: "index without keys", src: `class A(Base):
    __tablename__ = "a"
    __table_args__ = (Index("ix_a"),)
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{`FILE:8:23: warning: table "a": an index without keys is not read`}},
	{name: "index without a name or convention", src: `class B2(DeclarativeBase):
    metadata = MetaData(naming_convention={})
class A(B2):
    __tablename__ = "a"
    __table_args__ = (Index(None, "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{`FILE:10:23: warning: table "a": an index without a name is refused by SQLAlchemy; not read`}},
	{name: "index predicate built at import time", src: `class A(Base):
    __tablename__ = "a"
    __table_args__ = (Index("ix_a", "id", postgresql_where=make_where()),)
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{`FILE:8:23: warning: table "a": index "ix_a": postgresql_where: make_where() is not an expression the reader can render; the index is not read`}},
	{name: "index predicate that does not parse", src: `class A(Base):
    __tablename__ = "a"
    __table_args__ = (Index("ix_a", "id", postgresql_where="id >"),)
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{`FILE:8:23: warning: table "a": index "ix_a": index definition "CREATE INDEX ix_a ON public.a (id) WHERE id >": syntax error at end of input`}},

	// module.go
	{name: "class under a module-level if", src: `if FLAG:
    class A(Base):
        __tablename__ = "a"
        id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{"FILE:6:1: warning: definitions under a module-level `if` are not read: which branch runs is only known at import time"}},
	{name: "column under an if in a class", src: `class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    if FLAG:
        x: Mapped[int] = mapped_column()
`, want: []string{"FILE:9:5: warning: columns under an `if` in class A are not read: which branch runs is only known at import time"}},

	// naming.go
	{name: "convention needing a name the constraint lacks", src: `class B2(DeclarativeBase):
    metadata = MetaData(naming_convention={"ck": "ck_%(table_name)s_%(constraint_name)s"})
class A(B2):
    __tablename__ = "a"
    __table_args__ = (CheckConstraint("id > 0"),)
    id: Mapped[int] = mapped_column(primary_key=True)
`, want: []string{"FILE:8:1: warning: naming convention ck needs %(constraint_name)s but the constraint has no name; SQLAlchemy refuses it"}},
	{name: "convention with an unknown token", src: `class B2(DeclarativeBase):
    metadata = MetaData(naming_convention={"ix": "ix_%(bogus)s"})
class A(B2):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True, index=True)
`, want: []string{"FILE:8:1: warning: naming convention ix ix_%(bogus)s has a token the reader does not know; the name PostgreSQL chooses is assumed"}},

	// types.go
	{name: "type chosen at import time", src: `class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    x = Column(Integer if FLAG else String)
`, want: []string{"FILE:9:16: warning: A.x: type Integer if FLAG else String is chosen at import time; assumed integer"}},
	{name: "configured type that does not parse", types: `{Vector: "vec tor(("}`, src: `class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    x = Column(Vector(3))
`, want: []string{`FILE:9:16: warning: type Vector: config says "vec tor((": type "vec tor((": unbalanced (; assumed text`}},
	{name: "TypeDecorator read as its impl", src: `from sqlalchemy.types import TypeDecorator
class Money(TypeDecorator):
    impl = Integer
class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    x = Column(Money())
`, want: []string{"FILE:12:16: warning: A.x: custom type Money read as its impl integer; set orm.types.Money in the config to say what it is"}},
	{name: "unknown type", src: `class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    x = Column(make_type)
`, want: []string{"FILE:9:16: warning: A.x: unknown type make_type; assumed public.make_type (set orm.types.make_type in the config)"}},
	{name: "ARRAY without an item type", src: `class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    x = Column(ARRAY())
`, want: []string{"FILE:9:16: warning: A.x: ARRAY without an item type; assumed text[]"}},
}

// The SQLAlchemy reader's warnings reach stderr, the JSON report and -q
// like the scripts' do, each with its position in the models file.
func TestORMWarningsReachTheUser(t *testing.T) {
	for _, tc := range ormWarningCases {
		t.Run(tc.name, func(t *testing.T) {
			specFile, modelsFile, want := warnSources(t, "models.py", ormWarnHeader+tc.src, tc.want)
			args := []string{"--spec", specFile, "--orm", modelsFile}
			if tc.types != "" {
				configFile := filepath.Join(filepath.Dir(modelsFile), "ariadrift.yaml")
				require.NoError(t, os.WriteFile(configFile, []byte("orm:\n  types: "+tc.types+"\n"), 0o644))
				args = append(args, "--config", configFile)
			}
			assertWarnings(t, args, want)
		})
	}
}
