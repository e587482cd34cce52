/* test-registers-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The "Controles & maatregelen" section of the main window, on a freshly seeded database,
 * driven as a user would: texts typed into the fields, items chosen in the combo rows,
 * buttons pressed. A control is refused (more signals than businesses) and then added,
 * found by searching, sorted, changed, deleted and brought back; a date outside the plan
 * period is saved only once confirmed. A measure is linked to a case by its reference, and
 * a stop talk and an activity are added. On a read-only file nothing can be changed. What
 * the store then holds is checked against what the user did. Runs on a display: xvfb-run
 * in CI. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ond-case-draft.h"
#include "ond-register-editor.h"
#include "ond-register-page.h"
#include "ond-registers-view.h"
#include "ond-store-cases.h"
#include "ond-store-registers.h"
#include "ond-test-util.h"
#include "ond-window.h"

typedef struct
{
  char           *dir;
  char           *path;
  GtkApplication *app;
  GSettings      *settings;
} Fixture;

/* One application for all tests: it can be registered on the bus only once. */
static GtkApplication *test_app;

/* Finding widgets, as a screen reader would walk the tree. */

static void
collect_descendants (GtkWidget *widget,
                     GType      type,
                     GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_descendants (child, type, found);
}

static GPtrArray *
find_all (GtkWidget *root,
          GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_descendants (root, type, found);
  return found;
}

static gpointer
find_first (GtkWidget *root,
            GType      type)
{
  g_autoptr(GPtrArray) found = find_all (root, type);

  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

/* A button the user can see, by its label. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (gtk_widget_get_mapped (button) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), label) == 0)
        return button;
    }
  return NULL;
}

/* A button the user can see, by the action it starts (and its target, when not NULL). */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action,
                    GVariant   *target)
{
  g_autoptr(GPtrArray) buttons = find_all (root, GTK_TYPE_BUTTON);
  g_autoptr(GVariant) sunk = target != NULL ? g_variant_ref_sink (target) : NULL;

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      GVariant *value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));

      if (gtk_widget_get_mapped (button) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action) == 0 &&
          (sunk == NULL || (value != NULL && g_variant_equal (value, sunk))))
        return button;
    }
  return NULL;
}

/* A row of a form, by its title. */
static gpointer
find_row (GtkWidget  *root,
          GType       type,
          const char *title)
{
  g_autoptr(GPtrArray) rows = find_all (root, type);

  for (guint i = 0; i < rows->len; i++)
    {
      AdwPreferencesRow *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (adw_preferences_row_get_title (row), title) == 0)
        return row;
    }
  return NULL;
}

static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  g_autoptr(GPtrArray) labels = find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_get_mapped (label) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
run_until_idle (void)
{
  for (int i = 0; i < 5; i++)
    {
      g_usleep (10000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

/* The toplevel window of @type that is shown, if any. */
static gpointer
find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  run_until_idle ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

/* Presses a button the way a pointer click ends: it must be shown and sensitive. */
static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  run_until_idle ();
}

static void
type_text (gpointer    editable,
           const char *text)
{
  g_assert_nonnull (editable);
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

/* Types a count into the spin button of the row titled @title. */
static void
type_count (GtkWidget  *root,
            const char *title,
            const char *text)
{
  GtkWidget *row = find_row (root, ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  type_text (find_first (row, GTK_TYPE_SPIN_BUTTON), text);
}

static void
choose (AdwComboRow *row,
        const char  *label)
{
  GListModel *model;

  g_assert_nonnull (row);
  model = adw_combo_row_get_model (row);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) == 0)
      {
        adw_combo_row_set_selected (row, i);
        run_until_idle ();
        return;
      }
  g_error ("“%s” is not offered", label);
}

/* Chooses the first item of the combo row that starts with @prefix. */
static void
choose_prefix (AdwComboRow *row,
               const char  *prefix)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (model), i), prefix))
      {
        adw_combo_row_set_selected (row, i);
        run_until_idle ();
        return;
      }
  g_error ("nothing starting with “%s” is offered", prefix);
}

/* Ticks the check button of the partner row titled @name. */
static void
tick_partner (GtkWidget  *root,
              const char *name)
{
  GtkWidget *row = find_row (root, ADW_TYPE_ACTION_ROW, name);

  g_assert_nonnull (row);
  gtk_check_button_set_active (find_first (row, GTK_TYPE_CHECK_BUTTON), TRUE);
  run_until_idle ();
}

