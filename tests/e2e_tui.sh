#!/usr/bin/env bash
# End-to-end test of the interactive viewer: drives the built binary in a private
# tmux server (no user config), reads the screen with capture-pane, and checks
# keys, export, resize, exit status and that the terminal is restored.
#
#   tests/e2e_tui.sh [BINARY]      (default $SCHEDVIZ_BIN, else .build/debug/schedviz)
#
# Waits poll the screen with a deadline; the only sleeps are short polling intervals.
# The last line is "N passed, M failed"; the exit status is non-zero on any failure.
set -u
export LC_ALL=C.UTF-8                        # wc -L and grep count characters, not bytes
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BIN=${1:-${SCHEDVIZ_BIN:-.build/debug/schedviz}}
case "$BIN" in /*) ;; *) BIN="$ROOT/$BIN" ;; esac
if [ ! -x "$BIN" ]; then
    echo "e2e_tui: no binary at $BIN (build it with swift build)" >&2
    echo "0 passed, 1 failed"
    exit 1
fi
command -v tmux >/dev/null || { echo "e2e_tui: tmux is not installed" >&2; echo "0 passed, 1 failed"; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/schedviz-e2e.XXXXXX")
ln -s "$ROOT/scenarios" "$WORK/scenarios"   # same relative path as `schedviz trace scenarios/…` below
SOCKET="schedviz-e2e-$$"
DEADLINE=${E2E_DEADLINE:-15}                 # seconds for any one wait
tm() { tmux -L "$SOCKET" -f /dev/null "$@"; }
cleanup() { tm kill-server 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() {
    failed=$((failed + 1)); echo "FAIL $1"
    if [ -n "${2:-}" ]; then printf '%s\n' "$2" | sed 's/^/     | /'; fi
}
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what" "$(screen "$S" 2>/dev/null)"; fi; }

# Starts the viewer in session $1 (its own folder $WORK/$1), with `env` assignments in $2.
# After the app exits the pane records its status in rc and the terminal modes in stty.txt.
start() {
    local name=$1 envs=${2:-} args=${3:-} scenario=${4:-scenarios/dates.json}
    mkdir -p "$WORK/$name"; ln -sf "$ROOT/scenarios" "$WORK/$name/scenarios"
    tm new-session -d -s "$name" -x 100 -y 30 -e LANG=C.UTF-8 -c "$WORK/$name" \
        "env $envs $BIN $args $scenario; echo \$? > rc.tmp; stty -a > stty.txt; mv rc.tmp rc"
    tm set-option -t "$name" remain-on-exit on >/dev/null
    S=$name
    # A scenario with a description opens with it over the screen: close it, so the keys below
    # reach the viewer (the session `desc` checks the overlay itself).
    case "$scenario" in scenarios/*.json)
        if [ "${KEEP_DESCRIPTION:-}" != 1 ] && wait_screen "$name" 'any key closes this'; then
            tm send-keys -t "$name" d
            wait_until eval "! shows '$name' 'any key closes this'"
        fi ;;
    esac
}
screen() { tm capture-pane -p -t "$1"; }
# The number of the first event of scenario $2 whose JSONL line matches $3 (run in session $1's folder).
event_number() { (cd "$WORK/$1" && "$BIN" trace "$2" --format jsonl | grep -n -m1 -E -- "$3" | cut -d: -f1 | awk '{print $1 - 1}'); }
# Whether session $1 drew its first frame (a failure if not).
opened() { wait_screen "$1" 'step [0-9]+/' || { bad "$1 session drew no frame" "$(screen "$1")"; return 1; }; }
# Quits session $1 and checks its exit status is 0.
quits() { tm send-keys -t "$1" q; check "$1 session quits with 0" wait_until rc_is "$1" 0; }
# Sends key $2 to session $1, $3 times.
press() { local i; for ((i = 0; i < $3; i++)); do tm send-keys -t "$1" "$2"; done; }
# Polls until the command succeeds, or fails after the deadline.
wait_until() {
    local end=$((SECONDS + DEADLINE))
    while [ $SECONDS -lt $end ]; do
        "$@" 2>/dev/null && return 0
        sleep 0.05
    done
    return 1
}
# Whether the screen of session $1 matches the extended regex $2.
shows() { screen "$1" | grep -Eq -- "$2"; }
wait_screen() { wait_until shows "$@"; }
# The N of "step N/M" in the header.
step() { screen "$1" | grep -Eo 'step [0-9]+/[0-9]+' | head -1 | sed -E 's#step ([0-9]+)/.*#\1#'; }
# Whether `step` satisfies the arithmetic test "$2 $3" (e.g. -eq 2, -gt 7).
step_is() { local n; n=$(step "$1"); [ -n "$n" ] && [ "$n" "$2" "$3" ]; }
wait_step() { wait_until step_is "$@"; }
# Polls until the app in session $1 has exited and the pane has written rc and stty.txt.
exited() { [ -s "$WORK/$1/rc" ]; }
wait_exit() { wait_until exited "$1"; }
rc_is() { [ "$(cat "$WORK/$1/rc" 2>/dev/null)" = "$2" ]; }
# Cooked mode again: icanon and echo on (stty prints "-icanon" when off).
cooked() {
    local modes; modes=$(tr ' ' '\n' < "$WORK/$1/stty.txt" 2>/dev/null)
    grep -qx icanon <<<"$modes" && grep -qx echo <<<"$modes"
}
# No line of session $1's screen wider than $2 columns, and the header drawn exactly once.
clean_frame() {
    local s; s=$(screen "$1")
    [ "$(grep -c 'schedviz · ' <<<"$s")" -eq 1 ] && [ "$(grep -Ec 'step [0-9]+/' <<<"$s")" -eq 1 ] \
        && [ "$(wc -L <<<"$s")" -le "$2" ]
}

# --- the main session: keys, play, export, resize, quit ------------------------------------
start main
check "first frame drawn" wait_screen main 'step [0-9]+/[0-9]+'
check "lane Task-1 visible" wait_screen main '^ *Task-1'
check "lane Task-2 visible" wait_screen main '^ *Task-2'
check "starts at step 1" wait_step main -eq 1
tm send-keys -t main Right
check "Right steps forward (step 2)" wait_step main -eq 2
tm send-keys -t main Right
check "Right again (step 3)" wait_step main -eq 3
tm send-keys -t main Left
check "Left steps back (step 2)" wait_step main -eq 2

tm send-keys -t main Space
check "Space plays (shows playing)" wait_screen main 'playing'
check "playing advances the counter" wait_step main -gt 8
tm send-keys -t main Space
check "Space pauses (shows paused)" wait_screen main 'paused'
paused_stable() {
    local a b i
    a=$(step main)
    for i in 1 2 3 4 5 6 7 8; do sleep 0.1; b=$(step main); [ "$a" = "$b" ] || return 1; done
    [ -n "$a" ]
}
check "paused counter stays put" paused_stable

tm send-keys -t main x
check "x says where it exported, with the full path" wait_screen main "exported [0-9]+ events to $WORK/main/dates\\.trace\\.txt"
(cd "$WORK/main" && "$BIN" trace scenarios/dates.json > expected.trace.txt)
check "dates.trace.txt equals schedviz trace output" cmp -s "$WORK/main/dates.trace.txt" "$WORK/main/expected.trace.txt"
tm send-keys -t main x
check "x again takes a numbered name, never overwriting" wait_screen main "exported [0-9]+ events to $WORK/main/dates\\.trace\\.1\\.txt"
check "the numbered export is the same trace" cmp -s "$WORK/main/dates.trace.1.txt" "$WORK/main/expected.trace.txt"
tm send-keys -t main J
check "J exports JSONL" wait_screen main "exported [0-9]+ events to $WORK/main/dates\\.trace\\.jsonl"
(cd "$WORK/main" && "$BIN" trace scenarios/dates.json --format jsonl > expected.jsonl && "$BIN" trace scenarios/dates.json --format chrome > expected.chrome)
check "dates.trace.jsonl equals schedviz trace --format jsonl" cmp -s "$WORK/main/dates.trace.jsonl" "$WORK/main/expected.jsonl"
tm send-keys -t main C
check "C exports Chrome JSON" wait_screen main "exported [0-9]+ events to $WORK/main/dates\\.trace\\.json\$"
check "dates.trace.json equals schedviz trace --format chrome" cmp -s "$WORK/main/dates.trace.json" "$WORK/main/expected.chrome"

before=$(screen main); paused_at=$(step main)
tm resize-window -t main -x 60 -y 20
resized() { [ "$(screen main)" != "$before" ] && [ "$(screen main | wc -l)" -le 20 ] && clean_frame main 60 && shows main '^ space|exported'; }
check "resize to 60x20 redraws the whole frame, no leftovers" wait_until resized
tm resize-window -t main -x 50 -y 12
small() { local s; s=$(screen main); grep -q 'too small' <<<"$s" && [ "$(grep -c . <<<"$s")" -eq 1 ]; }
check "below the minimum it says too small (and nothing else)" wait_until small
tm resize-window -t main -x 100 -y 30
check "back to 100x30 redraws the full view" wait_until clean_frame main 100
check "still paused at the same step after resizes" step_is main -eq "$paused_at"

tm send-keys -t main q
check "q exits" wait_exit main
check "q exit status 0" rc_is main 0
check "terminal cooked after q (icanon, echo)" cooked main

# --- Ctrl-C and SIGTERM restore the terminal -------------------------------------------------
start ctrlc
if wait_screen ctrlc 'step [0-9]+/'; then
    tm send-keys -t ctrlc C-c
    check "Ctrl-C exits" wait_exit ctrlc
    check "Ctrl-C exit status 130" rc_is ctrlc 130
    check "terminal cooked after Ctrl-C" cooked ctrlc
else
    bad "Ctrl-C session drew no frame" "$(screen ctrlc)"
fi

start term
if wait_screen term 'step [0-9]+/'; then
    shpid=$(tm display-message -p -t term '#{pane_pid}')
    apppid=$(pgrep -P "$shpid" | head -1)
    [ -n "$apppid" ] && kill -TERM "$apppid"
    check "SIGTERM exits" wait_exit term
    check "SIGTERM exit status 143" rc_is term 143
    check "terminal cooked after SIGTERM" cooked term
else
    bad "SIGTERM session drew no frame" "$(screen term)"
fi

# What the app sent last (raw pane output, from pipe-pane): the normal screen back and the
# cursor shown. tmux's own cursor flag is not usable: its "Pane is dead" line hides the cursor.
screen_restored() {
    local raw="$WORK/$1/raw" cursor alt
    cursor=$(LC_ALL=C grep -aoE $'\e\\[\\?25[hl]' "$raw" | tail -1)
    alt=$(LC_ALL=C grep -aoE $'\e\\[\\?1049[hl]' "$raw" | tail -1)
    [ "$cursor" = $'\e[?25h' ] && [ "$alt" = $'\e[?1049l' ]
}
# --- signals in mid-play and in other states: the terminal comes back every time ------------
# Sends signal $2 to the app of session $1 (the child of the pane's shell).
signal_app() {
    local shpid apppid
    shpid=$(tm display-message -p -t "$1" '#{pane_pid}')
    apppid=$(pgrep -P "$shpid" | head -1)
    [ -n "$apppid" ] && kill -"$2" "$apppid"
}
# Session $1 gets into a state with keys $3 (waiting for regex $4), then signal $2 ends it with status $5.
signal_case() {
    local name=$1 sig=$2 keys=$3 shows_re=$4 status=$5
    start "$name"
    tm pipe-pane -o -t "$name" "cat > '$WORK/$name/raw'"
    if ! wait_screen "$name" 'step [0-9]+/'; then bad "$name drew no frame" "$(screen "$name")"; return; fi
    [ -n "$keys" ] && tm send-keys -t "$name" $keys
    check "$name: reached the state" wait_screen "$name" "$shows_re"
    if [ "$sig" = INT ]; then tm send-keys -t "$name" C-c; else signal_app "$name" "$sig"; fi
    check "$name: exits" wait_exit "$name"
    check "$name: exit status $status" rc_is "$name" "$status"
    check "$name: terminal cooked afterwards" cooked "$name"
    check "$name: alternate screen left, cursor shown" screen_restored "$name"
}
signal_case playint INT Space 'playing' 130
signal_case playterm TERM Space 'playing' 143
signal_case playhup HUP Space 'playing' 129
signal_case helphup HUP '?' 'quit' 129
signal_case helpint INT '?' 'quit' 130
# Every other signal that would end the process gives the terminal back too (exit 128 + signal).
signal_case usr1 USR1 '' 'paused' 138
signal_case usr2 USR2 Space 'playing' 140
signal_case alrm ALRM '' 'paused' 142
signal_case pipe PIPE Space 'playing' 141
signal_case xcpu XCPU '' 'paused' 152
signal_case quit QUIT '?' 'quit' 131
signal_case vtalrm VTALRM '' 'paused' 154

# --- the story: description on open, the legend on ?, the exit status of a program that raises --
KEEP_DESCRIPTION=1 start desc
check "the description shows on open" wait_screen desc 'Two tasks print the virtual wall'
check "the description says how to close it" shows desc 'any key closes this; d shows it again'
tm send-keys -t desc Right
check "any key closes the description" wait_until eval "! shows desc 'Two tasks print the virtual wall'"
check "the key that closed it did not step" step_is desc -eq 1
tm send-keys -t desc d
check "d shows the description again" wait_screen desc 'Two tasks print the virtual wall'
tm send-keys -t desc d
check "d closes it" wait_until eval "! shows desc 'Two tasks print the virtual wall'"
tm send-keys -t desc '?'
check "? shows the keys" wait_screen desc 'v / d +variables / description'
check "? explains the lane states" shows desc '■ stopped: deadlock or limit'
check "? explains the markers" shows desc '» resumed by send\(value\)'
check "? explains the playhead" shows desc '▼ playhead'
legend_fits() { local s; s=$(screen desc); grep -q 'lane states' <<<"$s" && grep -q '◇ timer fired' <<<"$s" && [ "$(wc -L <<<"$s")" -le 100 ]; }
check "the legend fits on the screen" legend_fits
tm send-keys -t desc '?'
check "any key closes the legend" wait_until eval "! shows desc 'lane states'"
tm send-keys -t desc q
check "desc session quits with 0" wait_until rc_is desc 0

# A program that raises: the traceback in the output pane, marked as stderr, and the viewer's
# exit status after q is what `schedviz run` returns.
mkdir -p "$WORK/raise"
printf '%s\n' 'import asyncio' 'async def worker(n):' '    await asyncio.sleep(1)' '    raise ValueError(f"bad {n}")' \
    'async def main():' '    print("start")' '    await asyncio.gather(worker(1))' 'asyncio.run(main())' > "$WORK/raise/raise.py"
printf '%s\n' '{"title": "raises", "source_file": "raise.py"}' > "$WORK/raise/raise.json"
(cd "$WORK/raise" && "$BIN" run raise.json >/dev/null 2>&1); run_status=$?
start raise "" "" raise.json
if wait_screen raise 'step [0-9]+/'; then
    tm send-keys -t raise G
    check "the traceback shows in the output pane, marked stderr" wait_screen raise 'stderr│ ValueError: bad 1'
    tm send-keys -t raise Home
    check "Home goes to the first event" wait_step raise -eq 1
    tm send-keys -t raise r
    check "r goes to the next exception" wait_screen raise 'raises ValueError: bad 1'
    tm send-keys -t raise End
    check "End goes to the last event" wait_screen raise 'the program ends with an uncaught exception'
    tm send-keys -t raise R
    check "R goes back to an earlier exception" wait_until eval "! shows raise 'the program ends with an uncaught exception'"
    tm send-keys -t raise q
    check "exit status after q equals run's ($run_status)" wait_until rc_is raise "$run_status"
    check "run's status for a program that raises is 1" [ "$run_status" -eq 1 ]
else
    bad "raising session drew no frame" "$(screen raise)"
fi

# --- causes: cancel.json, from Task-2's resumption to the cancel behind it, and back ---------
start cause "" "" scenarios/cancel.json
if opened cause; then
    # The event where Task-2 resumes with the CancelledError: counted in the trace, reached by steps.
    target=$(event_number cause scenarios/cancel.json '"lane":"Task-2","kind":"resumed".*throw')
    press cause l "$target"
    check "Task-2's resumption says the cancel woke it" wait_screen cause "#$target .*Task-2 resumes .*Task-1 cancelled it at line 21"
    tm send-keys -t cause c
    check "c jumps to the cancel" wait_screen cause "#[0-9]+ t=2\.000 Task-1 cancels Task-2 at line 21"
    tm send-keys -t cause b
    check "b jumps back to the resumption" wait_screen cause "#$target .*Task-2 resumes"
    quits cause
fi

# --- the other keys on queue.json: seeks, paging, collapse, housekeeping, speed, axis, lanes ---
start keys "" "" scenarios/queue.json
if opened keys; then
    tm send-keys -t keys '}'
    check "} goes to the next output" wait_screen keys 'prints "produced'
    tm send-keys -t keys '{'
    check "{ goes back to an earlier output (or stays at the first)" wait_screen keys 'step [0-9]+/'
    tm send-keys -t keys '>'
    check "> goes to the next clock jump" wait_screen keys 'the virtual clock jumps'
    tm send-keys -t keys ')'
    check ") goes to a step of another task" wait_screen keys 'the event loop runs a step of'
    tm send-keys -t keys '('
    check "( goes back to a task switch" wait_screen keys 'the event loop runs a step of'
    tm send-keys -t keys '<'
    check "< goes back to a clock jump (or the start)" wait_screen keys 'step [0-9]+/'
    before=$(step keys)
    tm send-keys -t keys ']'
    check "] goes to the lane's next event" wait_until eval "[ \"\$(step keys)\" != \"$before\" ]"
    before=$(step keys)
    tm send-keys -t keys NPage
    check "PgDn moves a screenful on" wait_step keys -gt $((before + 20))
    paged=$(step keys)
    tm send-keys -t keys PPage
    check "PgUp moves a screenful back" wait_step keys -lt $((paged - 20))
    tm send-keys -t keys e
    check "e collapses every task's sub-lanes" wait_until eval "! shows keys '└ Queue.get'"
    tm send-keys -t keys E
    check "E expands them again" wait_screen keys '└ Queue.get'
    tm send-keys -t keys End
    tm send-keys -t keys a
    check "a hides asyncio's housekeeping tasks" wait_until eval "! shows keys 'shutdown_asyncgens'"
    tm send-keys -t keys a
    check "a shows them again" wait_screen keys "housekeeping tasks shown"
    tm send-keys -t keys +
    check "+ plays faster" wait_screen keys 'speed 80/s'
    tm send-keys -t keys -
    tm send-keys -t keys -
    check "- plays slower" wait_screen keys 'speed 20/s'
    tm send-keys -t keys t
    check "t switches to the time axis" wait_screen keys 'axis: time'
    tm send-keys -t keys t
    tm send-keys -t keys j
    check "j picks a lane (the source is pinned)" wait_screen keys 'pinned'
    quits keys
fi

# --- variables: coro.json's local after the send, and not before it -------------------------
start vars "" "" scenarios/coro.json
if opened vars; then
    target=$(event_number vars scenarios/coro.json "send 'World'")
    press vars l $((target - 1))
    tm send-keys -t vars v
    check "v shows the variables pane" wait_screen vars 'variables'
    check "before the send, hello is not set yet" wait_until eval "! shows vars \"hello = 'World'\""
    tm send-keys -t vars l
    check "after the send, hello = 'World'" wait_screen vars "hello = 'World'"
    tm send-keys -t vars h
    check "stepping back, hello is gone again" wait_until eval "! shows vars \"hello = 'World'\""
    quits vars
fi

# --- control characters the program prints never reach the terminal raw --------------------
mkdir -p "$WORK/ctl"
printf '%s\n' 'print("bell\a esc\x1b[2J cr\r done")' 'print("\x1b]0;pwned\x07title")' \
    'import asyncio' 'async def c(): pass' \
    'async def main(): await asyncio.create_task(c(), name="N\x1b]0;pwned\x07\u202e\x85\nfake")' \
    'asyncio.run(main())' > "$WORK/ctl/ctl.py"
start ctl "" "" "$WORK/ctl/ctl.py"
if wait_screen ctl 'step [0-9]+/'; then
    tm send-keys -t ctl G
    check "control characters shown escaped" wait_screen ctl 'esc\\x1b\[2J'
    check "a task name's controls shown escaped in the lane column" wait_screen ctl 'N\\x1b\]0;pwned'
    check "the screen was not cleared by the program's ESC[2J" wait_screen ctl 'step [0-9]+/'
    title_kept() { [ "$(tm display-message -p -t ctl '#{pane_title}')" != "pwned" ]; }
    check "the program's OSC title sequence was not sent" title_kept
    tm send-keys -t ctl q
    check "control-character session quits with 0" wait_until rc_is ctl 0
else
    bad "control-character session drew no frame" "$(screen ctl)"
fi
ctl_export() {
    local out; out=$(cd "$WORK/ctl" && "$BIN" trace ctl.py; "$BIN" trace ctl.py --format jsonl; "$BIN" timeline ctl.py)
    ! LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' <<<"$out" &&
        ! LC_ALL=C grep -qE $'\xc2[\x80-\x9f]|\xe2\x80[\xab-\xae]' <<<"$out" && ! grep -q '^fake' <<<"$out"
}
check "exports and timeline carry no raw control, C1 or bidi characters" ctl_export

# --- locale and colour ------------------------------------------------------------------------
start ascii "LANG=C LC_ALL=C"
check "C locale falls back to ASCII glyphs" wait_screen ascii '\|\| paused'
ascii_only() { ! screen ascii | LC_ALL=C grep -q '[^ -~]'; }
check "C locale screen is pure ASCII" ascii_only
colours() { tm capture-pane -p -e -t "$1" | grep -Eq $'\e\\[[0-9;]*3[0-7]m|\e\\[[0-9;]*38;'; }
check "colours by default" colours ascii
tm send-keys -t ascii q
start nocolor "NO_COLOR=1"
if wait_screen nocolor 'step [0-9]+/'; then
    check "NO_COLOR: no colour escapes" eval '! colours nocolor'
    # The mark itself in reverse video (the key bar is reversed too, so the mark is what counts).
    playhead_shown() { tm capture-pane -p -e -t nocolor | grep -Eq $'\e\\[[0-9;]*;7m(\e\\[[0-9;]*m)*▼'; }
    check "NO_COLOR: the playhead is marked and in reverse video" playhead_shown
else
    bad "NO_COLOR session drew no frame" "$(screen nocolor)"
fi
tm send-keys -t nocolor q
check "NO_COLOR session quits with 0" wait_until rc_is nocolor 0

# --- navigation: jump, search, filter, hide finished, mouse ------------------------------------
mkdir -p "$WORK/nav"
cp "$ROOT/Tests/SchedVizTests/Fixtures/workers.py" "$WORK/nav/"   # twelve tasks worker-0 … worker-11
start nav "" "" workers.py
if opened nav; then
    total=$(screen nav | grep -Eo 'step [0-9]+/[0-9]+' | head -1 | sed -E 's#.*/##')
    tm send-keys -t nav -l ':50%'
    check ": opens the jump prompt on the bottom line" wait_screen nav '^:50%_'
    tm send-keys -t nav Enter
    check ":50% jumps to the middle event" wait_step nav -eq $((total / 2 + 1))
    tm send-keys -t nav b
    check "b goes back from the jump" wait_step nav -eq 1
    tm send-keys -t nav -l '/worker-7'
    tm send-keys -t nav Enter
    check "/worker-7 finds worker-7's first event" wait_screen nav 'worker-7: event #[0-9]+'
    found=$(step nav)
    tm send-keys -t nav n
    check "n finds the next match" wait_step nav -gt "$found"
    tm send-keys -t nav N
    check "N goes back to the previous match" wait_step nav -eq "$found"
    tm send-keys -t nav -l '\worker'
    tm send-keys -t nav Enter
    filtered() { shows nav 'lanes containing "worker"' && shows nav '^ worker-7 ' && ! shows nav '^ Task-1 ' && ! shows nav '^ main '; }
    check "\\worker keeps only the worker lanes" wait_until filtered
    tm send-keys -t nav -l '\'
    tm send-keys -t nav Enter
    # Every lane again: the chart scrolls to keep worker-7 (the source's lane) in view.
    check "\\ with nothing shows every lane again" wait_screen nav 'all lanes shown'
    unfiltered() { shows nav '^ ↑[0-9]+ ↓[0-9]+ more'; }
    check "\\ with nothing: lanes above and below worker-7 again" unfiltered
    tm send-keys -t nav G
    tm send-keys -t nav f
    hidden() { shows nav 'finished tasks hidden' && ! shows nav '^ worker-' && ! shows nav '^ Task-1 '; }
    check "f at the end hides the finished tasks" wait_until hidden
    tm send-keys -t nav f
    check "f again shows them" wait_screen nav '^ Task-1 '
    tm send-keys -t nav g
    wait_step nav -eq 1
    # A press and a release (X10 mouse encoding: 32 + button, 33 + column, 33 + row), the
    # way a terminal reports a click: column 40 of the chart's first row.
    tm send-keys -t nav -l $'\e[M I$'; tm send-keys -t nav -l $'\e[M#I$'
    check "a click on a chart column moves the playhead there (step 15)" wait_step nav -eq 15
    tm send-keys -t nav -l $'\e[M $%'; tm send-keys -t nav -l $'\e[M#$%'
    check "a click on a lane pins the source to it" wait_screen nav 'pinned \(F follows\): Task-1'
    tm send-keys -t nav F
    check "F follows the playhead again" wait_screen nav '─ source: '
    tm send-keys -t nav g
    tm send-keys -t nav -l $'\e[Ma$%'         # the wheel turned down (button 64 + 1) over the lanes
    check "the wheel scrolls the lanes (3 hidden above)" wait_screen nav '^ ↑3 ↓[0-9]+ more'
    tm send-keys -t nav q
    check "nav session quits with the program's status (1: it raises)" wait_until rc_is nav 1
fi

# --- no terminal --------------------------------------------------------------------------------
out=$(cd "$WORK" && echo | "$BIN" scenarios/dates.json 2>&1 >/dev/null); status=$?
nottty() { [ "$status" -eq 2 ] && grep -q 'needs a terminal' <<<"$out" && grep -q 'schedviz trace' <<<"$out"; }
check "stdin not a terminal: exit 2 with the message" nottty
S=main

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
