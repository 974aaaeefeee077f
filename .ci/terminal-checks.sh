#!/usr/bin/env bash
# Real-terminal checks of the casedesk binary in tmux:
#   1. CJK alignment: the box's right border stays in one display column on every row.
#   2. Resize: after resize-window to 80x24 the screen is redrawn at the new width.
#   3. Quit: `q` exits 0, leaves the alternate screen and shows the cursor again.
#   4. TERM=vt100 and NO_COLOR=1 start and quit cleanly and draw no colour sequences.
#   5. An unknown TERM exits with code 2 and a one-line message.
#   6. SIGTERM restores the terminal (alternate screen left, cursor visible).
#   7. Chinese typed into the filter as an input method delivers it (one committed string)
#      narrows the list to the matching rows; Ctrl-F finds an enterprise by USCC and opens its card.
#   8. The positive list pane (2) shows the 98 listed at the demo's year end, its chart (C) the
#      growth from 88 to 98, and t switches to the candidates tab; a clerk's admission of a
#      candidate (a, Ctrl-S) is proposed for approval.
#   9. The case review pane (5) lists the demo's 79 cases most urgent first, overdue ones in the
#      alarm style; m shows an approver's queue.
#  10. The referrals pane (6) lists the demo's 8 referrals with their kinds; Enter shows the
#      detail with its documents checklist.
#  11. `casedesk demo --reset --no-open` on an existing demo rebuilds it and prints its record
#      count (the same as the first build's), leaving nothing beside it.
# Usage: .ci/terminal-checks.sh [path/to/casedesk]   (default .build/debug/casedesk)
# Prints PASS/FAIL per check; exits non-zero when any check fails. Uses a private tmux server
# (its own socket), killed on exit. Waits by polling with deadlines, never fixed long sleeps.
set -uo pipefail
unset TMUX
cd "$(dirname "$0")/.."

BIN=${1:-.build/debug/casedesk}
if [ ! -x "$BIN" ]; then
  echo "FAIL setup: $BIN is not an executable (build it first)"
  exit 1
