// Package refdoc regenerates the models reference document: one prose
// markdown document with a section per spec model, a DRIFT line per fact the
// comparisons found about it, and a cross-reference section per compared
// pair. It speaks the ORM's vocabulary ("ORM model", "ForeignKey",
// "Init SQL"), which is why it is not one of report's general renderers.
//
// refdoc reads a *report.Run and the document attributes the spec attaches
// to its tables. It imports model, diff, report and erd (for the diagrams);
// it must not import the packages that produce schemas (spec, sqlparse,
// introspect) nor the command line.
package refdoc
