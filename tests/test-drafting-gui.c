/* test-drafting-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Drafting the plan survives a restart (issue 6, "done when"): in one run, on a freshly
 * seeded database, an advisor sets the status of an action of pillar 3 from its row's
 * Status drop-down and fills in the 'N.t.b.' slot of 2024 Q2 through the Planning table's
 * Fill In button and its form (which has no Save button: it saves as it closes); then the
 * window and the store are closed, the same file is opened with a new store in a new
 * window, and both edits are shown there: the status in the pillar view, the new text in
 * the planning with no trace of 'N.t.b.' on that slot. The file is read with plain SQLite
 * as well, before and after. Counted from the plan: every action starts 'gepland'; 2024 has
 * 8 planning rows (Q1, Q2, Q3, Q4 and four doorlopend), of which Q2 and Q3 say 'N.t.b.'.
 * Runs on a display: xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>

#include "ond-gui-test-util.h"
#include "ond-plan-item-editor.h"
#include "ond-plan-item.h"
#include "ond-planning-view.h"
#include "test-case-util.h"

#define MMA        "Het promoten van het meldkanaal Meld Misdaad Anoniem."
#define SLOT_WHAT  "Gastles weerbaarheid op de middelbare scholen"
#define SLOT_WHO   "Team Preventie"
#define NOTICE_TWO "2 rows of the planning are still to be decided (N.t.b.)."
#define NOTICE_ONE "1 row of the planning is still to be decided (N.t.b.)."

/* Plain SQL on the file, outside the store. */
#define SQL_ACTION_STATUS "SELECT status FROM action WHERE id = ?"
#define SQL_CHANGED_ACTIONS "SELECT count(*) FROM action WHERE status <> 'gepland'"
#define SQL_SLOT_WHAT "SELECT what FROM plan_item WHERE id = ?"
#define SQL_SLOT_WHO "SELECT who FROM plan_item WHERE id = ?"
#define SQL_OPEN_SLOTS "SELECT count(*) FROM plan_item WHERE what = 'N.t.b.'"
#define SQL_OPEN_SLOTS_Q2 \
  "SELECT count(*) FROM plan_item WHERE year = 2024 AND period = 'Q2' AND what = 'N.t.b.'"

/* The Planning section, chosen in the sidebar, showing one year as chosen in its drop-down. */
static OndPlanningView *
show_planning_year (OndWindow  *window,
                    const char *year)
{
  OndPlanningView *view = gui_choose_section (window, "Planning", OND_TYPE_PLANNING_VIEW);
  GtkDropDown *years = find_dropdown (GTK_WIDGET (view), "Show one year");

  g_assert_nonnull (years);
  choose_in_dropdown (years, year);
  return view;
}

static GtkColumnView *
planning_table (OndPlanningView *view)
{
  GtkColumnView *table = find_first (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW);

  g_assert_nonnull (table);
  return table;
}

/* A row of the table as shown: its cells, whether it is flagged as to be decided, and
 * whether it offers Fill In. */
typedef struct
{
  char     *year;
  char     *period;
  char     *what;
  char     *who;
  gboolean  to_be_decided;
  gboolean  fill_in;
  gboolean  says_ntb;      /* any of its labels, shown or not, says 'N.t.b.' */
} ShownRow;

static void
shown_row_free (gpointer data)
{
  ShownRow *row = data;

  g_free (row->year);
  g_free (row->period);
  g_free (row->what);
  g_free (row->who);
  g_free (row);
}

/* Scrolls @table from the top as a user does, calling @func on the rows on screen at each
 * step, until @func returns FALSE or the end is shown. */
