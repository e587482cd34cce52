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
 * the store then holds is checked against what the user did. A control added, deleted and
 * brought back changes the figures the Monitoring section shows. Runs on a display:
 * xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>

#include "ond-gui-test-util.h"
#include "ond-monitoring-view.h"
#include "ond-register-editor.h"
#include "ond-register-page.h"
#include "ond-registers-view.h"
#include "ond-store-registers.h"
#include "ond-window.h"

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

/* Chooses the section in the sidebar, as a user does. */
static OndRegistersView *
choose_registers_section (OndWindow *window)
{
  g_auto(GStrv) titles = gui_sidebar_titles (window);
  OndRegistersView *view;
  guint i = 0;

  /* Right after the casusoverleg. */
  while (titles[i] != NULL && g_strcmp0 (titles[i], "Controls & Measures") != 0)
    i++;
  g_assert_nonnull (titles[i]);
  g_assert_cmpuint (i, >, 0);
  g_assert_cmpstr (titles[i - 1], ==, "Case Meeting");

  view = gui_choose_section (window, "Controls & Measures", OND_TYPE_REGISTERS_VIEW);
  g_assert_cmpstr (ond_window_get_section (window), ==, "registers");
  return view;
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

/* Presses the page's Add button; returns the empty form it opens, with @date (dd-mm-yyyy)
 * typed into it unless NULL. */
static OndRegisterEditor *
open_new (OndRegisterPage *page,
          const char      *date)
{
  OndRegisterEditor *editor = click_for_dialog (find_action_button (GTK_WIDGET (page),
                                                                    "register.add", NULL),
                                                OND_TYPE_REGISTER_EDITOR);

  g_assert_null (ond_register_editor_get_record (editor));
  if (date != NULL)
    type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Date (dd-mm-yyyy)"), date);
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
  sort_table_by (find_first (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW), title, order);
}

/* A control: refused, added, found, sorted, changed, confirmed, deleted and undone. */
static void
test_registers_controls (GuiFixture    *f,
                         gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
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

  window = gui_show_window (f->app, store, f->settings);
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
  editor = open_new (page, "15-03-2024");
  form = GTK_WIDGET (editor);
  choose (find_row (form, ADW_TYPE_COMBO_ROW, "Kind"), "Integrale controle");
  choose (find_row (form, ADW_TYPE_COMBO_ROW, "Area"), "Wielwijk");
  type_count (form, "Businesses visited", "3");
  type_count (form, "Signals found", "5");
  tick_partner (form, "Team Handhaving Gemeente Dordrecht");
  tick_partner (form, "Basisteam politie Drechtsteden Binnen");
  type_text (find_row (form, ADW_TYPE_ENTRY_ROW, "Note"), "Bedrijventerrein Dordtse Kil");
  click (find_button (form, "_Add"));
  g_assert_true (find_window (OND_TYPE_REGISTER_EDITOR) == editor);
  assert_field_message (form, ADW_TYPE_ACTION_ROW, "Signals found", "5");
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
  editor = open_new (page, "02-10-2023");
  form = GTK_WIDGET (editor);
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
  search_for (GTK_WIDGET (page), "wielwijk");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_cmpint (id_at (shown, 0), ==, first_id);
  search_for (GTK_WIDGET (page), "DORDTSE handhaving");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  search_for (GTK_WIDGET (page), "dor/dol");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_cmpint (id_at (shown, 0), ==, second_id);
  search_for (GTK_WIDGET (page), "zzz-nergens");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  g_assert_cmpstr (shown_state (page), ==, "no-results");
  search_for (GTK_WIDGET (page), "");
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
  assert_field_message (form, ADW_TYPE_ACTION_ROW, "Businesses visited", "500");
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
  editor = open_new (page, NULL);
  form = GTK_WIDGET (editor);
  type_count (form, "Businesses visited", "5");
  dialog = click_for_dialog (find_button (form, "_Add"), ADW_TYPE_MESSAGE_DIALOG);
  click_response (dialog, "_Cancel");
  g_assert_true (find_window (OND_TYPE_REGISTER_EDITOR) == editor);
  g_assert_cmpuint (n_stored (store, OND_REGISTER_CONTROLS), ==, 2);
  assert_field_message (form, ADW_TYPE_ENTRY_ROW, "Date (dd-mm-yyyy)", "2023");
  dialog = click_for_dialog (find_button (form, "_Add"), ADW_TYPE_MESSAGE_DIALOG);
  click_response (dialog, "_Save Anyway");
  g_assert_null (find_window (OND_TYPE_REGISTER_EDITOR));
  g_assert_cmpuint (n_stored (store, OND_REGISTER_CONTROLS), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  assert_date_at (shown, 0, today);

  /* Deleting asks first: cancelling keeps it. */
  dialog = click_for_dialog (find_action_button (GTK_WIDGET (page), "register.delete",
                                                g_variant_new_int64 (first_id)),
                             ADW_TYPE_MESSAGE_DIALOG);
  click_response (dialog, "_Cancel");
  g_assert_cmpuint (n_stored (store, OND_REGISTER_CONTROLS), ==, 3);

  /* Deleted: gone from the list and the store, with a toast that offers undo. */
  dialog = click_for_dialog (find_action_button (GTK_WIDGET (page), "register.delete",
                                                g_variant_new_int64 (first_id)),
                             ADW_TYPE_MESSAGE_DIALOG);
  click_response (dialog, "_Delete");
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

  gui_close_window (window, store);
}

/* The other three registers: a measure linked to a case by its reference, a stop talk
 * that needs a branch, an activity with a theme and a planning row. */
static void
test_registers_others (GuiFixture    *f,
                       gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
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

  case_id = store_add_case (store, "2024-02-01", "politie", &reference);
  window = gui_show_window (f->app, store, f->settings);
  view = choose_registers_section (window);

  /* A measure: an unknown case reference is refused below its field. */
  page = show_page (view, OND_REGISTER_MEASURES, "Measures");
  g_assert_cmpstr (shown_state (page), ==, "empty");
  editor = open_new (page, "10-04-2024");
  form = GTK_WIDGET (editor);
  choose (find_row (form, ADW_TYPE_COMBO_ROW, "Kind"), "Sluiting");
  choose (find_row (form, ADW_TYPE_COMBO_ROW, "Domain"), "Harddrugs");
  type_text (find_row (form, ADW_TYPE_ENTRY_ROW, "Legal basis (e.g. art. 13b Opiumwet)"),
             "art. 13b Opiumwet");
  type_text (find_row (form, ADW_TYPE_ENTRY_ROW, "Case reference (optional, e.g. 2024-0012)"),
             "2024-9999");
  click (find_button (form, "_Add"));
  assert_field_message (form, ADW_TYPE_ENTRY_ROW, "Case reference (optional, e.g. 2024-0012)",
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
  editor = open_new (page, "20-05-2023");
  form = GTK_WIDGET (editor);
  click (find_button (form, "_Add"));
  assert_field_message (form, ADW_TYPE_ENTRY_ROW, "Branch (e.g. accountancy, car trade)", "");
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
  editor = open_new (page, "12-06-2023");
  form = GTK_WIDGET (editor);
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

  gui_close_window (window, store);
}

/* A read-only file: the registers are listed, but nothing can be added, changed or
 * deleted, and the file is not touched. */
static void
test_registers_read_only (GuiFixture    *f,
                          gconstpointer  data)
{
  OndStore *store = gui_open_store (f->path);
  OndRegistersView *view;
  OndRegisterPage *page;
  OndWindow *window;
  gint64 id;

  id = store_add_control (store, "2024-01-10", "integraal", NULL, 6);
  store = gui_reopen_read_only (f, store);
  window = gui_show_window (f->app, store, f->settings);
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

  gui_close_read_only (f, window, store);
}

/* The 2024 values the Monitoring section shows for the integrale controles and for the
 * businesses visited at them: the section chosen in the sidebar, the two rows of its table
 * found by name and read in the column "2024", as they are on screen. */
static void
assert_monitoring_2024 (OndWindow *window,
                        gint64     controls,
                        gint64     businesses)
{
  static const char *const names[] = {
    "Integrale controles",
    "Bezochte ondernemingen bij integrale controles",
  };
  gint64 expected[] = { controls, businesses };
  OndMonitoringView *view = gui_choose_section (window, "Monitoring", OND_TYPE_MONITORING_VIEW);
  GtkColumnView *table = find_first (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW);

  g_assert_nonnull (table);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *row = find_table_row (table, names[i]);
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, expected[i]);

      g_assert_nonnull (row);
      g_test_message ("%s, 2024: %s", names[i], row_cell_text (table, row, "2024"));
      g_assert_cmpstr (row_cell_text (table, row, "2024"), ==, text);
    }
}

/* Issue 4, "a GUI test under Xvfb adds a control and sees the monitoring figure change": in
 * one window, a control added in Controles & maatregelen through its form raises the two
 * figures the Monitoring section shows; deleting it takes it back out, Undo puts it in. */
static void
test_registers_monitoring (GuiFixture    *f,
                           gconstpointer  data)
{
  /* Registered before: only the integrale controles of 2024 count. */
  static const struct
  {
    const char *date;
    const char *kind;
    gint64      businesses;
  } earlier[] = {
    { "2024-03-14", "integraal", 8 },
    { "2024-11-02", "integraal", 6 },
    { "2023-12-31", "integraal", 5 },
    { "2024-04-04", "dor_dol", 3 },
    { "2024-12-31", "integraal", 7 },
  };
  const gint64 added_businesses = 9;
  g_autofree char *typed_businesses = g_strdup_printf ("%" G_GINT64_FORMAT, added_businesses);
  OndStore *store = gui_open_store (f->path);
  GListModel *shown;
  OndRegistersView *view;
  OndRegisterPage *page;
  OndRegisterEditor *editor;
  GtkWidget *form;
  GtkWidget *dialog;
  OndWindow *window;
  gint64 controls = 0;
  gint64 businesses = 0;
  gint64 added_id = 0;

  for (guint i = 0; i < G_N_ELEMENTS (earlier); i++)
    {
      store_add_control (store, earlier[i].date, earlier[i].kind, "Crabbehof",
                         earlier[i].businesses);
      if (g_str_has_prefix (earlier[i].date, "2024-") &&
          g_strcmp0 (earlier[i].kind, "integraal") == 0)
        {
          controls++;
          businesses += earlier[i].businesses;
        }
    }

  window = gui_show_window (f->app, store, f->settings);
  assert_monitoring_2024 (window, controls, businesses);

  /* Added as a user does: typed, chosen, saved. */
  view = choose_registers_section (window);
  page = show_page (view, OND_REGISTER_CONTROLS, "Controls");
  shown = ond_register_page_get_records (page);
  editor = open_new (page, "21-10-2024");
  form = GTK_WIDGET (editor);
  choose (find_row (form, ADW_TYPE_COMBO_ROW, "Kind"), "Integrale controle");
  choose (find_row (form, ADW_TYPE_COMBO_ROW, "Area"), "Wielwijk");
  type_count (form, "Businesses visited", typed_businesses);
  type_count (form, "Signals found", "2");
  click (find_button (form, "_Add"));
  g_assert_null (find_window (OND_TYPE_REGISTER_EDITOR));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, G_N_ELEMENTS (earlier) + 1);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(OndControl) control = g_list_model_get_item (shown, i);

      if (g_strcmp0 (ond_control_get_date (control), "2024-10-21") == 0)
        added_id = ond_register_record_get_id (G_OBJECT (control));
    }
  g_assert_cmpint (added_id, >, 0);
  assert_monitoring_2024 (window, controls + 1, businesses + added_businesses);

  /* Deleted, once confirmed: both figures are back where they were. */
  choose_registers_section (window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  dialog = click_for_dialog (find_action_button (GTK_WIDGET (page), "register.delete",
                                                g_variant_new_int64 (added_id)),
                             ADW_TYPE_MESSAGE_DIALOG);
  click_response (dialog, "_Delete");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, G_N_ELEMENTS (earlier));
  g_assert_true (has_label (GTK_WIDGET (window),
                            "Control of 21-10-2024, Integrale controle deleted"));
  assert_monitoring_2024 (window, controls, businesses);

  /* Undo, on the toast that is still shown over the Monitoring section: the figures shown
   * go up again at once, without leaving the section (the store says it changed). */
  g_assert_cmpstr (ond_window_get_section (window), ==, "monitoring");
  click (find_button (GTK_WIDGET (window), "_Undo"));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, G_N_ELEMENTS (earlier) + 1);
  assert_monitoring_2024 (window, controls + 1, businesses + added_businesses);

  gui_close_window (window, store);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "Registers");
  gui_test_add ("/ond/registers-gui/controls", test_registers_controls);
  gui_test_add ("/ond/registers-gui/others", test_registers_others);
  gui_test_add ("/ond/registers-gui/read-only", test_registers_read_only);
  gui_test_add ("/ond/registers-gui/monitoring", test_registers_monitoring);
  return gui_test_run ();
}