/* The message below a field, shown with the field marked. */
static void
assert_field_error (GtkWidget  *root,
                    GType       type,
                    const char *title,
                    const char *message_part)
{
  GtkWidget *row = find_row (root, type, title);
  GtkWidget *next;
  GtkWidget *label;

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  next = gtk_widget_get_next_sibling (row);
  g_assert_nonnull (next);
  g_assert_true (gtk_widget_get_visible (next));
  label = find_first (next, GTK_TYPE_LABEL);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (label, "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), message_part));
}

/* The window. */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = ond_test_make_dir ("ond-test-registers-gui");
  f->path = g_build_filename (f->dir, "plan.db", NULL);
  f->app = g_object_ref (test_app);
  f->settings = g_settings_new (APPLICATION_ID);
  g_settings_reset (f->settings, "last-section");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->settings);
  g_clear_object (&f->app);
  ond_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static OndStore *
open_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  OndStore *store = ond_store_open (f->path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static OndWindow *
show_window (Fixture  *f,
             OndStore *store)
{
  OndWindow *window = ond_window_new (f->app, store, f->settings);
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  run_until_idle ();

  return window;
}

/* Destroys the window and checks that it, and the store it showed, are freed. */
static void
close_window (OndWindow *window,
              OndStore  *store)
{
  OndWindow *weak_window = window;
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &weak_window);
  gtk_window_destroy (GTK_WINDOW (window));
  while (weak_window != NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (weak_window);

  ond_store_close (store);
  g_assert_finalize_object (store);
}

/* Chooses the section in the sidebar, as a user does. */
static OndRegistersView *
choose_registers_section (OndWindow *window)
{
  g_autoptr(GPtrArray) lists = find_all (GTK_WIDGET (window), GTK_TYPE_LIST_BOX);
  GtkListBox *sidebar = NULL;
  GtkListBoxRow *row = NULL;
  GtkWidget *view;

  for (guint i = 0; i < lists->len && row == NULL; i++)
    {
      if (!gtk_widget_has_css_class (g_ptr_array_index (lists, i), "navigation-sidebar"))
        continue;
      sidebar = g_ptr_array_index (lists, i);
      for (int j = 0; (row = gtk_list_box_get_row_at_index (sidebar, j)) != NULL; j++)
        {
          GtkWidget *label = gtk_list_box_row_get_child (row);

          if (GTK_IS_LABEL (label) &&
              g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), "Controls & Measures") == 0)
            break;
        }
    }
  g_assert_nonnull (row);
  /* Right after the casusoverleg. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (
                     gtk_list_box_get_row_at_index (sidebar,
                                                    gtk_list_box_row_get_index (row) - 1)))),
                   ==, "Case Meeting");

  gtk_list_box_select_row (sidebar, row);
  gtk_widget_activate (GTK_WIDGET (row));
  run_until_idle ();

  g_assert_cmpstr (ond_window_get_section (window), ==, "registers");
  view = find_first (GTK_WIDGET (window), OND_TYPE_REGISTERS_VIEW);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (view));
  return OND_REGISTERS_VIEW (view);
}

/* Shows the page of a register with its view switcher button. */
static OndRegisterPage *
show_page (OndRegistersView *view,
           OndRegisterKind   kind,
           const char       *title)
{
  g_autoptr(GPtrArray) toggles = find_all (GTK_WIDGET (view), GTK_TYPE_TOGGLE_BUTTON);
  OndRegisterPage *page = ond_registers_view_get_page (view, kind);

  for (guint i = 0; i < toggles->len; i++)
    {
      GtkWidget *toggle = g_ptr_array_index (toggles, i);

      if (has_label (toggle, title))
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
    }
  run_until_idle ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  return page;
}

static const char *
shown_state (OndRegisterPage *page)
{
  GtkStack *stack = find_first (GTK_WIDGET (page), GTK_TYPE_STACK);

  return gtk_stack_get_visible_child_name (stack);
}

/* Presses the page's Add button; returns the form it opens. */
static OndRegisterEditor *
open_new (OndRegisterPage *page)
{
  OndRegisterEditor *editor;

  click (find_action_button (GTK_WIDGET (page), "register.add", NULL));
  editor = find_window (OND_TYPE_REGISTER_EDITOR);
  g_assert_nonnull (editor);
  g_assert_null (ond_register_editor_get_record (editor));
  return editor;
}

