#!/usr/bin/python3
# test-a11y.py
#
# Copyright 2026 Gemeente Dordrecht
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What a screen reader meets: the application runs on a private X server with its own D-Bus
# session and accessibility bus, and is read through AT-SPI, as ../shared/tools/ui-drive
# does. Every section is opened with the keyboard: Tab from the start into the sidebar, then
# Down from row to row; in each, every control on screen (a button, toggle, check box, radio
# button, combo box, text field, spin button, menu item, tab, slider, link, switch) must
# have a name (not empty, and not the type name GTK gives a widget without one), and Tab
# must take the keyboard from the sidebar into the section and Shift+Tab back. Ctrl+F from
# the sidebar must reach the section's search field (when it has one), Escape empty it and a
# second Escape go on to the results. Then the form of an existing action (opened from its
# row in Pillar 2: it has no Save button, each change is saved at once) is checked the same
# way, with its window's close button named and Escape closing it; then the form of a new
# plan period, a 2025-2026 plan is made with it, and the plan switcher that appears must be
# named too. One TAP line per section: a failure lists the role and the path of each control
# without a name, and what the keyboard did.
#
# Usage: test-a11y.py PATH-TO-ONDERMIJNING (prints TAP). It starts its own Xvfb and D-Bus
# session (xvfb-run, dbus-run-session), so it runs the same inside or outside `make check`
# and is not disturbed by the windows of other tests.

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import warnings

CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "entry", "password text", "spin button", "menu item", "check menu item",
    "radio menu item", "page tab", "slider", "link", "switch", "push button menu",
}
TIMEOUT = 60.0
# GTK 4.8 names a widget that has no label after its type ("GtkToggleButton"): no name either.
TYPE_NAME = re.compile(r"^(Gtk|Adw|Ond)[A-Z][A-Za-z]*$")


# The inner run's exit status when the application could not open the X display.
NO_DISPLAY = 3


def skip_all(reason):
    print("1..0 # SKIP %s" % reason, flush=True)
    sys.exit(0)


def reexec_in_private_session():
    """Runs this script again under its own X server and D-Bus session."""
    needed = ["xvfb-run", "dbus-run-session", "xdotool", "xauth"]
    missing = [tool for tool in needed if shutil.which(tool) is None]
    if missing:
        skip_all("needs %s (build-aux/install-deps.sh test)" % ", ".join(missing))
    env = dict(os.environ, OND_A11Y_INNER="1")
    # The accessibility bridge must be on; the GUI tests' environment may switch it off.
    env.pop("NO_AT_BRIDGE", None)
    env.pop("GTK_A11Y", None)
    env.pop("AT_SPI_BUS_ADDRESS", None)
    # The X server first: the D-Bus session, and the accessibility bus it starts, must know
    # the new display. The accessibility bus is named after the display
    # (~/.cache/at-spi/bus_N): on the display of `make check` it would take the place of the
    # bus the other GUI tests use.
    # xvfb-run -a takes the first display number without a lock file from 99 on; another
    # X server started the same way at the same moment (another test, or a build in a
    # chroot, whose lock files this one cannot see) can take the same one. Start the search
    # somewhere else.
    # And should the application still find no X server there (it happened only with
    # another X server starting on the machine at the same moment), start again once more
    # on another display: the inner run says so with exit status NO_DISPLAY, before any
    # TAP line.
    for attempt in range(3):
        first = 200 + ((os.getpid() + 233 * attempt) % 700)
        cmd = ["xvfb-run", "-a", "-n", str(first), "-s", "-screen 0 1280x800x24",
               "dbus-run-session", "--", "/usr/bin/python3", os.path.abspath(__file__)] \
            + sys.argv[1:]
        status = subprocess.run(cmd, env=env).returncode
        if status != NO_DISPLAY:
            sys.exit(status)
        print("# the application found no X server on display %d or after: again" % first,
              flush=True)
    print("Bail out! no X server could be started for the application", flush=True)
    sys.exit(1)


if not os.environ.get("OND_A11Y_INNER"):
    reexec_in_private_session()

