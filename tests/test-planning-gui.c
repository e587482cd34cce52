/* test-planning-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Planning section of the main window, on a freshly seeded database, driven as a user
 * would. The notice of the two 'N.t.b.' slots of 2024 leads to the form of the Q2 slot; its
 * text, owner and theme are filled in, saved as they are made (no Save button), and the
 * form is closed with the window's close button; after the window is closed and the same
 * file opened again, the planning shows the new text in 2024 Q2, and one slot is left. The
 * form of a row that exists saves each change by itself: a choice at once (the form stays
 * open and keeps the keyboard while the view behind reads the planning again), typed text
 * when the form closes or the main window is closed with the form open; a text emptied is
 * refused with the store's message below the What field, where the user does not type, and
 * nothing is written. A new row's form keeps Cancel and Add. A row deleted after confirming
 * comes back through the toast's Undo with its id and place. The status menu sets a status
 * at once: the overdue flag goes and the progress (folded when the view opens) counts the
 * row as done. The board shows a year's quarters with Q3+4 and doorlopend rows in their
 * bands; a search without result shows a status page. On a read-only file nothing can be
 * started. Runs on a display: xvfb-run in CI. */

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

/* The stored row of @year and @period whose what is @what (transfer full), or NULL. */
static OndPlanItem *
stored_item (OndStore   *store,
             int         year,
             const char *period,
             const char *what)
{
  g_autoptr(GListModel) items = store_plan_items (store);

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

/* The row the tests change: 2024 Q1, STAGIAIR, as stored (transfer full). */
static OndPlanItem *
stagiair_row (OndStore *store)
{
  OndPlanItem *item = stored_item (store, 2024, "Q1", STAGIAIR);

  g_assert_nonnull (item);
  return item;
}

/* The stored row of @year and @period whose what is @what, checked to be @item still: the
 * same id (transfer full). */
static OndPlanItem *
stored_same_row (OndStore    *store,
                 int          year,
                 const char  *period,
                 const char  *what,
                 OndPlanItem *item)
{
  OndPlanItem *stored = stored_item (store, year, period, what);

  g_assert_nonnull (stored);
  g_assert_cmpint (ond_plan_item_get_id (stored), ==, ond_plan_item_get_id (item));
  return stored;
}

/* Every stored row as one text: id, year, period, position, what, who, theme, status. */
static char *
stored_rows (OndStore *store)
{
  g_autoptr(GListModel) items = store_plan_items (store);
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

/* The form of the row @id, opened by its Edit button in the table of 2024. */
static OndPlanItemEditor *
open_row_form (OndPlanningView *view,
               gint64           id)
{
  OndPlanItemEditor *editor;

  choose_year (view, "2024");
  editor = click_for_dialog (row_button (view, "planning.edit-row", id),
                             OND_TYPE_PLAN_ITEM_EDITOR);
  g_assert_true (ond_plan_item_editor_get_item (editor) != NULL);
  g_assert_cmpint (ond_plan_item_get_id (ond_plan_item_editor_get_item (editor)), ==, id);
  return editor;
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
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (form_entry (editor, "What"))), ==, "");

  type_text (form_entry (editor, "What"), SLOT_WHAT);
  type_text (form_entry (editor, "Who"), "Jonge aanwas");
  choose (form_combo (editor, "Theme"), "Jonge aanwas");
  choose (form_combo (editor, "Status"), "Lopend");
  /* Saved as it was chosen: the form is still open, the row filled in. */
  g_assert_true (find_window (OND_TYPE_PLAN_ITEM_EDITOR) == editor);
  g_clear_object (&filled);
  filled = stored_item (store, 2024, "Q2", SLOT_WHAT);
  g_assert_nonnull (filled);
  g_assert_cmpstr (ond_plan_item_get_status (filled), ==, "lopend");
  click (assert_saves_at_once (editor, "Fill In Planning Row"));
  run_until_idle ();
  g_assert_null (find_window (OND_TYPE_PLAN_ITEM_EDITOR));
  g_clear_object (&filled);

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
  close_form (editor);

  gui_close_window (window, store);
}

/* A choice in the form of a row that exists is saved at once, without a button; the form
 * stays open with the keyboard where it was, while the view behind reads the planning again;
 * a second choice after that is saved to the same row. */
