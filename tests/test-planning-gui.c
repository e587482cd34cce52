/* test-planning-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Planning section of the main window, on a freshly seeded database, driven as a user
 * would. The notice of the two 'N.t.b.' slots of 2024 leads to the form of the Q2 slot; its
 * text, owner and theme are filled in and saved; after the window is closed and the same
 * file opened again, the planning shows the new text in 2024 Q2, and one slot is left. A
 * row whose text is emptied is refused with the store's message below the What field, and
 * nothing is written. A row deleted after confirming comes back through the toast's Undo
 * with its id and place. The status menu sets a status at once: the overdue flag goes and
 * the progress counts the row as done. The board shows a year's quarters with Q3+4 and
 * doorlopend rows in their bands; a search without result shows a status page. On a
 * read-only file nothing can be started. Runs on a display: xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>

#include "ond-gui-test-util.h"
#include "ond-plan-item-editor.h"
#include "ond-plan-item.h"
#include "ond-planning-board.h"
#include "ond-planning-view.h"

#define SLOT_WHAT  "Voorlichting jonge aanwas op scholen"
#define STAGIAIR   "Onderzoek stagiair RIEC bespreken"

static OndPlanningView *
choose_planning (OndWindow *window)
{
  return gui_choose_section (window, "Planning", OND_TYPE_PLANNING_VIEW);
}

/* The year in the view's drop-down, as a user chooses it. */
static void
choose_year (OndPlanningView *view,
             const char      *year)
{
  GtkDropDown *dropdown = find_dropdown (GTK_WIDGET (view), "Show one year");

  g_assert_nonnull (dropdown);
  choose_in_dropdown (dropdown, year);
}

/* The planning as the store has it. */
static GListModel *
stored_items (OndStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  GListModel *items;

  g_assert_no_error (error);
  items = ond_store_list_plan_items (store, ond_plan_get_id (plan), &error);
  g_assert_no_error (error);
  return items;
}

/* The stored row of @year and @period whose what is @what (transfer full), or NULL. */
static OndPlanItem *
stored_item (OndStore   *store,
             int         year,
             const char *period,
             const char *what)
{
  g_autoptr(GListModel) items = stored_items (store);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (items, i);

      if (ond_plan_item_get_year (item) == year
          && g_strcmp0 (ond_plan_item_get_period (item), period) == 0
          && g_strcmp0 (ond_plan_item_get_what (item), what) == 0)
        return g_steal_pointer (&item);
    }
  return NULL;
}

/* Every stored row as one text: id, year, period, position, what, who, theme, status. */
static char *
stored_rows (OndStore *store)
{
  g_autoptr(GListModel) items = stored_items (store);
  g_autoptr(GString) rows = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (items, i);

      g_string_append_printf (rows, "%" G_GINT64_FORMAT "|%d|%s|%d|%s|%s|%" G_GINT64_FORMAT
                              "|%s\n",
                              ond_plan_item_get_id (item), ond_plan_item_get_year (item),
                              ond_plan_item_get_period (item), ond_plan_item_get_position (item),
                              ond_plan_item_get_what (item), ond_plan_item_get_who (item),
                              ond_plan_item_get_theme_id (item),
                              ond_plan_item_get_status (item));
    }
  return g_string_free (g_steal_pointer (&rows), FALSE);
}

static GtkColumnView *
planning_table (OndPlanningView *view)
{
  GtkColumnView *table = find_first (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW);

  g_assert_nonnull (table);
  return table;
}

static guint
n_shown (OndPlanningView *view)
{
  GtkSelectionModel *shown = gtk_column_view_get_model (planning_table (view));

  return g_list_model_get_n_items (G_LIST_MODEL (shown));
}

/* The shown button of @action for the row @id, waiting for the table to lay the row out (at
 * most 5 s). */
static GtkWidget *
row_button (OndPlanningView *view,
            const char      *action,
            gint64           id)
{
  gint64 end = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;
  GtkWidget *button;

  while ((button = find_action_button (GTK_WIDGET (view), action,
                                       g_variant_new_int64 (id))) == NULL
         && g_get_monotonic_time () < end)
    run_until_idle ();
  g_assert_nonnull (button);
  return button;
}

static AdwEntryRow *
entry (gpointer    dialog,
       const char *title)
{
  AdwEntryRow *row = find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  return row;
}

