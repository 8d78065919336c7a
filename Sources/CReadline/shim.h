#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

// Readline's settings are C globals, which Swift 6 does not let code touch directly;
// these accessors are the only places the REPL reads or writes them.

/// Names the program for ~/.inputrc, leaves signals to the application, sets the
/// characters that end a word and the function Tab calls.
static inline void descent_rl_configure(const char *name, const char *word_breaks, rl_completion_func_t *complete) {
    rl_readline_name = name;
    rl_catch_signals = 0;
    rl_catch_sigwinch = 0;
    rl_change_environment = 0;
    rl_completer_word_break_characters = word_breaks;
    rl_attempted_completion_function = complete;
}

/// The line being edited.
static inline const char *descent_rl_line_buffer(void) { return rl_line_buffer; }

/// Whether readline should fall back to completing file names (0) or not (1).
static inline void descent_rl_set_completion_over(int over) { rl_attempted_completion_over = over; }

/// What follows a sole completion: a character, or nothing when `c` is 0.
static inline void descent_rl_set_completion_append(int c) {
    if (c) rl_completion_append_character = c; else rl_completion_suppress_append = 1;
}

/// Moves the cursor after the last character of the line.
static inline void descent_rl_move_to_end(void) { rl_point = rl_end; }