static void
scroll_through (GtkColumnView *table,
                gboolean     (*func) (GtkColumnView *table,
                                      GtkWidget     *row,
                                      gpointer       data),
                gpointer       data)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (table));
  GtkWidget *list = find_first (GTK_WIDGET (table), GTK_TYPE_LIST_VIEW);
  double value = 0;

  g_assert_nonnull (list);
  gtk_adjustment_set_value (adjustment, 0);
  run_until_idle ();
  for (;;)
    {
      for (GtkWidget *row = gtk_widget_get_first_child (list);
           row != NULL;
           row = gtk_widget_get_next_sibling (row))
        if (gtk_widget_get_mapped (row) && !func (table, row, data))
          return;
      if (value + gtk_adjustment_get_page_size (adjustment) >=
          gtk_adjustment_get_upper (adjustment))
        return;
      value += MAX (gtk_adjustment_get_page_size (adjustment) / 2, 20);
      gtk_adjustment_set_value (adjustment, value);
      run_until_idle ();
    }
}

/* Reads a row into the array @data, once: a row is known by its year, period and what. */
static gboolean
read_row (GtkColumnView *table,
          GtkWidget     *row,
          gpointer       data)
{
  GPtrArray *rows = data;
  ShownRow *shown;

  for (guint i = 0; i < rows->len; i++)
    {
      ShownRow *known = g_ptr_array_index (rows, i);

      if (g_strcmp0 (known->year, row_cell_text (table, row, "Year")) == 0 &&
          g_strcmp0 (known->period, row_cell_text (table, row, "Period")) == 0 &&
          g_strcmp0 (known->what, row_cell_text (table, row, "What")) == 0)
        return TRUE;
    }
  shown = g_new0 (ShownRow, 1);
  shown->year = g_strdup (row_cell_text (table, row, "Year"));
  shown->period = g_strdup (row_cell_text (table, row, "Period"));
  shown->what = g_strdup (row_cell_text (table, row, "What"));
  shown->who = g_strdup (row_cell_text (table, row, "Who"));
  shown->to_be_decided = has_label (row, "To be decided");
  shown->fill_in = find_button (row, "_Fill In…") != NULL;
  shown->says_ntb = any_label_contains (row, "N.t.b.");
  g_ptr_array_add (rows, shown);
  return TRUE;
}

/* Every row of the table as shown, scrolling through it (transfer full). On a busy machine
 * the table may lay its rows out a little late: it scrolls through again until it has read
 * as many rows as the table has (at most 5 s). */
static GPtrArray *
read_table (GtkColumnView *table)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (table));
  GPtrArray *rows = g_ptr_array_new_with_free_func (shown_row_free);
  gint64 end = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;

  do
    scroll_through (table, read_row, rows);
  while (rows->len < g_list_model_get_n_items (model) && g_get_monotonic_time () < end);
  return rows;
}

/* The one row read of @period; fails if there is none, or more. */
static ShownRow *
shown_row (GPtrArray  *rows,
           const char *period)
{
  ShownRow *found = NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      ShownRow *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (row->period, period) == 0)
        {
          g_assert_null (found);
          found = row;
        }
    }
  g_assert_nonnull (found);
  return found;
}

static gboolean
stop_at_q2 (GtkColumnView *table,
            GtkWidget     *row,
            gpointer       data)
{
  GtkWidget **found = data;

  if (g_strcmp0 (row_cell_text (table, row, "Year"), "2024") == 0 &&
      g_strcmp0 (row_cell_text (table, row, "Period"), "Q2") == 0)
    *found = row;
  return *found == NULL;
}

/* The row of 2024 Q2, scrolled to as a user does (at most 5 s). */
static GtkWidget *
find_row_2024_q2 (GtkColumnView *table)
{
  GtkWidget *found = NULL;
  gint64 end = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;

  do
    scroll_through (table, stop_at_q2, &found);
  while (found == NULL && g_get_monotonic_time () < end);
  g_assert_nonnull (found);
  return found;
}

/* How many rows read say @what, have the flag, offer Fill In. */
static guint
count_saying (GPtrArray  *rows,
              const char *what)
{
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    n += g_strcmp0 (((ShownRow *) g_ptr_array_index (rows, i))->what, what) == 0;
  return n;
}