/* The 2024 Q2 slot filled in through its form; found again after a restart. */
static void
test_fill_slot (GuiFixture    *f,
                gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPlanningView *view = choose_planning (window);
  g_autoptr(OndPlanItem) slot = stored_item (store, 2024, "Q2", "N.t.b.");
  g_autoptr(OndPlanItem) filled = NULL;
  OndPlanItemEditor *editor;
  OndPlanItem *edited;
  gint64 slot_id;

  g_assert_nonnull (slot);
  slot_id = ond_plan_item_get_id (slot);
  g_assert_cmpuint (n_shown (view), ==, 34);
  g_assert_true (has_label (GTK_WIDGET (view),
                            "2 rows of the planning are still to be decided (N.t.b.)."));

  /* The notice's button opens the form of the first slot: 2024 Q2, with an empty what. */
  editor = click_for_dialog (find_button (GTK_WIDGET (view), "_Fill In…"),
                             OND_TYPE_PLAN_ITEM_EDITOR);
  edited = ond_plan_item_editor_get_item (editor);
  g_assert_nonnull (edited);
  g_assert_cmpint (ond_plan_item_get_id (edited), ==, slot_id);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Fill In Planning Row");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry (editor, "What"))), ==, "");

  type_text (entry (editor, "What"), SLOT_WHAT);
  type_text (entry (editor, "Who"), "Jonge aanwas");
  choose (find_row (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "Theme"), "Jonge aanwas");
  choose (find_row (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "Status"), "Lopend");
  click_response (editor, "_Save");
  g_assert_null (find_window (OND_TYPE_PLAN_ITEM_EDITOR));

  /* At once: one slot left, and the row in 2024. */
  g_assert_true (has_label (GTK_WIDGET (view),
                            "1 row of the planning is still to be decided (N.t.b.)."));
  choose_year (view, "2024");
  g_assert_true (has_label (GTK_WIDGET (view), SLOT_WHAT));
  gui_close_window (window, store);

  /* The same file, opened again. */
  store = gui_open_store (f->path);
  window = gui_show_window (f->app, store, f->settings);
  view = choose_planning (window);
  filled = stored_item (store, 2024, "Q2", SLOT_WHAT);
  g_assert_nonnull (filled);
  g_assert_cmpint (ond_plan_item_get_id (filled), ==, slot_id);
  g_assert_cmpstr (ond_plan_item_get_who (filled), ==, "Jonge aanwas");
  g_assert_cmpstr (ond_plan_item_get_theme_name (filled), ==, "Jonge aanwas");
  g_assert_cmpstr (ond_plan_item_get_status (filled), ==, "lopend");
  g_assert_cmpuint (n_shown (view), ==, 34);
  choose_year (view, "2024");
  g_assert_cmpuint (n_shown (view), ==, 8);
  g_assert_true (has_label (GTK_WIDGET (view), SLOT_WHAT));
  g_assert_true (has_label (GTK_WIDGET (view),
                            "1 row of the planning is still to be decided (N.t.b.)."));
  /* The other slot (Q3) is the one the notice opens now. */
  editor = click_for_dialog (find_button (GTK_WIDGET (view), "_Fill In…"),
                             OND_TYPE_PLAN_ITEM_EDITOR);
  g_assert_cmpstr (ond_plan_item_get_period (ond_plan_item_editor_get_item (editor)), ==, "Q3");
  click_response (editor, "_Cancel");

  gui_close_window (window, store);
}

