package baseline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// jsonErr adds line:col to a JSON syntax or type error, which encoding/json
// reports only as a byte offset.
func jsonErr(data []byte, err error) error {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		// Offset counts the offending byte too.
		off = se.Offset - 1
	case errors.As(err, &te):
		off = te.Offset
	}
	if off < 0 || off >= int64(len(data)) {
		return err
	}
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := int(off) - bytes.LastIndexByte(data[:off], '\n')
	return fmt.Errorf("line %d, column %d: %w", line, col, err)
}