static guint
count_flagged (GPtrArray *rows)
{
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    n += ((ShownRow *) g_ptr_array_index (rows, i))->to_be_decided;
  return n;
}

static guint
count_fill_in (GPtrArray *rows)
{
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    n += ((ShownRow *) g_ptr_array_index (rows, i))->fill_in;
  return n;
}

/* The table shows 2024 as the plan has it, with the 'N.t.b.' slots still open: 8 rows,
 * Q2 and Q3 say 'N.t.b.', are flagged and offer Fill In. */
static void
assert_2024_before (OndPlanningView *view)
{
  g_autoptr(GPtrArray) rows = read_table (planning_table (view));
  ShownRow *q2 = shown_row (rows, "Q2");

  g_assert_cmpuint (rows->len, ==, 8);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpstr (((ShownRow *) g_ptr_array_index (rows, i))->year, ==, "2024");
  g_assert_cmpuint (count_saying (rows, "N.t.b."), ==, 2);
  g_assert_cmpuint (count_flagged (rows), ==, 2);
  g_assert_cmpuint (count_fill_in (rows), ==, 2);
  g_assert_cmpstr (q2->what, ==, "N.t.b.");
  g_assert_true (q2->to_be_decided);
  g_assert_true (q2->fill_in);
  g_assert_true (has_label (GTK_WIDGET (view), NOTICE_TWO));
}

/* The slot of 2024 Q2 shows the text written in; 'N.t.b.' is nowhere on it, and only Q3 is
 * left to fill in. */
static void
assert_2024_after (OndPlanningView *view)
{
  g_autoptr(GPtrArray) rows = read_table (planning_table (view));
  ShownRow *q2 = shown_row (rows, "Q2");
  ShownRow *q3 = shown_row (rows, "Q3");

  g_assert_cmpuint (rows->len, ==, 8);
  g_assert_cmpstr (q2->what, ==, SLOT_WHAT);
  g_assert_cmpstr (q2->who, ==, SLOT_WHO);
  g_assert_false (q2->says_ntb);
  g_assert_false (q2->to_be_decided);
  g_assert_false (q2->fill_in);
  g_assert_cmpuint (count_saying (rows, SLOT_WHAT), ==, 1);

  g_assert_cmpstr (q3->what, ==, "N.t.b.");
  g_assert_true (q3->to_be_decided);
  g_assert_true (q3->fill_in);
  g_assert_cmpuint (count_saying (rows, "N.t.b."), ==, 1);
  g_assert_cmpuint (count_flagged (rows), ==, 1);
  g_assert_cmpuint (count_fill_in (rows), ==, 1);
  g_assert_true (has_label (GTK_WIDGET (view), NOTICE_ONE));
  g_assert_false (has_label (GTK_WIDGET (view), NOTICE_TWO));
}

/* What the file says, read with plain SQLite. */
static void
assert_stored (const char *path,
               gint64      action_id,
               const char *status,
               gint64      slot_id,
               const char *what,
               const char *who)
{
  g_autofree char *stored_status = sql_text (path, SQL_ACTION_STATUS, action_id);
  g_autofree char *stored_what = sql_text (path, SQL_SLOT_WHAT, slot_id);
  g_autofree char *stored_who = sql_text (path, SQL_SLOT_WHO, slot_id);

  g_assert_cmpstr (stored_status, ==, status);
  g_assert_cmpstr (stored_what, ==, what);
  g_assert_cmpstr (stored_who, ==, who);
}