static void
test_auto_save_choice (GuiFixture    *f,
                       gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPlanningView *view = choose_planning (window);
  g_autoptr(OndPlanItem) item = stagiair_row (store);
  g_autoptr(OndPlanItem) saved = NULL;
  OndPlanItemEditor *editor;
  GtkWidget *close_button;
  GtkWidget *focus;

  g_assert_cmpstr (ond_plan_item_get_status (item), ==, "gepland");
  editor = open_row_form (view, ond_plan_item_get_id (item));
  close_button = assert_saves_at_once (editor, "Edit Planning Row");
  focus = gtk_root_get_focus (GTK_ROOT (editor));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (form_entry (editor, "What"))));

  /* A status: in the store at once, the same row. */
  choose (form_combo (editor, "Status"), "Lopend");
  saved = stored_same_row (store, 2024, "Q1", STAGIAIR, item);
  g_assert_cmpstr (ond_plan_item_get_status (saved), ==, "lopend");
  /* The view behind has read the planning again; the form is untouched by it. */
  run_until_idle ();
  g_assert_true (find_window (OND_TYPE_PLAN_ITEM_EDITOR) == editor);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (editor)) == focus);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (form_entry (editor, "What"))), ==,
                   STAGIAIR);

  /* Another period: the row moves to 2024 Q3 at once, still the same row. */
  choose (form_combo (editor, "Period"), "Q3");
  g_clear_object (&saved);
  g_assert_null (stored_item (store, 2024, "Q1", STAGIAIR));
  saved = stored_same_row (store, 2024, "Q3", STAGIAIR, item);
  g_assert_cmpstr (ond_plan_item_get_status (saved), ==, "lopend");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (editor)) == focus);

  /* Closed: the keyboard is back on the row's Edit button, the row now in Q3. */
  click (close_button);
  run_until_idle ();
  g_assert_null (find_window (OND_TYPE_PLAN_ITEM_EDITOR));
  g_assert_true (is_focus_within (row_button (view, "planning.edit-row",
                                              ond_plan_item_get_id (item))));
  gui_close_window (window, store);
}

/* Text typed and the form closed at once, before the pause after typing: the text is in
 * the store. */
static void
test_auto_save_close (GuiFixture    *f,
                      gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPlanningView *view = choose_planning (window);
  g_autoptr(OndPlanItem) item = stagiair_row (store);
  g_autoptr(OndPlanItem) saved = NULL;
  OndPlanItemEditor *editor;

  g_assert_cmpstr (ond_plan_item_get_who (item), !=, "Team Veiligheid");
  editor = open_row_form (view, ond_plan_item_get_id (item));
  type_text (form_entry (editor, "Who"), "Team Veiligheid");
  close_form (editor);

  saved = stored_same_row (store, 2024, "Q1", STAGIAIR, item);
  g_assert_cmpstr (ond_plan_item_get_who (saved), ==, "Team Veiligheid");
  gui_close_window (window, store);
}

/* Text typed and the main window closed with the form open: the form closes with it, and
 * the text is in the file, read by a new store. */
static void
test_auto_save_main_window (GuiFixture    *f,
                            gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPlanningView *view = choose_planning (window);
  g_autoptr(OndPlanItem) item = stagiair_row (store);
  g_autoptr(OndPlanItem) saved = NULL;
  OndPlanItemEditor *editor;

  editor = open_row_form (view, ond_plan_item_get_id (item));
  type_text (form_entry (editor, "What"), STAGIAIR " met de gemeente");
  gui_close_window_with_form (window, store, editor);

  store = gui_open_store (f->path);
  saved = stored_same_row (store, 2024, "Q1", STAGIAIR " met de gemeente", item);
  g_assert_null (stored_item (store, 2024, "Q1", STAGIAIR));
  ond_store_close (store);
  g_assert_finalize_object (store);
}

/* A row whose text is emptied while the user types elsewhere: the store's message below
 * What, the keyboard stays where it was, and nothing is written; once the text is back,
 * the form is saved and the message goes. A new row's form keeps Cancel and Add. */