static GListModel *
stored (OndStore        *store,
        OndRegisterKind  kind)
{
  g_autoptr(GError) error = NULL;
  GListModel *records = ond_register_list (store, kind, &error);

  g_assert_no_error (error);
  return records;
}

static guint
n_stored (OndStore        *store,
          OndRegisterKind  kind)
{
  g_autoptr(GListModel) records = stored (store, kind);

  return g_list_model_get_n_items (records);
}

/* The stored record with @id. */
static gpointer
stored_record (OndStore        *store,
               OndRegisterKind  kind,
               gint64           id)
{
  g_autoptr(GListModel) records = stored (store, kind);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (records, i);

      if (ond_register_record_get_id (record) == id)
        return g_steal_pointer (&record);
    }
  return NULL;
}

static gint64
id_at (GListModel *shown,
       guint       position)
{
  g_autoptr(GObject) record = g_list_model_get_item (shown, position);

  g_assert_nonnull (record);
  return ond_register_record_get_id (record);
}

static void
assert_date_at (GListModel *shown,
                guint       position,
                const char *date)
{
  g_autoptr(OndControl) control = g_list_model_get_item (shown, position);

  g_assert_nonnull (control);
  g_assert_cmpstr (ond_control_get_date (control), ==, date);
}

static void
sort_by (OndRegisterPage *page,
         const char      *title,
         GtkSortType      order)
{
  GtkColumnView *table = find_first (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
  GListModel *columns = gtk_column_view_get_columns (table);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        {
          gtk_column_view_sort_by_column (table, column, order);
          run_until_idle ();
          return;
        }
    }
  g_error ("No column “%s”", title);
}

static void
search (OndRegisterPage *page,
        const char      *text)
{
  GtkSearchEntry *entry = find_first (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY);
  gint64 end = g_get_monotonic_time () + G_TIME_SPAN_SECOND;

  type_text (entry, text);
  /* The entry waits a moment before it searches. */
  while (g_get_monotonic_time () < end)
    run_until_idle ();
}