try:
    import gi
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi, GLib  # noqa: E402
except (ImportError, ValueError) as e:
    skip_all("needs python3-gi and gir1.2-atspi-2.0: %s" % e)

# libatspi gives up on an answer after 800 ms: too short on a busy machine (the other tests
# run beside this one), where a node would then seem to have no role or name.
Atspi.set_timeout(10000, 60000)


# Reading the accessible tree.

def children(node):
    try:
        n = node.get_child_count()
    except Exception:
        return []
    out = []
    for i in range(n):
        try:
            c = node.get_child_at_index(i)
        except Exception:
            c = None
        if c is not None:
            out.append(c)
    return out


def role(node):
    try:
        return node.get_role_name()
    except Exception:
        return "?"


def name(node):
    try:
        return node.get_name() or ""
    except Exception:
        return ""


def on_screen(node):
    """GTK 4.8 keeps hidden stack pages in the tree; they have no size."""
    try:
        comp = node.get_component_iface()
        e = comp.get_extents(Atspi.CoordType.WINDOW) if comp else None
    except Exception:
        return False
    return e is not None and e.width > 0 and e.height > 0


def has_no_size(node):
    """A widget that is not on screen; FALSE for nodes that are no widget (a stack page)."""
    try:
        comp = node.get_component_iface()
        e = comp.get_extents(Atspi.CoordType.WINDOW) if comp else None
    except Exception:
        return False
    return e is not None and (e.width <= 0 or e.height <= 0)


def has_state(node, state):
    try:
        return node.get_state_set().contains(state)
    except Exception:
        return False


def walk(node, skip=(), parents=()):
    """(node, parents) for @node and its descendants that are on screen, leaving out the
    subtrees in @skip. A node without a size hides all it holds."""
    yield node, parents
    kids = children(node)
    if kids and parents and has_no_size(node):
        return
    for c in kids:
        if any(c == s for s in skip):
            continue
        yield from walk(c, skip, parents + (node,))


def path_of(node, parents):
    return " > ".join("%s '%s'" % (role(n), name(n)) for n in parents[-5:] + (node,))


def find(root, want_role, want_name, timeout=TIMEOUT, shown=True):
    end = time.time() + timeout
    while True:
        for n, _ in walk(root):
            if role(n) == want_role and name(n) == want_name and (not shown or on_screen(n)):
                return n
        if time.time() > end:
            return None
        time.sleep(0.2)


def unnamed_controls(root, skip=()):
    """The controls on screen under @root without a name, as '[role] path'; how many
    controls there were; and the search fields among them."""
    bad, n, searches = [], 0, []
    for node, parents in walk(root, skip):
        if role(node) in CONTROL_ROLES and on_screen(node):
            n += 1
            if not name(node).strip() or TYPE_NAME.match(name(node)):
                bad.append("[%s] %s" % (role(node), path_of(node, parents)))
            elif role(node) == "entry" and name(node).startswith("Search"):
                searches.append(node)
    return bad, n, searches


def text_of(node):
    try:
        it = node.get_text_iface()
        return it.get_text(0, it.get_character_count()) if it else None
    except Exception:
        return None


def check_search(focus, page, row, had_search):
    """Ctrl+F from the sidebar, typing, Escape twice, and back to the sidebar: a note on the
    search for the TAP line, and what went wrong."""
    entry = focus.after("ctrl+f", wait=5.0 if had_search else 2.0)
    if entry is None or role(entry) != "entry" or not is_within(entry, page):
        if had_search:
            return "Ctrl+F", ["Ctrl+F does not reach the section's search (focus: %s)"
                              % describe(entry)]
        if entry != row:
            return "Ctrl+F", ["Ctrl+F in a section without a search moves the keyboard to %s"
                              % describe(entry)]
        return "no search", []

    details = []
    subprocess.check_call(["xdotool", "type", "--delay", "60", "zq"])
    pump(0.6)
    typed = text_of(entry)
    if typed is not None and "zq" not in typed:
        details.append("typing after Ctrl+F does not reach the search (%r)" % typed)
    focus.after("Escape", moves=False)
    if text_of(entry) not in ("", None):
        details.append("Escape leaves %r in the search" % text_of(entry))
    left = focus.after("Escape")
    if left == entry or left is None or not (is_within(left, page) or left == row):
        details.append("a second Escape does not leave the search for the list or the "
                       "sidebar (focus: %s)" % describe(left))
    # Back to the sidebar: from the search near the top of the section, not from the list.
    focus.after("ctrl+f")
    for _ in range(20):
        if focus.node == row:
            break
        focus.after("shift+Tab")
    if focus.node != row:
        details.append("Shift+Tab does not lead back to the sidebar (focus: %s)"
                       % describe(focus.node))
    return "Ctrl+F reaches '%s', Escape empties it, then goes to %s" % (name(entry),
                                                                         describe(left)), details