static void
test_refused (GuiFixture    *f,
              gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndWindow *window = gui_show_window (f->app, store, f->settings);
  OndPlanningView *view = choose_planning (window);
  g_autoptr(OndPlanItem) item = stagiair_row (store);
  g_autoptr(OndPlanItem) saved = NULL;
  g_autofree char *before = stored_rows (store);
  g_autofree char *after = NULL;
  OndPlanItemEditor *editor = open_row_form (view, ond_plan_item_get_id (item));
  AdwEntryRow *what = form_entry (editor, "What");
  AdwEntryRow *who = form_entry (editor, "Who");

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (what)), ==, STAGIAIR);
  gtk_widget_grab_focus (GTK_WIDGET (who));
  type_text (what, "   ");
  type_text (who, "Iemand anders");
  wait_past_typing_pause ();
  g_assert_true (find_window (OND_TYPE_PLAN_ITEM_EDITOR) == editor);
  assert_field_message (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "What",
                        "the text cannot be empty");
  g_assert_true (is_focus_within (GTK_WIDGET (who)));
  after = stored_rows (store);
  g_assert_cmpstr (after, ==, before);

  /* The text back: saved, with the new who; the message is gone. */
  type_text (what, STAGIAIR);
  wait_past_typing_pause ();
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (what), "error"));
  saved = stored_same_row (store, 2024, "Q1", STAGIAIR, item);
  g_assert_cmpstr (ond_plan_item_get_who (saved), ==, "Iemand anders");
  close_form (editor);

  /* A new row: Add refuses it without a text, and Cancel writes nothing. */
  g_clear_pointer (&before, g_free);
  before = stored_rows (store);
  editor = click_for_dialog (find_action_button (GTK_WIDGET (view), "planning.add-row", NULL),
                             OND_TYPE_PLAN_ITEM_EDITOR);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Planning Row");
  type_text (form_entry (editor, "Who"), "Iemand");
  click (find_button (GTK_WIDGET (editor), "_Add"));
  assert_field_message (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "What",
                        "the text cannot be empty");
  click_response (editor, "_Cancel");
  g_clear_pointer (&after, g_free);
  after = stored_rows (store);
  g_assert_cmpstr (after, ==, before);

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
  g_autoptr(OndPlanItem) item = stagiair_row (store);
  g_autoptr(OndPlanItem) back = NULL;
  g_autofree char *before = stored_rows (store);
  g_autofree char *after = NULL;
  AdwToastOverlay *overlay;
  GtkWidget *button;

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
  back = stored_same_row (store, 2024, "Q1", STAGIAIR, item);
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

/* The progress card is folded when the view opens, the table right below the notice; its
 * title takes the keyboard, is named for screen readers, and opens it as Enter does. */
static void
open_progress_by_keyboard (OndPlanningView *view)
{
  GtkExpander *expander = find_first (GTK_WIDGET (view), GTK_TYPE_EXPANDER);

  g_assert_nonnull (expander);
  g_assert_false (gtk_expander_get_expanded (expander));
  g_assert_false (has_label (GTK_WIDGET (view), "Whole plan"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (expander)));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (expander)));
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (expander),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Progress per pillar and theme"));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (expander)));
  run_until_idle ();
  g_assert_true (gtk_expander_get_expanded (expander));
  g_assert_true (has_label (GTK_WIDGET (view), "Whole plan"));
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
  g_autoptr(OndPlanItem) item = stagiair_row (store);
  g_autoptr(OndPlanItem) done = NULL;
  GtkMenuButton *status_button;

  open_progress_by_keyboard (view);
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

  done = stored_same_row (store, 2024, "Q1", STAGIAIR, item);
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
  gui_test_add ("/ond/planning-gui/auto-save-choice", test_auto_save_choice);
  gui_test_add ("/ond/planning-gui/auto-save-close", test_auto_save_close);
  gui_test_add ("/ond/planning-gui/auto-save-main-window", test_auto_save_main_window);
  gui_test_add ("/ond/planning-gui/refused", test_refused);
  gui_test_add ("/ond/planning-gui/delete-undo", test_delete_undo);
  gui_test_add ("/ond/planning-gui/status", test_status);
  gui_test_add ("/ond/planning-gui/board", test_board);
  gui_test_add ("/ond/planning-gui/read-only", test_read_only);
  return gui_test_run ();
}