static gboolean
is_focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* A control: refused, added, found, sorted, changed, confirmed, deleted and undone. */
static void
test_registers_controls (Fixture       *f,
                         gconstpointer  data)
{
  OndStore *store = open_store (f);
  g_autoptr(OndControl) control = NULL;
  g_autoptr(OndControl) restored = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  const gint64 *partners;
  guint n_partners = 0;
  OndRegistersView *view;
  OndRegisterPage *page;
  OndRegisterEditor *editor;
  GtkWidget *form;
  GtkWidget *dialog;
  GListModel *shown;
  OndWindow *window;
  gint64 first_id;
  gint64 second_id;

  window = show_window (f, store);
  view = choose_registers_section (window);
  page = show_page (view, OND_REGISTER_CONTROLS, "Controls");
  shown = ond_register_page_get_records (page);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  g_assert_cmpstr (shown_state (page), ==, "empty");

  /* Ctrl+F puts the keyboard in the search entry of the page shown. */
  gtk_widget_activate_action (GTK_WIDGET (view), "registers.search", NULL);
  g_assert_true (is_focus_within (find_first (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY)));

  /* More signals than businesses visited: refused below the field, nothing written, and
   * the form keeps what was typed. */
  editor = open_new (page);
  form = GTK_WIDGET (editor);
  type_text (find_row (form, ADW_TYPE_ENTRY_ROW, "Date (dd-mm-yyyy)"), "15-03-2024");
  choose (find_row (form, ADW_TYPE_COMBO_ROW, "Kind"), "Integrale controle");
  choose (find_row (form, ADW_TYPE_COMBO_ROW, "Area"), "Wielwijk");
  type_count (form, "Businesses visited", "3");
  type_count (form, "Signals found", "5");
  tick_partner (form, "Team Handhaving Gemeente Dordrecht");
  tick_partner (form, "Basisteam politie Drechtsteden Binnen");
  type_text (find_row (form, ADW_TYPE_ENTRY_ROW, "Note"), "Bedrijventerrein Dordtse Kil");
  click (find_button (form, "_Add"));
  g_assert_true (find_window (OND_TYPE_REGISTER_EDITOR) == editor);
  assert_field_error (form, ADW_TYPE_ACTION_ROW, "Signals found", "5");
  g_assert_cmpuint (n_stored (store, OND_REGISTER_CONTROLS), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (find_first (find_row (form, ADW_TYPE_ACTION_ROW,
                                                                "Signals found"),
                                                      GTK_TYPE_SPIN_BUTTON)), ==, "5");

  /* Corrected: saved, the form closes, the list shows it with a toast. */
  type_count (form, "Businesses visited", "8");
  type_count (form, "Signals found", "2");
  click (find_button (form, "_Add"));
  g_assert_null (find_window (OND_TYPE_REGISTER_EDITOR));
  g_assert_cmpuint (n_stored (store, OND_REGISTER_CONTROLS), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_cmpstr (shown_state (page), ==, "list");
  first_id = id_at (shown, 0);
  control = stored_record (store, OND_REGISTER_CONTROLS, first_id);
  g_assert_cmpstr (ond_control_get_date (control), ==, "2024-03-15");
  g_assert_cmpstr (ond_control_get_kind (control), ==, "integraal");
  g_assert_cmpstr (ond_control_get_area_name (control), ==, "Wielwijk");
  g_assert_cmpint (ond_control_get_businesses (control), ==, 8);
  g_assert_cmpint (ond_control_get_signals (control), ==, 2);
  partners = ond_control_get_partner_ids (control, &n_partners);
  g_assert_cmpuint (n_partners, ==, 2);
  g_assert_nonnull (partners);
  g_assert_cmpstr (ond_control_get_note (control), ==, "Bedrijventerrein Dordtse Kil");
  g_assert_true (has_label (GTK_WIDGET (window),
                            "Control of 15-03-2024, Integrale controle saved"));
  /* The cells show the date on screen as dd-mm-jjjj, and the counts. */
  g_assert_true (has_label (GTK_WIDGET (page), "15-03-2024"));
  g_assert_true (has_label (GTK_WIDGET (page), "Wielwijk"));
  g_clear_object (&control);

  /* A second, older one: the newest stays on top, and a column sorts the other way. */
  editor = open_new (page);
  form = GTK_WIDGET (editor);
  type_text (find_row (form, ADW_TYPE_ENTRY_ROW, "Date (dd-mm-yyyy)"), "02-10-2023");
  choose (find_row (form, ADW_TYPE_COMBO_ROW, "Kind"), "DOR/DOL");
  type_count (form, "Businesses visited", "4");
  click (find_button (form, "_Add"));
  g_assert_null (find_window (OND_TYPE_REGISTER_EDITOR));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
  g_assert_cmpint (id_at (shown, 0), ==, first_id);
  second_id = id_at (shown, 1);
  sort_by (page, "Date", GTK_SORT_ASCENDING);
  assert_date_at (shown, 0, "2023-10-02");
  sort_by (page, "Businesses", GTK_SORT_DESCENDING);
  g_assert_cmpint (id_at (shown, 0), ==, first_id);
  sort_by (page, "Businesses", GTK_SORT_ASCENDING);
  g_assert_cmpint (id_at (shown, 0), ==, second_id);
  sort_by (page, "Date", GTK_SORT_DESCENDING);
  assert_date_at (shown, 0, "2024-03-15");

  /* Searching: area, partner and note, ignoring case; words anywhere. */
  search (page, "wielwijk");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_cmpint (id_at (shown, 0), ==, first_id);
  search (page, "DORDTSE handhaving");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  search (page, "dor/dol");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_cmpint (id_at (shown, 0), ==, second_id);
  search (page, "zzz-nergens");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  g_assert_cmpstr (shown_state (page), ==, "no-results");
  search (page, "");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);

  /* Changing the first: its Edit button opens the form filled in. A refused change writes
   * nothing; a good one is saved. */
  click (find_action_button (GTK_WIDGET (page), "register.edit",
                             g_variant_new_int64 (first_id)));
  editor = find_window (OND_TYPE_REGISTER_EDITOR);
  g_assert_nonnull (editor);
  form = GTK_WIDGET (editor);
  g_assert_cmpstr (gtk_editable_get_text (find_row (form, ADW_TYPE_ENTRY_ROW,
                                                    "Date (dd-mm-yyyy)")), ==, "15-03-2024");
  g_assert_cmpuint (adw_combo_row_get_selected (find_row (form, ADW_TYPE_COMBO_ROW, "Area")),
                    >, 0);
  type_count (form, "Businesses visited", "600");
  click (find_button (form, "_Save"));
  assert_field_error (form, ADW_TYPE_ACTION_ROW, "Businesses visited", "500");
  control = stored_record (store, OND_REGISTER_CONTROLS, first_id);
  g_assert_cmpint (ond_control_get_businesses (control), ==, 8);
  g_clear_object (&control);
  type_count (form, "Businesses visited", "9");
  type_count (form, "Signals found", "3");
  click (find_button (form, "_Save"));
  g_assert_null (find_window (OND_TYPE_REGISTER_EDITOR));
  control = stored_record (store, OND_REGISTER_CONTROLS, first_id);
  g_assert_cmpint (ond_control_get_businesses (control), ==, 9);
  g_assert_cmpint (ond_control_get_signals (control), ==, 3);
  ond_control_get_partner_ids (control, &n_partners);
  g_assert_cmpuint (n_partners, ==, 2);
  g_assert_cmpstr (ond_control_get_area_name (control), ==, "Wielwijk");
  g_clear_object (&control);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);

  /* Today lies outside the plan period: the user is asked. Cancelling writes nothing and
   * keeps the form; confirming saves. */
  editor = open_new (page);
  form = GTK_WIDGET (editor);
  type_count (form, "Businesses visited", "5");
  click (find_button (form, "_Add"));
  dialog = find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  click (find_button (dialog, "_Cancel"));
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (find_window (OND_TYPE_REGISTER_EDITOR) == editor);
  g_assert_cmpuint (n_stored (store, OND_REGISTER_CONTROLS), ==, 2);
  assert_field_error (form, ADW_TYPE_ENTRY_ROW, "Date (dd-mm-yyyy)", "2023");
  click (find_button (form, "_Add"));
  dialog = find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  click (find_button (dialog, "_Save Anyway"));
  g_assert_null (find_window (OND_TYPE_REGISTER_EDITOR));
  g_assert_cmpuint (n_stored (store, OND_REGISTER_CONTROLS), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  assert_date_at (shown, 0, today);

  /* Deleting asks first: cancelling keeps it. */
  click (find_action_button (GTK_WIDGET (page), "register.delete",
                             g_variant_new_int64 (first_id)));
  dialog = find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  click (find_button (dialog, "_Cancel"));
  g_assert_cmpuint (n_stored (store, OND_REGISTER_CONTROLS), ==, 3);

  /* Deleted: gone from the list and the store, with a toast that offers undo. */
  click (find_action_button (GTK_WIDGET (page), "register.delete",
                             g_variant_new_int64 (first_id)));
  dialog = find_window (ADW_TYPE_MESSAGE_DIALOG);
  click (find_button (dialog, "_Delete"));
  g_assert_cmpuint (n_stored (store, OND_REGISTER_CONTROLS), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
  g_assert_null (stored_record (store, OND_REGISTER_CONTROLS, first_id));
  g_assert_true (has_label (GTK_WIDGET (window),
                            "Control of 15-03-2024, Integrale controle deleted"));

  /* Undo puts it back as it was: same id, same partners. */
  click (find_button (GTK_WIDGET (window), "_Undo"));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  restored = stored_record (store, OND_REGISTER_CONTROLS, first_id);
  g_assert_nonnull (restored);
  g_assert_cmpint (ond_control_get_businesses (restored), ==, 9);
  ond_control_get_partner_ids (restored, &n_partners);
  g_assert_cmpuint (n_partners, ==, 2);

  close_window (window, store);
}

static gint64
create_case (OndStore   *store,
             const char *date,
             char      **reference)
{
  g_autoptr(OndCaseDraft) draft = ond_case_draft_new ();
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  draft->date_received = g_strdup (date);
  draft->source = g_strdup ("politie");
  draft->subject_kind = g_strdup ("pand");
  draft->subject_name = g_strdup ("Voorstraat 12");
  draft->summary = g_strdup ("Hennepkwekerij");
  id = ond_store_create_case (store, draft, today, reference, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* The other three registers: a measure linked to a case by its reference, a stop talk
 * that needs a branch, an activity with a theme and a planning row. */
static void
test_registers_others (Fixture       *f,
                       gconstpointer  data)
{
  OndStore *store = open_store (f);
  g_autofree char *reference = NULL;
  g_autoptr(OndMeasure) measure = NULL;
  g_autoptr(OndStopTalk) stop_talk = NULL;
  g_autoptr(OndActivity) activity = NULL;
  OndRegistersView *view;
  OndRegisterPage *page;
  OndRegisterEditor *editor;
  GtkWidget *form;
  OndWindow *window;
  gint64 case_id;

  case_id = create_case (store, "2024-02-01", &reference);
  window = show_window (f, store);
  view = choose_registers_section (window);

  /* A measure: an unknown case reference is refused below its field. */
  page = show_page (view, OND_REGISTER_MEASURES, "Measures");
  g_assert_cmpstr (shown_state (page), ==, "empty");
  editor = open_new (page);
  form = GTK_WIDGET (editor);
  type_text (find_row (form, ADW_TYPE_ENTRY_ROW, "Date (dd-mm-yyyy)"), "10-04-2024");
  choose (find_row (form, ADW_TYPE_COMBO_ROW, "Kind"), "Sluiting");
  choose (find_row (form, ADW_TYPE_COMBO_ROW, "Domain"), "Harddrugs");
  type_text (find_row (form, ADW_TYPE_ENTRY_ROW, "Legal basis (e.g. art. 13b Opiumwet)"),
             "art. 13b Opiumwet");
  type_text (find_row (form, ADW_TYPE_ENTRY_ROW, "Case reference (optional, e.g. 2024-0012)"),
             "2024-9999");
  click (find_button (form, "_Add"));
  assert_field_error (form, ADW_TYPE_ENTRY_ROW, "Case reference (optional, e.g. 2024-0012)",
                      "2024-9999");
  g_assert_cmpuint (n_stored (store, OND_REGISTER_MEASURES), ==, 0);
  type_text (find_row (form, ADW_TYPE_ENTRY_ROW, "Case reference (optional, e.g. 2024-0012)"),
             reference);
  click (find_button (form, "_Add"));
  g_assert_null (find_window (OND_TYPE_REGISTER_EDITOR));
  g_assert_cmpuint (g_list_model_get_n_items (ond_register_page_get_records (page)), ==, 1);
  measure = g_list_model_get_item (ond_register_page_get_records (page), 0);
  g_assert_cmpstr (ond_measure_get_kind (measure), ==, "sluiting");
  g_assert_cmpstr (ond_measure_get_domain (measure), ==, "harddrugs");
  g_assert_cmpstr (ond_measure_get_legal_basis (measure), ==, "art. 13b Opiumwet");
  g_assert_cmpint (ond_measure_get_case_id (measure), ==, case_id);
  g_assert_true (has_label (GTK_WIDGET (page), reference));
  /* The case shows by its reference only. */
  g_assert_false (has_label (GTK_WIDGET (page), "Voorstraat 12"));

  /* A stop talk without a branch is refused; with one it is saved. */
  page = show_page (view, OND_REGISTER_STOP_TALKS, "Stop Talks");
  editor = open_new (page);
  form = GTK_WIDGET (editor);
  type_text (find_row (form, ADW_TYPE_ENTRY_ROW, "Date (dd-mm-yyyy)"), "20-05-2023");
  click (find_button (form, "_Add"));
  assert_field_error (form, ADW_TYPE_ENTRY_ROW, "Branch (e.g. accountancy, car trade)", "");
  g_assert_cmpuint (n_stored (store, OND_REGISTER_STOP_TALKS), ==, 0);
  type_text (find_row (form, ADW_TYPE_ENTRY_ROW, "Branch (e.g. accountancy, car trade)"),
             "Autohandel");
  gtk_switch_set_active (find_first (find_row (form, ADW_TYPE_ACTION_ROW, "Tailored solution"),
                                     GTK_TYPE_SWITCH), TRUE);
  click (find_button (form, "_Add"));
  g_assert_null (find_window (OND_TYPE_REGISTER_EDITOR));
  stop_talk = g_list_model_get_item (ond_register_page_get_records (page), 0);
  g_assert_nonnull (stop_talk);
  g_assert_cmpstr (ond_stop_talk_get_branch (stop_talk), ==, "Autohandel");
  g_assert_true (ond_stop_talk_get_maatwerk (stop_talk));
  g_assert_true (has_label (GTK_WIDGET (page), "Yes"));

  /* An activity with a theme and a planning row of the plan, shown as year and period. */
  page = show_page (view, OND_REGISTER_ACTIVITIES, "Activities");
  editor = open_new (page);
  form = GTK_WIDGET (editor);
  type_text (find_row (form, ADW_TYPE_ENTRY_ROW, "Date (dd-mm-yyyy)"), "12-06-2023");
  choose (find_row (form, ADW_TYPE_COMBO_ROW, "Kind"), "Wijkgerichte drugsactie");
  choose (find_row (form, ADW_TYPE_COMBO_ROW, "Theme"), "Drugs");
  choose_prefix (find_row (form, ADW_TYPE_COMBO_ROW, "Planning row"), "2023 · Doorlopend · 4 ");
  type_text (find_row (form, ADW_TYPE_ENTRY_ROW, "Note"), "Crimpenersingel");
  click (find_button (form, "_Add"));
  g_assert_null (find_window (OND_TYPE_REGISTER_EDITOR));
  activity = g_list_model_get_item (ond_register_page_get_records (page), 0);
  g_assert_nonnull (activity);
  g_assert_cmpstr (ond_activity_get_kind (activity), ==, "drugsactie");
  g_assert_cmpstr (ond_activity_get_theme_name (activity), ==, "Drugs");
  g_assert_true (g_str_has_prefix (ond_activity_get_plan_item_text (activity),
                                   "4 wijkgerichte drugsgerelateerde acties"));
  g_assert_cmpstr (ond_activity_get_note (activity), ==, "Crimpenersingel");

  close_window (window, store);
}

/* A read-only file: the registers are listed, but nothing can be added, changed or
 * deleted, and the file is not touched. */
static void
test_registers_read_only (Fixture       *f,
                          gconstpointer  data)
{
  OndStore *store = open_store (f);
  g_autoptr(OndControl) control = ond_control_new (0, "2024-01-10", "integraal", NULL, 0, NULL,
                                                   6, 1, NULL, 0, NULL, "");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  OndRegistersView *view;
  OndRegisterPage *page;
  OndWindow *window;
  gint64 id;

  id = ond_store_save_control (store, control, OND_REGISTER_FLAGS_NONE, &error);
  g_assert_no_error (error);
  ond_store_close (store);
  g_assert_finalize_object (store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);

  store = open_store (f);
  g_assert_true (ond_store_is_read_only (store));
  window = show_window (f, store);
  view = choose_registers_section (window);
  page = show_page (view, OND_REGISTER_CONTROLS, "Controls");
  g_assert_cmpuint (g_list_model_get_n_items (ond_register_page_get_records (page)), ==, 1);

  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (page),
                                                               "register.add", NULL)));
  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (page),
                                                               "register.edit",
                                                               g_variant_new_int64 (id))));
  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (page),
                                                               "register.delete",
                                                               g_variant_new_int64 (id))));
  /* Activating a row or pressing Delete opens nothing. */
  g_signal_emit_by_name (find_first (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW), "activate", 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "register.delete-selected", NULL);
  g_assert_null (find_window (OND_TYPE_REGISTER_EDITOR));
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG));

  close_window (window, store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* libadwaita 1.2.2 frees a toast's data when it is dismissed during its slide-in
   * animation; this test clicks Undo faster than a person can. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  test_app = GTK_APPLICATION (adw_application_new ("com.dordrecht.Ondermijning.TestRegisters",
                                                   G_APPLICATION_NON_UNIQUE));
  g_application_register (G_APPLICATION (test_app), NULL, &error);
  g_assert_no_error (error);

  g_test_add ("/ond/registers-gui/controls", Fixture, NULL,
              fixture_set_up, test_registers_controls, fixture_tear_down);
  g_test_add ("/ond/registers-gui/others", Fixture, NULL,
              fixture_set_up, test_registers_others, fixture_tear_down);
  g_test_add ("/ond/registers-gui/read-only", Fixture, NULL,
              fixture_set_up, test_registers_read_only, fixture_tear_down);

  status = g_test_run ();

  g_clear_object (&test_app);
  return status;
}