/* A row whose text is emptied: the store's message below What, nothing written. */
static void
test_refused (GuiFixture    *f,
              gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPlanningView *view = choose_planning (window);
  g_autoptr(OndPlanItem) item = stored_item (store, 2024, "Q1", STAGIAIR);
  g_autofree char *before = stored_rows (store);
  g_autofree char *after = NULL;
  OndPlanItemEditor *editor;

  g_assert_nonnull (item);
  choose_year (view, "2024");
  editor = click_for_dialog (row_button (view, "planning.edit-row", ond_plan_item_get_id (item)),
                             OND_TYPE_PLAN_ITEM_EDITOR);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Planning Row");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry (editor, "What"))), ==, STAGIAIR);

  type_text (entry (editor, "What"), "   ");
  type_text (entry (editor, "Who"), "Iemand anders");
  click (find_button (GTK_WIDGET (editor), "_Save"));
  run_until_idle ();
  g_assert_true (find_window (OND_TYPE_PLAN_ITEM_EDITOR) == editor);
  assert_field_message (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "What",
                        "the text cannot be empty");
  after = stored_rows (store);
  g_assert_cmpstr (after, ==, before);

  /* Cancel writes nothing either. */
  click_response (editor, "_Cancel");
  g_clear_pointer (&after, g_free);
  after = stored_rows (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (has_label (GTK_WIDGET (view), STAGIAIR));

  gui_close_window (window, store);
}

/* Deleted after confirming; back through the toast's Undo with its id and place. */
static void
test_delete_undo (GuiFixture    *f,
                  gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPlanningView *view = choose_planning (window);
  g_autoptr(OndPlanItem) item = stored_item (store, 2024, "Q1", STAGIAIR);
  g_autoptr(OndPlanItem) back = NULL;
  g_autofree char *before = stored_rows (store);
  g_autofree char *after = NULL;
  AdwToastOverlay *overlay;
  GtkWidget *button;

  g_assert_nonnull (item);
  choose_year (view, "2024");
  g_assert_cmpuint (n_shown (view), ==, 8);

  button = row_button (view, "planning.delete-row", ond_plan_item_get_id (item));
  click_response (click_for_dialog (button, ADW_TYPE_MESSAGE_DIALOG), "_Delete");
  g_assert_cmpuint (n_shown (view), ==, 7);
  g_assert_null (stored_item (store, 2024, "Q1", STAGIAIR));
  g_assert_false (has_label (GTK_WIDGET (view), STAGIAIR));
  overlay = find_first (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY);
  g_assert_true (has_label (GTK_WIDGET (overlay), "“" STAGIAIR "” deleted"));

  click (find_button (GTK_WIDGET (overlay), "_Undo"));
  run_until_idle ();
  g_assert_cmpuint (n_shown (view), ==, 8);
  back = stored_item (store, 2024, "Q1", STAGIAIR);
  g_assert_nonnull (back);
  g_assert_cmpint (ond_plan_item_get_id (back), ==, ond_plan_item_get_id (item));
  after = stored_rows (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (has_label (GTK_WIDGET (view), STAGIAIR));
  /* Undo took it back once: the toast is gone. */
  g_assert_null (find_button (GTK_WIDGET (overlay), "_Undo"));

  gui_close_window (window, store);
}

/* The first shown status button of the view: in 2024 the table's first row, 2024 Q1. */
static GtkMenuButton *
first_status_button (OndPlanningView *view)
{
  g_autoptr(GPtrArray) menus = find_all (GTK_WIDGET (view), GTK_TYPE_MENU_BUTTON);

  for (guint i = 0; i < menus->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (menus, i)))
      return g_ptr_array_index (menus, i);
  return NULL;
}

/* Opens or folds the progress card above the table: opened, it can push the table's rows
 * below the window's edge (how far depends on the fonts), and a row not on screen has no
 * cells. */
static void
show_progress (OndPlanningView *view,
               gboolean         shown)
{
  GtkExpander *expander = find_first (GTK_WIDGET (view), GTK_TYPE_EXPANDER);

  g_assert_nonnull (expander);
  gtk_expander_set_expanded (expander, shown);
  run_until_idle ();
}

/* Activates the item of @button's menu labelled @label, as a click on it does. */
static void
choose_in_menu (GtkMenuButton *button,
                const char    *label)
{
  GMenuModel *menu = gtk_menu_button_get_menu_model (button);

  g_assert_nonnull (menu);
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *item_label = NULL;
      g_autofree char *action = NULL;
      g_autoptr(GVariant) target = NULL;

      g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s",
                                                      &item_label));
      if (g_strcmp0 (item_label, label) != 0)
        continue;
      g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s",
                                                      &action));
      target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, NULL);
      g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (button), action, target));
      run_until_idle ();
      return;
    }
  g_error ("The menu has no “%s”", label);
}

/* The status set from the row's menu: at once, the flag goes and the progress counts it. */
static void
test_status (GuiFixture    *f,
             gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPlanningView *view = choose_planning (window);
  g_autoptr(OndPlanItem) item = stored_item (store, 2024, "Q1", STAGIAIR);
  g_autoptr(OndPlanItem) done = NULL;
  GtkMenuButton *status_button;

  g_assert_nonnull (item);
  g_assert_true (has_label (GTK_WIDGET (view), "Planning: 0 of 34 done (0 %)"));
  g_assert_true (has_label (GTK_WIDGET (view), "34 overdue"));
  choose_year (view, "2024");
  g_assert_true (has_label (GTK_WIDGET (view), "Planning: 0 of 8 done (0 %)"));

  show_progress (view, FALSE);
  status_button = first_status_button (view);
  g_assert_nonnull (status_button);
  g_assert_cmpstr (gtk_menu_button_get_label (status_button), ==, "Gepland");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (status_button)), ==,
                   "Change the status");
  choose_in_menu (status_button, "Gereed");

  done = stored_item (store, 2024, "Q1", STAGIAIR);
  g_assert_cmpint (ond_plan_item_get_id (done), ==, ond_plan_item_get_id (item));
  g_assert_cmpstr (ond_plan_item_get_status (done), ==, "gereed");
  status_button = first_status_button (view);
  g_assert_cmpstr (gtk_menu_button_get_label (status_button), ==, "Gereed");
  show_progress (view, TRUE);
  /* 1 of 8 rows of 2024 done: 12 %, rounded down; 7 overdue. */
  g_assert_true (has_label (GTK_WIDGET (view), "Planning: 1 of 8 done (12 %)"));
  g_assert_true (has_label (GTK_WIDGET (view), "7 overdue"));
  choose_year (view, "All years");
  g_assert_true (has_label (GTK_WIDGET (view), "Planning: 1 of 34 done (2 %)"));
  g_assert_true (has_label (GTK_WIDGET (view), "33 overdue"));

  gui_close_window (window, store);
}