class Focus:
    """Follows the keyboard focus through the focus events of the accessibility bus."""

    def __init__(self):
        self.node = None
        self.listener = Atspi.EventListener.new(self.on_event)
        self.listener.register("object:state-changed:focused")

    def on_event(self, event):
        # An object that is gone by the time the event is read (a row read again) is skipped.
        if event.detail1 == 1 and role(event.source) != "?":
            self.node = event.source

    def after(self, combo, moves=True, wait=5.0):
        """Presses @combo and returns what has the focus then: waits until the focus moves
        (at most @wait seconds: the machine may be busy) when @moves, else a moment."""
        before = self.node
        subprocess.check_call(["xdotool", "key", combo])
        end = time.time() + (wait if moves else 0.8)
        while time.time() < end:
            pump(0.1)
            if moves and self.node != before:
                break
        pump(0.3)
        return self.node


def pump(seconds):
    """Lets the events of the accessibility bus come in for @seconds."""
    ctx = GLib.MainContext.default()
    end = time.time() + seconds
    while time.time() < end:
        while ctx.iteration(False):
            pass
        time.sleep(0.02)


def describe(node):
    return "%s '%s'" % (role(node), name(node)) if node is not None else "nothing"


def is_within(node, ancestor):
    while node is not None:
        if node == ancestor:
            return True
        try:
            node = node.get_parent()
        except Exception:
            return False
    return False


# Driving the application.

def press(node):
    """Presses a button through its accessible action, as a screen reader does."""
    it = node.get_action_iface()
    for i in range(it.get_n_actions() if it else 0):
        if it.get_action_name(i) in ("click", "activate", "press"):
            it.do_action(i)
            time.sleep(0.5)
            return True
    return False


def window_action(frame, action):
    it = frame.get_action_iface()
    names = [it.get_action_name(i) for i in range(it.get_n_actions())] if it else []
    if action not in names:
        raise AssertionError("the window has no action %s (it has %s)" % (action, names))
    it.do_action(names.index(action))
    time.sleep(0.8)


def find_app(pid):
    end = time.time() + 2 * TIMEOUT
    while time.time() < end:
        desk = Atspi.get_desktop(0)
        for a in children(desk):
            try:
                if a.get_process_id() == pid and a.get_child_count() > 0:
                    return a
            except Exception:
                pass
        time.sleep(0.2)
    raise AssertionError("the window did not appear on the accessibility bus")


def frames(app):
    return [c for c in children(app) if role(c) in ("frame", "dialog")]


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def result(self, ok, description, details=()):
        self.n += 1
        print("%s %d - %s" % ("ok" if ok else "not ok", self.n, description), flush=True)
        for line in details:
            print("# " + line, flush=True)
        if not ok:
            self.failed += 1


