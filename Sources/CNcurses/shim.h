#ifndef SCHEDVIZ_CNCURSES_SHIM_H
#define SCHEDVIZ_CNCURSES_SHIM_H
// Swift drops the feature macros pkg-config would pass; this turns the
// wide-character API back on (see shared TERMINAL.md).
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/curses.h>

// Globals Swift 6 rejects as shared mutable state: one accessor each.
static inline WINDOW *sv_stdscr(void) { return stdscr; }
static inline WINDOW *sv_curscr(void) { return curscr; }
static inline int sv_lines(void) { return LINES; }
static inline int sv_cols(void) { return COLS; }
static inline int sv_colors(void) { return COLORS; }
static inline FILE *sv_stdin(void) { return stdin; }
static inline FILE *sv_stdout(void) { return stdout; }

// Attribute macros Swift does not import.
static const attr_t sv_a_normal = A_NORMAL;
static const attr_t sv_a_bold = A_BOLD;
static const attr_t sv_a_reverse = A_REVERSE;
static const attr_t sv_a_dim = A_DIM;
static const attr_t sv_a_underline = A_UNDERLINE;

// Function-like macros (or functions that are macros on some builds).
static inline int sv_key_code_yes(void) { return KEY_CODE_YES; }

// Mouse masks are macros Swift does not import. Button 4/5 presses are the wheel.
static const mmask_t sv_button1_pressed = BUTTON1_PRESSED;
static const mmask_t sv_button1_released = BUTTON1_RELEASED;
static const mmask_t sv_button1_clicked = BUTTON1_CLICKED;
static const mmask_t sv_button4_pressed = BUTTON4_PRESSED;
static const mmask_t sv_button5_pressed = BUTTON5_PRESSED;
static const mmask_t sv_button_shift = BUTTON_SHIFT;
#endif