/* The board of 2024: the quarters, the doorlopend band, the slots; an empty search. */
static void
test_board (GuiFixture    *f,
            gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPlanningView *view = choose_planning (window);
  OndPlanningBoard *board = find_first (GTK_WIDGET (view), OND_TYPE_PLANNING_BOARD);
  g_autoptr(GPtrArray) toggles = find_all (GTK_WIDGET (view), GTK_TYPE_TOGGLE_BUTTON);
  gboolean switched = FALSE;

  g_assert_nonnull (board);
  for (guint i = 0; i < toggles->len; i++)
    {
      GtkWidget *toggle = g_ptr_array_index (toggles, i);

      if (gtk_widget_get_mapped (toggle) && has_label (toggle, "Board"))
        {
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
          switched = TRUE;
        }
    }
  g_assert_true (switched);
  run_until_idle ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (board)));

  choose_year (view, "2024");
  g_assert_cmpint (ond_planning_board_get_year (board), ==, 2024);
  g_assert_true (has_label (GTK_WIDGET (board), "2024"));
  g_assert_false (has_label (GTK_WIDGET (board), "2023"));
  g_assert_true (has_label (GTK_WIDGET (board), "Q1"));
  g_assert_true (has_label (GTK_WIDGET (board), "Q4"));
  g_assert_true (has_label (GTK_WIDGET (board), "Doorlopend: the whole year"));
  /* 2024 has no Q3+4 row. */
  g_assert_false (has_label (GTK_WIDGET (board), "Q3+4: the third and fourth quarter"));
  g_assert_true (has_label (GTK_WIDGET (board), STAGIAIR));
  g_assert_true (has_label (GTK_WIDGET (board), "To be decided"));
  /* Both slots have their button, named for screen readers by their period. */
  g_assert_nonnull (find_button (GTK_WIDGET (board), "_Fill In…"));

  /* 2023 has the Q3+4 band. */
  choose_year (view, "2023");
  g_assert_true (has_label (GTK_WIDGET (board), "Q3+4: the third and fourth quarter"));
  g_assert_true (has_label (GTK_WIDGET (board), "Escapeboot inzetten haven Dordrecht"));

  /* A search that finds nothing: the status page says so. */
  search_for (GTK_WIDGET (view), "geen-zulke-rij");
  g_assert_cmpuint (n_shown (view), ==, 0);
  g_assert_true (has_label (GTK_WIDGET (view), "No Rows Found"));

  gui_close_window (window, store);
}

/* A read-only file: the planning is there to read, and nothing can be started. */
static void
test_read_only (GuiFixture    *f,
                gconstpointer  data)
{
  OndStore *store = gui_reopen_read_only (f, gui_open_store (f->path));
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPlanningView *view = choose_planning (window);
  g_autoptr(GPtrArray) buttons = NULL;
  guint n_planning = 0;

  g_assert_cmpuint (n_shown (view), ==, 34);
  buttons = find_all (GTK_WIDGET (view), GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      const char *action = gtk_actionable_get_action_name (GTK_ACTIONABLE (button));

      if (action != NULL && g_str_has_prefix (action, "planning.")
          && g_strcmp0 (action, "planning.search") != 0)
        {
          g_assert_false (gtk_widget_is_sensitive (button));
          n_planning++;
        }
    }
  /* Add Row, Fill In and the Edit and Delete buttons of the rows on screen at least. */
  g_assert_cmpuint (n_planning, >=, 4);

  gui_close_read_only (f, window, store);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "Planning");
  gui_test_add ("/ond/planning-gui/fill-slot", test_fill_slot);
  gui_test_add ("/ond/planning-gui/refused", test_refused);
  gui_test_add ("/ond/planning-gui/delete-undo", test_delete_undo);
  gui_test_add ("/ond/planning-gui/status", test_status);
  gui_test_add ("/ond/planning-gui/board", test_board);
  gui_test_add ("/ond/planning-gui/read-only", test_read_only);
  return gui_test_run ();
}