fi
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
for tool in tmux python3 timeout; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "FAIL setup: $tool is not installed"
    exit 1
  fi
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/cdcheck.XXXXXX")
SOCKET="cdcheck-$$"
TMUX_CMD=(tmux -u -L "$SOCKET" -f /dev/null)
cleanup() {
  "${TMUX_CMD[@]}" kill-server >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The terminal type tmux emulates, for the runs that do not test TERM itself.
if infocmp tmux-256color >/dev/null 2>&1; then TMUX_TERM=tmux-256color; else TMUX_TERM=screen-256color; fi

FAILURES=0
pass() { echo "PASS $1"; }
fail() {
  echo "FAIL $1"
  FAILURES=$((FAILURES + 1))
}

# Helpers in Python: display widths (wcwidth, else East Asian Width) and SGR parsing.
cat >"$WORK/check.py" <<'PY'
import re
import sys
import unicodedata

try:
    from wcwidth import wcwidth as _wcwidth

    def width(ch):
        w = _wcwidth(ch)
        return 1 if w < 0 else w
except ImportError:
    def width(ch):
        if unicodedata.combining(ch):
            return 0
        return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1

RIGHT = set("│┐┘┤║╗╝╢╡")


def columns(line):
    """Maps display column -> character starting there."""
    out, col = {}, 0
    for ch in line:
        out[col] = ch
        col += width(ch)
    return out, col


def box(path, expected_right=None):
    """Every complete box (┌…┐ over └…┘) keeps its borders in one column on every row."""
    lines = open(path, encoding="utf-8", errors="replace").read().split("\n")
    grid = [columns(line) for line in lines]
    bad, boxes = [], []
    for number, (_, total) in enumerate(grid):
        if expected_right is not None and total > expected_right:
            bad.append((number, f"{total} columns wide, wider than {expected_right}"))
    for top, (cols, _) in enumerate(grid):
        for left in sorted(c for c, ch in cols.items() if ch == "┌"):
            rights = [c for c, ch in cols.items() if ch == "┐" and c > left]
            bottom = next(
                (i for i in range(top + 1, len(grid)) if grid[i][0].get(left) == "└"), None)
            if not rights or bottom is None:
                continue  # not a closed box (a tab, a ruler): nothing to align
            right = min(rights)
            boxes.append((top, bottom, left, right))
            for i in range(top + 1, bottom + 1):
                row = grid[i][0]
                wanted = "┘" if i == bottom else RIGHT
                if row.get(right, "") == "" or row.get(right) not in wanted:
                    found = [c + 1 for c, ch in row.items() if ch in RIGHT and c > left]
                    bad.append((i, f"right border expected at column {right + 1}, "
                                   f"found at {found or 'none'}"))
    if not boxes:
        print("  no box (┌…┐ above └…┘) on screen")
        return 1
    widest = max(right for _, _, _, right in boxes) + 1
    if expected_right is not None and widest != expected_right:
        bad.append((boxes[0][0], f"right-most border at column {widest}, "
                                 f"expected {expected_right}"))
    for i, why in bad[:12]:
        print(f"  line {i + 1}: {why}: {lines[i]!r}")
    if not bad:
        spans = ", ".join(f"rows {t + 1}-{b + 1} right border column {r + 1}"
                          for t, b, _, r in boxes[:4])
        print(f"  {len(boxes)} box(es): {spans}")
    return 1 if bad else 0


SGR = re.compile(r"\x1b\[([0-9;:]*)m")


def colour_codes(params):
    found, parts, i = [], [p for p in params.replace(":", ";").split(";")], 0
    while i < len(parts):
        p = parts[i]
        n = int(p) if p.isdigit() else 0
        if n in (38, 48, 58):
            found.append(";".join(parts[i:i + 3]))
            i += 5 if i + 1 < len(parts) and parts[i + 1] == "2" else 3
            continue
        if 30 <= n <= 37 or 40 <= n <= 47 or 90 <= n <= 97 or 100 <= n <= 107:
            found.append(p)
        i += 1
    return found


def nocolour(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    found = []
    for match in SGR.finditer(text):
        found += colour_codes(match.group(1))
    if found:
        print(f"  colour SGR parameters on screen: {sorted(set(found))[:10]}")
        return 1
    return 0


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "box":
        sys.exit(box(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else None))
    if command == "nocolour":
        sys.exit(nocolour(sys.argv[2]))
    sys.exit(2)
PY

capture() { "${TMUX_CMD[@]}" capture-pane -p -t "$1" "${@:2}" 2>/dev/null; }
pane_format() { "${TMUX_CMD[@]}" display-message -p -t "$1" "$2" 2>/dev/null; }

# Starts casedesk demo in a new 100x30 session: start_app NAME "ENV=… …" "ARGS…".
# The app runs with a pid file (for the signal check); the pane shows EXITED:<status> after it.
start_app() {
  local name=$1 envs=$2 args=$3 data pidfile inner
  data=$(mktemp -d "$WORK/data.XXXXXX")
  pidfile="$WORK/$name.pid"
  inner="echo \$\$ > $(printf %q "$pidfile"); exec env -u NO_COLOR -u COLORTERM"
  inner+=" LANG=C.UTF-8 TERM=$TMUX_TERM $envs $(printf %q "$BIN") demo"
  inner+=" --data $(printf %q "$data") $args"
  "${TMUX_CMD[@]}" new-session -d -x 100 -y 30 -s "$name" \
    "sh -c $(printf %q "$inner"); echo EXITED:\$?; sleep 30"
}

# Polls the pane until its text matches a grep -E pattern; returns 1 after `seconds`.
wait_for() {
  local name=$1 pattern=$2 seconds=${3:-20} deadline
  deadline=$((SECONDS + seconds))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if capture "$name" | grep -Eq -- "$pattern"; then return 0; fi
    if [ "$pattern" != "EXITED:" ] && capture "$name" | grep -q "EXITED:"; then return 1; fi
    sleep 0.1
  done
  return 1
}

# Fails a check and shows the pane it looked at: fail_with_pane NAME MESSAGE.
fail_with_pane() {
  fail "$2; pane:"
  capture "$1" | sed 's/^/  | /'
}

# Passes a check when the pane shows a grep -E pattern within SECONDS and, when ALSO is not
# empty, the fixed text ALSO as well; else fails it showing the pane.
# expect_screen NAME PATTERN SECONDS ALSO PASS-MESSAGE FAIL-MESSAGE
expect_screen() {
  if wait_for "$1" "$2" "$3" && { [ -z "$4" ] || capture "$1" | grep -q -- "$4"; }; then
    pass "$5"
    return 0
  fi
  fail_with_pane "$1" "$6"
  return 1
}

# Waits for the demo screen; on failure prints the pane and fails the named check.
wait_for_demo() {
  if wait_for "$1" "DEMO" 30; then return 0; fi
  fail_with_pane "$1" "$2: the demo screen (DEMO) did not appear"
  return 1
}

# Sends q (then Enter if a confirmation is showing) and waits for the app to end.
quit_app() {
  local name=$1
  "${TMUX_CMD[@]}" send-keys -t "$name" q
  if wait_for "$name" "EXITED:" 3; then return 0; fi
  "${TMUX_CMD[@]}" send-keys -t "$name" Enter
  wait_for "$name" "EXITED:" 10
}

exit_status() { capture "$1" | grep -Eo "EXITED:[0-9]+" | tail -n 1 | cut -d: -f2; }

# Checks that the pane left the alternate screen and shows the cursor.
check_restored() {
  local name=$1 label=$2 alternate cursor
  alternate=$(pane_format "$name" '#{alternate_on}')
  cursor=$(pane_format "$name" '#{cursor_flag}')
  if [ "$alternate" = "0" ] && [ "$cursor" = "1" ]; then
    pass "$label: terminal restored (alternate screen off, cursor visible)"
  else
    fail "$label: terminal not restored: alternate_on=$alternate cursor_flag=$cursor"
  fi
}

# --- 1–3: alignment, resize, quit -------------------------------------------------------------
start_app main "" "--lang zh"
if wait_for_demo main "alignment"; then
  capture main >"$WORK/main.txt"
  if python3 "$WORK/check.py" box "$WORK/main.txt" >"$WORK/box.log"; then
    pass "CJK alignment: $(tr -d '\n' <"$WORK/box.log" | sed 's/^ *//')"
  else
    fail "CJK alignment: right borders differ:"
    cat "$WORK/box.log"
  fi

  "${TMUX_CMD[@]}" resize-window -t main -x 80 -y 24
  deadline=$((SECONDS + 10))
  resized=1
  while [ "$SECONDS" -lt "$deadline" ]; do
    capture main >"$WORK/resized.txt"
    if python3 "$WORK/check.py" box "$WORK/resized.txt" 80 >"$WORK/resize.log"; then
      resized=0
      break
    fi
    sleep 0.2
  done
  size=$(pane_format main '#{pane_width}x#{pane_height}')
  if [ "$resized" -eq 0 ] && [ "$size" = "80x24" ]; then
    pass "resize: redrawn at 80x24, right border at column 80"
  else
    fail "resize: not redrawn at 80x24 (pane $size):"
    cat "$WORK/resize.log"
    sed 's/^/  | /' "$WORK/resized.txt"
  fi

  if quit_app main; then
    status=$(exit_status main)
    if [ "$status" = "0" ]; then pass "quit: q exits with status 0"; else
      fail "quit: exit status $status"
      capture main | sed 's/^/  | /'
    fi
    check_restored main "quit"
  else
    fail "quit: the app did not exit after q (and Enter)"
    capture main | sed 's/^/  | /'
  fi
fi

# --- 4: TERM=vt100 and NO_COLOR=1 ---------------------------------------------------------------
for variant in "TERM=vt100" "NO_COLOR=1"; do
  name="plain${variant%%=*}"
  start_app "$name" "$variant" "--lang en"
  if ! wait_for_demo "$name" "$variant"; then continue; fi
  capture "$name" -e >"$WORK/$name.ansi"
  if python3 "$WORK/check.py" nocolour "$WORK/$name.ansi" >"$WORK/$name.log"; then
    pass "$variant: no colour sequences on screen"
  else
    fail "$variant: colour on screen:"
    cat "$WORK/$name.log"
  fi
  if quit_app "$name" && [ "$(exit_status "$name")" = "0" ]; then
    pass "$variant: starts and quits with status 0"
  else
    fail "$variant: did not quit cleanly (status $(exit_status "$name"))"
    capture "$name" | sed 's/^/  | /'
  fi
done

# --- 5: unknown TERM ----------------------------------------------------------------------------
data=$(mktemp -d "$WORK/data.XXXXXX")
timeout 20 env TERM=no-such-terminal-xyz LANG=C.UTF-8 "$BIN" demo --data "$data" \
  </dev/null >"$WORK/unknown.out" 2>&1
status=$?
lines=$(grep -c . "$WORK/unknown.out")
if [ "$status" -eq 2 ] && [ "$lines" -eq 1 ]; then
  pass "unknown TERM: exit 2 with: $(head -c 200 "$WORK/unknown.out")"
else
  fail "unknown TERM: expected exit 2 and one line, got exit $status and $lines lines:"
  sed 's/^/  | /' "$WORK/unknown.out" | head -n 20
fi

# --- 6: SIGTERM restores the terminal -----------------------------------------------------------
start_app term "" "--lang en"
if wait_for_demo term "SIGTERM"; then
  pid=$(cat "$WORK/term.pid" 2>/dev/null)
  if [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait_for term "EXITED:" 10; then
    status=$(exit_status term)
    if [ "$status" = "143" ]; then pass "SIGTERM: the app ends by SIGTERM (143)"; else
      fail "SIGTERM: exit status $status, expected 143"
    fi
    check_restored term "SIGTERM"
  else
    fail "SIGTERM: the app did not end after SIGTERM"
    capture term | sed 's/^/  | /'
  fi
fi

# --- 7: Chinese in the filter, and the quick lookup ----------------------------------------------
start_app filter "" "--lang zh"
if wait_for_demo filter "Chinese filter"; then
  "${TMUX_CMD[@]}" send-keys -t filter /
  # An input method commits the composed text in one write: send it literally, at once.
  "${TMUX_CMD[@]}" send-keys -t filter -l "台安东成"
  if wait_for filter "企业 · [0-9]+/1260" 10 && capture filter | grep -q "▶ *台安东成制药"; then
    pass "Chinese filter: 台安东成 narrows to $(capture filter | grep -Eo '[0-9]+/1260' | head -n 1) with 台安东成制药 selected"
  else
    fail_with_pane filter "Chinese filter: the list did not narrow to 台安东成"
  fi
  "${TMUX_CMD[@]}" send-keys -t filter Escape
  "${TMUX_CMD[@]}" send-keys -t filter C-f
  "${TMUX_CMD[@]}" send-keys -t filter -l "91210321MD4NHLL87G"
  if wait_for filter "快速查找 · 共 1 条" 10; then
    "${TMUX_CMD[@]}" send-keys -t filter Enter
    expect_screen filter "状态卡 · 台安东成制药" 10 "" \
      "quick lookup: Ctrl-F, a USCC and Enter open the status card of 台安东成制药" \
      "quick lookup: Enter did not open the enterprise"
  else
    fail_with_pane filter "quick lookup: the USCC did not give exactly one match"
  fi
  quit_app filter >/dev/null
fi

# --- 8: the positive list pane ---------------------------------------------------------------------
start_app positive "" "--lang zh"
if wait_for_demo positive "positive list"; then
  "${TMUX_CMD[@]}" send-keys -t positive 2
  expect_screen positive "\\[在册 98\\]" 10 "正面清单 · 共 98 条" \
    "positive list: pane 2 shows the 98 listed enterprises" \
    "positive list: pane 2 did not show 98 listed"
  "${TMUX_CMD[@]}" send-keys -t positive C
  expect_screen positive "年初 88 → 目前 98" 10 "12月" \
    "positive list: C shows the list's growth from 88 to 98 over 2025" \
    "positive list: the chart did not show 88 → 98"
  "${TMUX_CMD[@]}" send-keys -t positive C t
  expect_screen positive "\\[候选 [0-9]+\\]" 10 "" \
    "positive list: t switches to the candidates tab" \
    "positive list: t did not switch to the candidates tab"
  quit_app positive >/dev/null
fi

start_app admit "" "--lang zh --operator clerk1"
if wait_for_demo admit "admission"; then
  "${TMUX_CMD[@]}" send-keys -t admit 2 t
  if wait_for admit "\\[候选 [0-9]+\\]" 10; then
    "${TMUX_CMD[@]}" send-keys -t admit a
    if wait_for admit "纳入正面清单" 10; then
      "${TMUX_CMD[@]}" send-keys -t admit C-s
      expect_screen admit "已提请纳入，等待审批" 10 "待审批" \
        "admission: a clerk's admission of a candidate (a, Ctrl-S) is proposed for approval" \
        "admission: Ctrl-S did not propose the admission"
    else
      fail_with_pane admit "admission: a did not open the admission form"
    fi
  else
    fail_with_pane admit "admission: the candidates tab did not show"
  fi
  quit_app admit >/dev/null
fi

# --- 9: the case review pane ---------------------------------------------------------------------
start_app cases "" "--lang zh --operator leader1"
if wait_for_demo cases "case review"; then
  "${TMUX_CMD[@]}" send-keys -t cases 5
  expect_screen cases "\\[全部案件 79\\]" 10 "逾期[0-9]*天" \
    "case review: pane 5 lists the 79 cases, overdue first" \
    "case review: pane 5 did not list the cases"
  "${TMUX_CMD[@]}" send-keys -t cases m
  expect_screen cases "\\[我的待办 [0-9]+" 10 "我的待办 · 共" \
    "case review: m shows the approver's queue" \
    "case review: m did not show my queue"
  quit_app cases >/dev/null
fi

# --- 10: the referrals pane ------------------------------------------------------------------------
start_app referrals "" "--lang zh"
if wait_for_demo referrals "referrals"; then
  "${TMUX_CMD[@]}" send-keys -t referrals 6
  if wait_for referrals "移送 · 共 8 条" 10 && capture referrals | grep -q "涉罪" \
    && capture referrals | grep -q "拘留" && capture referrals | grep -q "在办：涉罪"; then
    pass "referrals: pane 6 lists the demo's 8 referrals with their kinds"
  else
    fail_with_pane referrals "referrals: pane 6 did not list the referrals with their kinds"
  fi
  "${TMUX_CMD[@]}" send-keys -t referrals Enter
  expect_screen referrals "移送材料（必备 [0-9]+/[0-9]+）" 10 "" \
    "referrals: Enter opens the detail with the documents checklist" \
    "referrals: Enter did not show the referral's detail"
  quit_app referrals >/dev/null
fi

# --- 11: demo --reset ------------------------------------------------------------------------------
data=$(mktemp -d "$WORK/data.XXXXXX")
first=$(timeout 120 env LANG=C.UTF-8 "$BIN" demo --no-open --data "$data" 2>/dev/null)
reset=$(timeout 120 env LANG=C.UTF-8 "$BIN" demo --reset --no-open --data "$data" 2>"$WORK/reset.err")
status=$?
built=$(printf '%s\n' "$first" | grep -Eo '[0-9]+ records')
rebuilt=$(printf '%s\n' "$reset" | grep -Eo '[0-9]+ records')
if [ "$status" -eq 0 ] && [ -n "$rebuilt" ] && [ "$rebuilt" = "$built" ] \
  && grep -q "Demo workspace rebuilt: ${rebuilt}\." "$WORK/reset.err" \
  && [ ! -e "$data.reset-new" ] && [ ! -e "$data.reset-old" ]; then
  pass "demo --reset: rebuilt the demo, $rebuilt"
else
  fail "demo --reset: status $status, first build '$built', reset '$rebuilt'; output:"
  printf '%s\n' "$reset" | sed 's/^/  | /'
  sed 's/^/  ! /' "$WORK/reset.err"
fi

if [ "$FAILURES" -eq 0 ]; then
  echo "terminal checks: all passed"
  exit 0
fi
echo "terminal checks: $FAILURES failed"
exit 1