def main():
    exe = os.path.abspath(sys.argv[1])
    tmp = tempfile.mkdtemp(prefix="ond-test-a11y-")
    env = dict(os.environ, GSETTINGS_BACKEND="memory", GSK_RENDERER="cairo",
               LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("LANGUAGE", None)
    log = open(os.path.join(tmp, "app.log"), "w+")
    proc = subprocess.Popen([exe, "--database", os.path.join(tmp, "a11y.db")], env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    tap = Tap()
    try:
        run(proc, tap)
    except AssertionError as e:
        log.seek(0)
        if tap.n == 0 and "cannot open display" in log.read():
            log.close()
            shutil.rmtree(tmp, ignore_errors=True)
            sys.exit(NO_DISPLAY)
        log.seek(0)
        tap.result(False, str(e), ["app: " + line.rstrip() for line in log.readlines()[-20:]]
                   + ["app: still running" if proc.poll() is None
                      else "app: exited with %d" % proc.returncode])
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        shutil.rmtree(tmp, ignore_errors=True)
    print("1..%d" % tap.n, flush=True)
    return 1 if tap.failed else 0


def run(proc, tap):
    app = find_app(proc.pid)
    frame = next((f for f in frames(app) if role(f) == "frame"), None)
    assert frame is not None, "no main window"
    focus = Focus()
    sidebar = find(frame, "list", "Sections")
    assert sidebar is not None, "no sidebar named Sections"
    rows = [r for r in children(sidebar) if role(r) == "list item"]
    titles = [name(r) for r in rows]
    assert len(titles) >= 10, "the sidebar lists %r" % titles

    # The stack of the sections: the node whose children are the pages named as the rows.
    stack = None
    for n, _ in walk(frame):
        if sum(1 for c in children(n) if role(c) == "panel" and name(c) in titles) >= 5:
            stack = n
            break
    assert stack is not None, "no stack of sections"
    pages = {name(c): c for c in children(stack) if role(c) == "panel"}

    # From the start, Tab reaches the sidebar; from there the keyboard does all.
    for _ in range(6):
        if focus.after("Tab") in rows:
            break
    assert focus.node in rows, "Tab does not reach the sidebar (focus: %s)" % describe(focus.node)
    start = rows.index(focus.node)
    for _ in range(start):
        focus.after("Up")

    for i, title in enumerate(titles):
        details = []
        if i > 0:
            focus.after("Down")
        end = time.time() + TIMEOUT
        while not has_state(rows[i], Atspi.StateType.SELECTED) and time.time() < end:
            pump(0.2)
        page = pages.get(title)
        ok = has_state(rows[i], Atspi.StateType.SELECTED) and page is not None
        if not ok:
            details.append("Down does not choose the section in the sidebar")
        pump(1.0)   # the section reads its lists

        # Everything on screen but the other sections' pages.
        others = [p for t, p in pages.items() if t != title]
        bad, n, searches = unnamed_controls(frame, others)
        if bad:
            ok = False
            details.append("%d of %d controls have no name:" % (len(bad), n))
            details.extend("  " + b for b in bad)

        # A section wider than the window leaves only the sidebar on screen: the keyboard
        # stays there, on to the next section.
        if find(frame, "push button", "Back to the Sections", timeout=0) is not None:
            details.append("the window folds to the sidebar alone: the section does not fit "
                           "beside it at the default window size")
            tap.result(False, "%s: %d controls on screen; not reached by keyboard" % (title, n),
                       details)
            continue

        # Tab goes from the sidebar into the section, Shift+Tab back to its row.
        into = focus.after("Tab")
        if page is None or into is None or not is_within(into, page):
            ok = False
            details.append("Tab from the sidebar does not reach the section (focus: %s)"
                           % describe(into))
        back = focus.after("shift+Tab")
        if back != rows[i]:
            ok = False
            details.append("Shift+Tab from the section does not return to the sidebar "
                           "(focus: %s)" % describe(back))
            for _ in range(20):
                if focus.after("shift+Tab") == rows[i]:
                    break

        # Ctrl+F reaches the section's search; Escape empties it, then leaves it.
        note = "search not tried"
        if focus.node == rows[i]:
            note, problems = check_search(focus, page, rows[i], bool(searches))
            if problems:
                ok = False
                details.extend(problems)
        tap.result(ok, "%s: %d controls on screen, each with a name; Tab reaches it (%s); %s"
                   % (title, n, describe(into)[:60], note), details)
        if focus.node != rows[i] and not back_to_row(focus, rows, i):
            tap.result(False, "the keyboard is lost after %s (focus: %s)"
                       % (title, describe(focus.node)))
            return

    check_action_editor(app, focus, rows, titles, pages, tap)
    check_new_plan_period(app, frame, list(pages.values()), tap)


def back_to_row(focus, rows, i):
    """Brings the keyboard back to the sidebar's row @i, with Tab and the arrow keys."""
    for _ in range(15):
        if focus.node in rows:
            break
        focus.after("Tab")
    if focus.node not in rows:
        return False
    j = rows.index(focus.node)
    for _ in range(abs(i - j)):
        focus.after("Down" if i > j else "Up")
    return focus.node == rows[i]


def action_names(node):
    try:
        it = node.get_action_iface()
        return [it.get_action_name(i) for i in range(it.get_n_actions())] if it else []
    except Exception:
        return []


def wait_for_window(app, title, present=True):
    """The window of the application named @title once it is there (@present), or None
    once it is gone."""
    end = time.time() + TIMEOUT
    while time.time() < end:
        window = next((w for w in children(app) if name(w) == title), None)
        if (window is not None) == present:
            return window
        pump(0.2)
    return None if present else window


def check_action_editor(app, focus, rows, titles, pages, tap):
    """The form of an existing action, opened as a screen reader does from its row."""
    what = "Edit Action"
    if "Pillar 2" not in titles or not back_to_row(focus, rows, titles.index("Pillar 2")):
        tap.result(False, "%s: the keyboard reaches Pillar 2" % what)
        return
    page = pages["Pillar 2"]
    end = time.time() + TIMEOUT
    row = None
    while row is None and time.time() < end:
        row = next((n for n, _ in walk(page)
                    if "row.edit" in action_names(n) and on_screen(n)), None)
        pump(0.2)
    if row is None:
        tap.result(False, "%s: an action row of Pillar 2 offers row.edit" % what)
        return
    it = row.get_action_iface()
    it.do_action(action_names(row).index("row.edit"))
    editor = wait_for_window(app, what)
    if editor is None:
        tap.result(False, "%s: the form opens from the row of '%s'" % (what, name(row)))
        return
    pump(1.0)
    bad, n, _ = unnamed_controls(editor)
    details = list(bad)
    for want_role, want_name in (("push button", "Close"), ("text", "Text"),
                                 ("combo box", "Status"), ("combo box", "Owner")):
        if find(editor, want_role, want_name, timeout=2) is None:
            details.append("no %s named %s" % (want_role, want_name))
    for gone in ("Save", "Cancel"):
        if find(editor, "push button", gone, timeout=0) is not None:
            details.append("a %s button, while each change is saved at once" % gone)
    focus.after("Escape", moves=False)
    if wait_for_window(app, what, present=False) is not None:
        details.append("Escape does not close the form")
    tap.result(not details,
               "%s: %d controls on screen, each with a name, the window's Close among them; "
               "no Save; Escape closes it" % (what, n), details)


def check_new_plan_period(app, frame, pages, tap):
    window_action(frame, "win.new-plan-period")
    dialog = None
    end = time.time() + TIMEOUT
    while dialog is None and time.time() < end:
        dialog = next((w for w in children(app) if name(w) == "New Plan Period"), None)
        time.sleep(0.2)
    if dialog is None:
        tap.result(False, "New Plan Period: the form opens", ["no window 'New Plan Period'"])
        return
    time.sleep(0.5)
    bad, n, _ = unnamed_controls(dialog)
    title = find(dialog, "text", "Title", timeout=2)
    tap.result(not bad and title is not None,
               "New Plan Period: %d controls on screen, each with a name" % n,
               bad + ([] if title is not None else ["no text field named Title"]))

    create = find(dialog, "push button", "Create")
    if create is None or not press(create):
        tap.result(False, "New Plan Period: Create", ["no button Create"])
        return
    switcher = find(frame, "combo box", "Plan Period")
    shown = name(frame) == "Uitvoeringsplan ondermijning 2025-2026"
    details = [] if switcher is not None else ["no combo box named Plan Period"]
    if not shown:
        details.append("the window shows %r" % name(frame))
    # The window around the sections, the switcher's button included.
    bad, n, _ = unnamed_controls(frame, pages)
    details.extend(bad)
    tap.result(switcher is not None and shown and not bad,
               "New Plan Period: the window shows the new plan; %d controls around the "
               "sections, the plan switcher among them, each with a name" % n, details)


if __name__ == "__main__":
    sys.exit(main())
