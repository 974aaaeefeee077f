// The only C boundary of CaseDesk: ncursesw in wide-character mode, plus thin wrappers for what
// Swift cannot import (function-like macros, attribute macros, mutable C globals).
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// glibc's wcwidth: what ncursesw uses to place characters. Swift's Glibc module hides it.
int wcwidth(wchar_t c);

// MARK: - Attributes (macros built from NCURSES_BITS do not import)

static inline attr_t cncw_a_normal(void) { return A_NORMAL; }
static inline attr_t cncw_a_bold(void) { return A_BOLD; }
static inline attr_t cncw_a_dim(void) { return A_DIM; }
static inline attr_t cncw_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cncw_a_reverse(void) { return A_REVERSE; }
static inline attr_t cncw_a_italic(void) { return A_ITALIC; }
static inline attr_t cncw_a_blink(void) { return A_BLINK; }

// MARK: - Globals (Swift 6 rejects mutable C globals; read them through functions)

static inline WINDOW *cncw_stdscr(void) { return stdscr; }
static inline int cncw_lines(void) { return LINES; }
static inline int cncw_cols(void) { return COLS; }
static inline int cncw_colors(void) { return COLORS; }
static inline int cncw_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *cncw_stdout(void) { return stdout; }
static inline FILE *cncw_stdin(void) { return stdin; }
static inline int cncw_errno(void) { return errno; }
static inline void cncw_clear_errno(void) { errno = 0; }

// MARK: - Keys

static inline int cncw_key_f(int n) { return KEY_F(n); }

// MARK: - Window geometry

static inline int cncw_max_y(WINDOW *win) { return win ? getmaxy(win) : 0; }
static inline int cncw_max_x(WINDOW *win) { return win ? getmaxx(win) : 0; }

// MARK: - Locale

// The current LC_CTYPE codeset name, for example "UTF-8" or "ANSI_X3.4-1968".
static inline const char *cncw_codeset(void) { return nl_langinfo(CODESET); }

// MARK: - Drawing

// Draws one grapheme at (y, x) on `win` in the given attributes and colour pair.
//
// `wch` is a NUL-terminated string of one spacing character followed by at most
// CCHARW_MAX - 1 combining characters (setcchar stops at a second spacing character). The pair
// goes through setcchar's `opts` argument so pair numbers above 32767 work
// (ncurses 6.1 extension). A wide character's lead draws both of its columns.
static inline int cncw_draw(WINDOW *win, int y, int x, const wchar_t *wch, attr_t attrs,
                            int pair) {
  cchar_t cell;
  int extended = pair;
  if (setcchar(&cell, wch, attrs, 0, &extended) != OK) {
    return ERR;
  }
  return mvwadd_wch(win, y, x, &cell);
}

// Whether the terminal description has direct (24-bit) colour: the `RGB` capability, or more
// colours than a palette holds (xterm-direct and friends report 2^24).
static inline int cncw_has_direct_color(void) {
  int rgb = tigetflag("RGB");
  return rgb > 0 || COLORS > 256;
}

// Whether the terminal can move the cursor to any cell (`cup`); without it (`dumb`, hard-copy
// terminals) a full-screen interface cannot be drawn.
static inline int cncw_has_cursor_addressing(void) {
  char *cup = tigetstr("cup");
  return cup != NULL && cup != (char *)-1;
}

// MARK: - Signals

typedef void (*cncw_signal_handler)(int);

// Installs `handler` for `sig` with sigaction, saving the previous action in `previous`.
//
// A signal the process ignores (SIG_IGN, as under nohup) stays ignored. Returns 0 on success
// or when left alone, -1 on failure.
static inline int cncw_install_handler(int sig, cncw_signal_handler handler,
                                       struct sigaction *previous) {
  struct sigaction action;
  if (sigaction(sig, NULL, previous) != 0) {
    return -1;
  }
  if (!(previous->sa_flags & SA_SIGINFO) && previous->sa_handler == SIG_IGN) {
    return 0;
  }
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  return sigaction(sig, &action, NULL);
}

// Puts back an action saved by cncw_install_handler.
static inline void cncw_restore_action(int sig, const struct sigaction *previous) {
  sigaction(sig, previous, NULL);
}

// Whether a saved action is the default one (SIG_DFL).
static inline int cncw_action_is_default(const struct sigaction *action) {
  return !(action->sa_flags & SA_SIGINFO) && action->sa_handler == SIG_DFL;
}

// Resets `sig` to its default action, unblocks it and raises it, so that the process ends the
// way the signal says (the parent sees "killed by SIGTERM", a core dump where due).
static inline void cncw_reraise_default(int sig) {
  sigset_t set;
  signal(sig, SIG_DFL);
  sigemptyset(&set);
  sigaddset(&set, sig);
  pthread_sigmask(SIG_UNBLOCK, &set, NULL);
  raise(sig);
}

#endif