/* A status set and a slot filled in, through the window; both there after a restart. */
static void
test_edit_restart (GuiFixture    *f,
                   gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPillarView *pillar = gui_choose_pillar (window, "Pillar 3");
  OndActionRow *row = find_action_row (GTK_WIDGET (pillar), MMA);
  OndPlanningView *planning;
  OndPlanItemEditor *editor;
  OndPlanItem *slot;
  AdwEntryRow *what;
  gint64 action_id;
  gint64 slot_id;

  /* As seeded: the action is 'gepland', like every other; two slots are open. */
  g_assert_nonnull (row);
  action_id = ond_action_get_id (ond_action_row_get_action (row));
  g_assert_cmpstr (action_row_status (row), ==, "Gepland");
  g_assert_cmpint (sql_int (f->path, SQL_CHANGED_ACTIONS, 0), ==, 0);
  g_assert_cmpint (sql_int (f->path, SQL_OPEN_SLOTS, 0), ==, 2);
  g_assert_cmpint (sql_int (f->path, SQL_OPEN_SLOTS_Q2, 0), ==, 1);

  /* The status, chosen in the row's drop-down: saved at once. */
  choose_in_dropdown (find_dropdown (GTK_WIDGET (row), "Status"), "Uitgesteld");
  run_until_idle ();
  row = find_action_row (GTK_WIDGET (pillar), MMA);
  g_assert_nonnull (row);
  g_assert_cmpstr (action_row_status (row), ==, "Uitgesteld");
  g_assert_cmpint (sql_int (f->path, SQL_CHANGED_ACTIONS, 0), ==, 1);

  /* The 2024 Q2 slot, filled in through the Fill In button of its row in the table. */
  planning = show_planning_year (window, "2024");
  assert_2024_before (planning);
  editor = click_for_dialog (find_button (find_row_2024_q2 (planning_table (planning)),
                                          "_Fill In…"),
                             OND_TYPE_PLAN_ITEM_EDITOR);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Fill In Planning Row");
  slot = ond_plan_item_editor_get_item (editor);
  g_assert_nonnull (slot);
  slot_id = ond_plan_item_get_id (slot);
  g_assert_cmpint (ond_plan_item_get_year (slot), ==, 2024);
  g_assert_cmpstr (ond_plan_item_get_period (slot), ==, "Q2");
  what = find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "What");
  g_assert_nonnull (what);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (what)), ==, "");
  type_text (what, SLOT_WHAT);
  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Who"), SLOT_WHO);
  /* No Save button: what was typed is saved when the form is closed by the window's close
   * button, before the pause after typing has passed. */
  g_assert_null (find_button_named (GTK_WIDGET (editor), "_Save"));
  click (find_action_button (GTK_WIDGET (editor), "window.close", NULL));
  g_assert_null (find_window (OND_TYPE_PLAN_ITEM_EDITOR));
  assert_2024_after (planning);
  assert_stored (f->path, action_id, "uitgesteld", slot_id, SLOT_WHAT, SLOT_WHO);

  /* The restart: the window and the store closed (and freed), the file alone. */
  gui_close_window (window, store);
  assert_stored (f->path, action_id, "uitgesteld", slot_id, SLOT_WHAT, SLOT_WHO);
  g_assert_cmpint (sql_int (f->path, SQL_CHANGED_ACTIONS, 0), ==, 1);
  g_assert_cmpint (sql_int (f->path, SQL_OPEN_SLOTS, 0), ==, 1);
  g_assert_cmpint (sql_int (f->path, SQL_OPEN_SLOTS_Q2, 0), ==, 0);

  /* The same file, a new store, a new window: both edits are shown. */
  store = gui_open_store (f->path);
  window = gui_show_window (f->app, store, f->settings);
  pillar = gui_choose_pillar (window, "Pillar 3");
  row = find_action_row (GTK_WIDGET (pillar), MMA);
  g_assert_nonnull (row);
  g_assert_cmpint (ond_action_get_id (ond_action_row_get_action (row)), ==, action_id);
  g_assert_cmpstr (action_row_status (row), ==, "Uitgesteld");

  planning = show_planning_year (window, "2024");
  assert_2024_after (planning);

  gui_close_window (window, store);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "Drafting");
  gui_test_add ("/ond/drafting-gui/edit-restart", test_edit_restart);
  return gui_test_run ();
}
