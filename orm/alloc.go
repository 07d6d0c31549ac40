package orm

/*
#include <stddef.h>

// go-tree-sitter routes every allocation of the C library through a Go
// callback that only calls malloc; the round trip costs more than the
// parse. The symbol is weak because it lives in go-tree-sitter's objects,
// which cgo links in only for the final binary.
extern void ts_set_allocator(void *(*)(size_t), void *(*)(size_t, size_t), void *(*)(void *, size_t), void (*)(void *)) __attribute__((weak));

static void orm_plain_malloc(void) {
	if (ts_set_allocator) {
		ts_set_allocator(NULL, NULL, NULL, NULL);
	}
}
*/
import "C"

// init makes tree-sitter call malloc directly. Every buffer still comes
// from malloc and goes back to free, exactly as through the callbacks.
func init() { C.orm_plain_malloc() }
