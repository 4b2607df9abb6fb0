package claimtrail

import (
	"errors"
	"fmt"
)

// Error kinds. Each maps to one exit code in cmd/claimtrail and one HTTP
// status in the web package; nothing else decides those.
const (
	EInvalid  = "invalid"   // the user's input is wrong: explain it
	ENotFound = "not_found" // the thing asked for does not exist
	EConflict = "conflict"  // the request clashes with stored state
	EAuth     = "unauthorized"
	EInternal = "internal" // our fault: log it
)

// Error is an error with a kind and a message meant for the user.
type Error struct {
	Kind    string
	Message string
	Err     error // optional cause
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error of the given kind.
func Errorf(kind, format string, args ...any) *Error {
	return &Error{Kind: kind, Message: fmt.Sprintf(format, args...)}
}

// ErrorKind returns the kind of err: the Kind of the first *Error in its
// chain, or EInternal.
func ErrorKind(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return EInternal
}

// ErrorMessage returns the user-facing message of err. Internal errors get a
// generic message so that their details stay in the logs.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
