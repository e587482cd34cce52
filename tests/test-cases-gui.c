/* test-cases-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The casusoverleg section of the main window, on a freshly seeded database, driven as a
 * user would: texts typed into the fields, items chosen in the combo rows, buttons pressed.
 * A signal is registered, weighed, assigned, acted on, monitored, closed, found again by
 * searching, deleted and brought back. What the store then holds is checked against what
 * the user did. Runs on a display: xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ond-access-entry.h"
#include "ond-case-counts.h"
#include "ond-case-detail.h"
#include "ond-case-draft.h"
#include "ond-case-editor.h"
#include "ond-case-event.h"
#include "ond-case-intervention.h"
#include "ond-case.h"
#include "ond-cases-view.h"
#include "ond-intervention-editor.h"
#include "ond-plan.h"
#include "ond-store-cases.h"
#include "ond-gui-test-util.h"
#include "ond-test-util.h"
#include "ond-weigh-dialog.h"
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

/* The window. */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = ond_test_make_dir ("ond-test-cases-gui");
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
  return gui_open_store (f->path);
}

static OndWindow *
show_window (Fixture  *f,
             OndStore *store)
{
  return gui_show_window (f->app, store, f->settings);
}

static void
close_window (OndWindow *window,
              OndStore  *store)
{
  gui_close_window (window, store);
}

static OndCasesView *
choose_cases_section (OndWindow *window)
{
  g_autoptr(GPtrArray) lists = find_all (GTK_WIDGET (window), GTK_TYPE_LIST_BOX);
  GtkListBox *sidebar = NULL;
  GtkListBoxRow *row = NULL;
  GtkWidget *view;

  /* The sidebar of the window: the navigation list with a row for the section. */
  for (guint i = 0; i < lists->len && row == NULL; i++)
    {
      if (!gtk_widget_has_css_class (g_ptr_array_index (lists, i), "navigation-sidebar"))
        continue;
      sidebar = g_ptr_array_index (lists, i);
      for (int j = 0; (row = gtk_list_box_get_row_at_index (sidebar, j)) != NULL; j++)
        {
          GtkWidget *label = gtk_list_box_row_get_child (row);

          if (GTK_IS_LABEL (label) &&
              g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), "Case Meeting") == 0)
            break;
        }
    }
  g_assert_nonnull (row);
  /* After the themes, as the plan orders the sections. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (
                     gtk_list_box_get_row_at_index (sidebar,
                                                    gtk_list_box_row_get_index (row) - 1)))),
                   ==, "Themes");

  gtk_list_box_select_row (sidebar, row);
  gtk_widget_activate (GTK_WIDGET (row));
  run_until_idle ();

  g_assert_cmpstr (ond_window_get_section (window), ==, "casusoverleg");
  view = find_first (GTK_WIDGET (window), OND_TYPE_CASES_VIEW);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (view));
  return OND_CASES_VIEW (view);
}

static OndCaseDetail *
shown_detail (OndCasesView *view)
{
  OndCaseDetail *detail = find_first (GTK_WIDGET (view), OND_TYPE_CASE_DETAIL);
  AdwLeaflet *leaflet = find_first (GTK_WIDGET (view), ADW_TYPE_LEAFLET);

  g_assert_nonnull (detail);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == GTK_WIDGET (detail));
  g_assert_nonnull (ond_case_detail_get_case (detail));
  return detail;
}

static gboolean
list_shown (OndCasesView *view)
{
  AdwLeaflet *leaflet = find_first (GTK_WIDGET (view), ADW_TYPE_LEAFLET);
  OndCaseDetail *detail = find_first (GTK_WIDGET (view), OND_TYPE_CASE_DETAIL);

  return adw_leaflet_get_visible_child (leaflet) != GTK_WIDGET (detail);
}

static const char *
shown_page (OndCasesView *view)
{
  g_autoptr(GPtrArray) stacks = find_all (GTK_WIDGET (view), GTK_TYPE_STACK);

  for (guint i = 0; i < stacks->len; i++)
    if (gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i), "no-results") != NULL)
      return gtk_stack_get_visible_child_name (g_ptr_array_index (stacks, i));
  return NULL;
}

/* Activates a row of the case list, as a click on it does, and returns the case view. */
static OndCaseDetail *
open_row (OndCasesView *view,
          guint         position)
{
  g_signal_emit_by_name (find_first (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW), "activate",
                         position);
  run_until_idle ();
  return shown_detail (view);
}

static void
assert_case_exists (OndStore *store,
                    gint64    case_id,
                    gboolean  exists)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCase) kase = ond_store_get_case (store, case_id, &error);

  if (exists)
    {
      g_assert_no_error (error);
      g_assert_nonnull (kase);
    }
  else
    {
      g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
      g_assert_null (kase);
    }
}

static OndCaseStatus
shown_status (OndCaseDetail *detail)
{
  return ond_case_get_status_enum (ond_case_detail_get_case (detail));
}

/* Fills the intake form with a good signal. */
static void
fill_intake (OndCaseEditor *editor,
             const char    *subject)
{
  GtkWidget *root = GTK_WIDGET (editor);
  GtkTextView *summary = find_first (root, GTK_TYPE_TEXT_VIEW);

  choose (find_row (root, ADW_TYPE_COMBO_ROW, "Source"), "Politie");
  choose (find_row (root, ADW_TYPE_COMBO_ROW, "Theme"), "Drugs");
  choose (find_row (root, ADW_TYPE_COMBO_ROW, "Area"), "Wielwijk");
  choose (find_row (root, ADW_TYPE_COMBO_ROW, "Kind of subject"), "Onderneming");
  type_text (find_row (root, ADW_TYPE_ENTRY_ROW, "Name of the subject"), subject);
  type_text (find_row (root, ADW_TYPE_ENTRY_ROW, "Address"), "Voorstraat 1");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (summary),
                            "Vermoedelijke hennepkwekerij achter de zaak", -1);
  type_text (find_row (root, ADW_TYPE_ENTRY_ROW, "MMA number"), "MMA-2026-77");
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
  /* The message is right below the field. */
  next = gtk_widget_get_next_sibling (row);
  g_assert_nonnull (next);
  g_assert_true (gtk_widget_get_visible (next));
  label = find_first (next, GTK_TYPE_LABEL);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (label, "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), message_part));
}

static gint64
count_cases (OndStore *store)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  gint64 count = -1;

  g_assert_true (ond_store_count_signals (store, g_date_time_get_year (now), &count, &error));
  g_assert_no_error (error);
  return count;
}

static gboolean
log_has (GListModel *log,
         const char *what_prefix)
{
  for (guint i = 0; i < g_list_model_get_n_items (log); i++)
    {
      g_autoptr(OndAccessEntry) entry = g_list_model_get_item (log, i);

      if (g_str_has_prefix (ond_access_entry_get_what (entry), what_prefix))
        return TRUE;
    }
  return FALSE;
}

/* Registering, weighing, assigning, an intervention, monitoring, closing, searching,
 * deleting and undoing: the whole life of a signal through the window. */
static void
test_cases_workflow (Fixture       *f,
                     gconstpointer  data)
{
  OndStore *store = open_store (f);
  OndWindow *window = show_window (f, store);
  OndCasesView *view = choose_cases_section (window);
  GListModel *cases = ond_cases_view_get_cases (view);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *reference = g_strdup_printf ("%d-0001", g_date_time_get_year (now));
  g_autofree char *planned = format_today (0);
  g_autofree char *follow_up = format_today (14);
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GListModel) interventions = NULL;
  g_autoptr(GListModel) log = NULL;
  g_autoptr(OndCaseEvent) event = NULL;
  g_autoptr(OndCaseIntervention) intervention = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) partners = NULL;
  g_autofree char *toast_title = NULL;
  OndCaseEditor *editor;
  OndWeighDialog *weigh;
  OndInterventionEditor *intervention_editor;
  AdwMessageDialog *dialog;
  OndCaseDetail *detail;
  GtkWidget *search;
  gint64 case_id;

  /* No signals yet: the empty state says so and offers to register one. */
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 0);
  g_assert_cmpstr (shown_page (view), ==, "empty");
  g_assert_true (has_label (GTK_WIDGET (view), "No Signals Yet"));

  /* Ctrl+N: the intake form, dated today. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-case", NULL));
  editor = find_window (OND_TYPE_CASE_EDITOR);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                    "Date received (dd-mm-yyyy)")),
                   ==, planned);
  fill_intake (editor, "Café De Kroon");

  /* A date in the future and a name of only spaces are refused, next to their field, and
   * nothing is written. */
  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Date received (dd-mm-yyyy)"),
             "01-01-2999");
  click (find_button (GTK_WIDGET (editor), "_Register"));
  g_assert_true (find_window (OND_TYPE_CASE_EDITOR) == editor);
  assert_field_error (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Date received (dd-mm-yyyy)",
                      "future");
  g_assert_cmpint (count_cases (store), ==, 0);

  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Date received (dd-mm-yyyy)"),
             planned);
  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Name of the subject"), "   ");
  click (find_button (GTK_WIDGET (editor), "_Register"));
  g_assert_true (find_window (OND_TYPE_CASE_EDITOR) == editor);
  g_assert_false (gtk_widget_has_css_class (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                      "Date received (dd-mm-yyyy)"), "error"));
  assert_field_error (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Name of the subject", "");
  g_assert_cmpint (count_cases (store), ==, 0);

  /* Registered: the form closes and the new case is shown, ready to be weighed. */
  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Name of the subject"),
             "Café De Kroon");
  click (find_button (GTK_WIDGET (editor), "_Register"));
  g_assert_null (find_window (OND_TYPE_CASE_EDITOR));
  g_assert_cmpint (count_cases (store), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 1);
  detail = shown_detail (view);
  case_id = ond_case_get_id (ond_case_detail_get_case (detail));
  g_assert_cmpstr (ond_case_get_reference (ond_case_detail_get_case (detail)), ==, reference);
  g_assert_cmpint (shown_status (detail), ==, OND_CASE_STATUS_NEW);
  g_assert_true (has_label (GTK_WIDGET (detail), reference));
  g_assert_true (has_label (GTK_WIDGET (detail), "Café De Kroon"));
  g_assert_true (has_label (GTK_WIDGET (detail), "Vermoedelijke hennepkwekerij achter de zaak"));
  g_assert_true (has_label (GTK_WIDGET (detail), "Wielwijk"));
  g_assert_true (has_label (GTK_WIDGET (detail), "MMA-2026-77"));
  /* A new case can only be weighed. */
  g_assert_null (find_button (GTK_WIDGET (detail), "_Start Intervention"));
  g_assert_null (find_button (GTK_WIDGET (detail), "_Close…"));

  /* Weighing: the reason is required; handing over to a partner asks which. */
  click (find_button (GTK_WIDGET (detail), "_Weigh…"));
  weigh = find_window (OND_TYPE_WEIGH_DIALOG);
  g_assert_nonnull (weigh);
  choose (find_row (GTK_WIDGET (weigh), ADW_TYPE_COMBO_ROW, "Complexity"), "Midden");
  choose (find_row (GTK_WIDGET (weigh), ADW_TYPE_COMBO_ROW, "Decision"),
          "Overdragen aan partner");
  g_assert_true (gtk_widget_get_visible (find_row (GTK_WIDGET (weigh), ADW_TYPE_COMBO_ROW,
                                                   "Lead partner")));
  g_assert_false (gtk_widget_get_visible (find_row (GTK_WIDGET (weigh), ADW_TYPE_ENTRY_ROW,
                                                    "Follow-up date (dd-mm-yyyy)")));
  choose (find_row (GTK_WIDGET (weigh), ADW_TYPE_COMBO_ROW, "Lead partner"),
          "Basisteam politie Drechtsteden Binnen");
  click (find_button (GTK_WIDGET (weigh), "_Weigh"));
  g_assert_true (find_window (OND_TYPE_WEIGH_DIALOG) == weigh);
  assert_field_error (GTK_WIDGET (weigh), ADW_TYPE_ENTRY_ROW, "Reason", "reason");
  g_assert_cmpint (shown_status (detail), ==, OND_CASE_STATUS_NEW);

  type_text (find_row (GTK_WIDGET (weigh), ADW_TYPE_ENTRY_ROW, "Reason"),
             "Drugs: past bij de aanpak van de politie");
  click (find_button (GTK_WIDGET (weigh), "_Weigh"));
  g_assert_null (find_window (OND_TYPE_WEIGH_DIALOG));
  g_assert_cmpint (shown_status (detail), ==, OND_CASE_STATUS_ASSIGNED);
  g_assert_cmpstr (ond_case_get_lead_partner_name (ond_case_detail_get_case (detail)), ==,
                   "Politie");
  g_assert_true (has_label (GTK_WIDGET (detail), "Drugs: past bij de aanpak van de politie"));

  /* The intake can be changed afterwards: the same form, filled in. */
  click (find_button_by_tooltip (GTK_WIDGET (detail), "Edit Signal…"));
  editor = find_window (OND_TYPE_CASE_EDITOR);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                    "Name of the subject")), ==, "Café De Kroon");
  g_assert_cmpuint (adw_combo_row_get_selected (find_row (GTK_WIDGET (editor),
                                                          ADW_TYPE_COMBO_ROW, "Area")), >, 0);
  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Address"), "Voorstraat 3");
  click (find_button (GTK_WIDGET (editor), "_Save"));
  g_assert_null (find_window (OND_TYPE_CASE_EDITOR));
  g_assert_true (has_label (GTK_WIDGET (detail), "Voorstraat 3"));
  g_assert_cmpint (shown_status (detail), ==, OND_CASE_STATUS_ASSIGNED);
  g_assert_cmpstr (ond_case_get_reference (ond_case_detail_get_case (detail)), ==, reference);

  /* Assigned: the intervention starts. */
  g_assert_null (find_button (GTK_WIDGET (detail), "_Weigh…"));
  click (find_button (GTK_WIDGET (detail), "_Start Intervention"));
  g_assert_cmpint (shown_status (detail), ==, OND_CASE_STATUS_INTERVENTION);

  /* An intervention of the menukaart: only the partners the matrix marks are offered. */
  click (find_button (GTK_WIDGET (detail), "_Add Intervention…"));
  intervention_editor = find_window (OND_TYPE_INTERVENTION_EDITOR);
  g_assert_nonnull (intervention_editor);
  choose (find_row (GTK_WIDGET (intervention_editor), ADW_TYPE_COMBO_ROW, "Intervention"),
          "Milieucontrole");
  partners = combo_labels (find_row (GTK_WIDGET (intervention_editor), ADW_TYPE_COMBO_ROW,
                                     "Partner"));
  g_assert_cmpstrv (partners, ((const char * const []) {
                                 "Omgevingsdienst Zuid Holland Zuid", NULL }));
  g_clear_pointer (&partners, g_strfreev);
  choose (find_row (GTK_WIDGET (intervention_editor), ADW_TYPE_COMBO_ROW, "Intervention"),
          "Controle op uitkering");
  partners = combo_labels (find_row (GTK_WIDGET (intervention_editor), ADW_TYPE_COMBO_ROW,
                                     "Partner"));
  g_assert_cmpstrv (partners, ((const char * const []) {
                                 "Sociale Dienst Drechtsteden", NULL }));
  g_clear_pointer (&partners, g_strfreev);
  choose (find_row (GTK_WIDGET (intervention_editor), ADW_TYPE_COMBO_ROW, "Intervention"),
          "Knock and talk");
  partners = combo_labels (find_row (GTK_WIDGET (intervention_editor), ADW_TYPE_COMBO_ROW,
                                     "Partner"));
  g_assert_cmpstrv (partners, ((const char * const []) {
                                 "Gemeente Dordrecht", "Basisteam politie Drechtsteden Binnen",
                                 NULL }));
  choose (find_row (GTK_WIDGET (intervention_editor), ADW_TYPE_COMBO_ROW, "Partner"),
          "Basisteam politie Drechtsteden Binnen");
  type_text (find_row (GTK_WIDGET (intervention_editor), ADW_TYPE_ENTRY_ROW,
                       "Planned date (dd-mm-yyyy)"), planned);
  type_text (find_row (GTK_WIDGET (intervention_editor), ADW_TYPE_ENTRY_ROW,
                       "Follow-up date (dd-mm-yyyy)"), follow_up);
  choose (find_row (GTK_WIDGET (intervention_editor), ADW_TYPE_COMBO_ROW, "Status"), "Lopend");
  type_text (find_row (GTK_WIDGET (intervention_editor), ADW_TYPE_ENTRY_ROW, "Note"),
             "Samen met de wijkagent");
  click (find_button (GTK_WIDGET (intervention_editor), "_Add"));
  g_assert_null (find_window (OND_TYPE_INTERVENTION_EDITOR));
  g_assert_true (has_label (GTK_WIDGET (detail), "Knock and talk"));

  /* Activating the intervention's row changes it: its intervention stays, its status moves. */
  {
    g_autoptr(GPtrArray) rows = find_all (GTK_WIDGET (detail), ADW_TYPE_ACTION_ROW);
    GtkWidget *row = NULL;

    for (guint i = 0; i < rows->len && row == NULL; i++)
      if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)),
                     "Knock and talk") == 0)
        row = g_ptr_array_index (rows, i);
    g_assert_nonnull (row);
    g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
    g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
    run_until_idle ();
  }
  intervention_editor = find_window (OND_TYPE_INTERVENTION_EDITOR);
  g_assert_nonnull (intervention_editor);
  g_assert_false (gtk_widget_get_sensitive (find_row (GTK_WIDGET (intervention_editor),
                                                      ADW_TYPE_COMBO_ROW, "Intervention")));
  g_assert_cmpstr (gtk_editable_get_text (find_row (GTK_WIDGET (intervention_editor),
                                                    ADW_TYPE_ENTRY_ROW, "Note")),
                   ==, "Samen met de wijkagent");
  choose (find_row (GTK_WIDGET (intervention_editor), ADW_TYPE_COMBO_ROW, "Status"), "Gereed");
  click (find_button (GTK_WIDGET (intervention_editor), "_Save"));
  g_assert_null (find_window (OND_TYPE_INTERVENTION_EDITOR));

  /* Monitoring, then closing with an outcome and a note. */
  click (find_button (GTK_WIDGET (detail), "To _Monitoring"));
  g_assert_cmpint (shown_status (detail), ==, OND_CASE_STATUS_MONITORING);
  g_assert_nonnull (find_button (GTK_WIDGET (detail), "_Back to Intervention"));

  click (find_button (GTK_WIDGET (detail), "_Close…"));
  dialog = find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  choose (find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Outcome"), "Effectief");
  type_text (find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Note"),
             "Pand gesloten na controle");
  click (find_button (GTK_WIDGET (dialog), "_Close Case"));
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (shown_status (detail), ==, OND_CASE_STATUS_CLOSED);
  g_assert_cmpstr (ond_case_get_outcome (ond_case_detail_get_case (detail)), ==, "effectief");
  g_assert_true (has_label (GTK_WIDGET (detail), "Effectief"));
  g_assert_true (has_label (GTK_WIDGET (detail), "Pand gesloten na controle"));
  /* A closed case can only be reopened. */
  g_assert_nonnull (find_button (GTK_WIDGET (detail), "_Reopen…"));
  g_assert_null (find_button (GTK_WIDGET (detail), "_Close…"));

  /* The history, oldest first, with the user's login name. */
  events = ond_store_list_case_events (store, case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 5);
  {
    const char *to[] = { "nieuw", "toegewezen", "interventie", "monitoring", "gesloten" };

    for (guint i = 0; i < G_N_ELEMENTS (to); i++)
      {
        g_autoptr(OndCaseEvent) step = g_list_model_get_item (events, i);

        g_assert_cmpstr (ond_case_event_get_to_status (step), ==, to[i]);
        g_assert_cmpstr (ond_case_event_get_from_status (step), ==, i > 0 ? to[i - 1] : NULL);
        g_assert_cmpstr (ond_case_event_get_who (step), ==, g_get_user_name ());
      }
  }
  event = g_list_model_get_item (events, 1);
  g_assert_nonnull (strstr (ond_case_event_get_reason (event),
                            "Drugs: past bij de aanpak van de politie"));

  interventions = ond_store_list_case_interventions (store, case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (interventions), ==, 1);
  intervention = g_list_model_get_item (interventions, 0);
  g_assert_cmpstr (ond_case_intervention_get_intervention_name (intervention), ==,
                   "Knock and talk");
  g_assert_cmpstr (ond_case_intervention_get_status (intervention), ==, "gereed");
  g_assert_cmpstr (ond_case_intervention_get_note (intervention), ==, "Samen met de wijkagent");

  /* Reopening needs a reason: the button stays off until one is typed. */
  click (find_button (GTK_WIDGET (detail), "_Reopen…"));
  dialog = find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (dialog), "_Reopen")));
  type_text (find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Reason"), "   ");
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (dialog), "_Reopen")));
  type_text (find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Reason"),
             "Nieuwe signalen over het pand");
  click (find_button (GTK_WIDGET (dialog), "_Reopen"));
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (shown_status (detail), ==, OND_CASE_STATUS_MONITORING);
  g_clear_object (&events);
  events = ond_store_list_case_events (store, case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 6);
  g_clear_object (&event);
  event = g_list_model_get_item (events, 5);
  g_assert_cmpstr (ond_case_event_get_from_status (event), ==, "gesloten");
  g_assert_cmpstr (ond_case_event_get_to_status (event), ==, "monitoring");
  g_assert_nonnull (strstr (ond_case_event_get_reason (event), "Nieuwe signalen over het pand"));

  /* Back to the list: the case is found by its subject (without the accent), its summary
   * and its reference, and not by anything else. */
  click (find_button_by_tooltip (GTK_WIDGET (detail), "Back to the List"));
  g_assert_true (list_shown (view));
  search = find_first (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);
  type_text (search, "zzz-nergens");
  g_assert_true (wait_for_n_items (cases, 0));
  g_assert_cmpstr (shown_page (view), ==, "no-results");
  type_text (search, "cafe de kroon");
  g_assert_true (wait_for_n_items (cases, 1));
  g_assert_cmpstr (shown_page (view), ==, "list");
  type_text (search, "zzz-nergens");
  g_assert_true (wait_for_n_items (cases, 0));
  type_text (search, "HENNEP");
  g_assert_true (wait_for_n_items (cases, 1));
  type_text (search, reference);
  g_assert_true (wait_for_n_items (cases, 1));

  /* Opening it from the list, as a click on its row does. */
  detail = open_row (view, 0);
  g_assert_cmpint (ond_case_get_id (ond_case_detail_get_case (detail)), ==, case_id);

  /* The access log: registering, every opening and every change, without personal data. */
  log = ond_store_list_access_log (store, reference, &error);
  g_assert_no_error (error);
  g_assert_true (log_has (log, "Melding geregistreerd"));
  g_assert_true (log_has (log, "Casus geopend"));
  g_assert_true (log_has (log, "Gewogen"));
  g_assert_true (log_has (log, "Interventie toegevoegd: Knock and talk"));
  g_assert_true (log_has (log, "Status gewijzigd"));
  g_assert_true (log_has (log, "Gegevens van de melding gewijzigd"));
  g_assert_true (log_has (log, "Interventie gewijzigd: Knock and talk"));
  for (guint i = 0; i < g_list_model_get_n_items (log); i++)
    {
      g_autoptr(OndAccessEntry) entry = g_list_model_get_item (log, i);

      g_assert_null (strstr (ond_access_entry_get_what (entry), "Kroon"));
      g_assert_null (strstr (ond_access_entry_get_what (entry), "hennep"));
    }
  /* The case view shows it too. */
  g_assert_true (has_label (GTK_WIDGET (detail), "Melding geregistreerd"));
  g_clear_object (&log);

  /* Deleting asks first: cancelling keeps the case. */
  click (find_button_by_tooltip (GTK_WIDGET (detail), "Delete Signal…"));
  dialog = find_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  click (find_button (GTK_WIDGET (dialog), "_Cancel"));
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG));
  assert_case_exists (store, case_id, TRUE);

  /* Deleted: gone from the list at once, with a toast that offers undo. */
  click (find_button_by_tooltip (GTK_WIDGET (detail), "Delete Signal…"));
  dialog = find_window (ADW_TYPE_MESSAGE_DIALOG);
  click (find_button (GTK_WIDGET (dialog), "_Delete"));
  g_assert_true (list_shown (view));
  g_assert_true (wait_for_n_items (cases, 0));
  assert_case_exists (store, case_id, FALSE);
  toast_title = g_strdup_printf ("Signal %s deleted", reference);
  g_assert_true (has_label (GTK_WIDGET (window), toast_title));

  /* Undo brings it back. */
  click (find_button (GTK_WIDGET (window), "_Undo"));
  g_assert_true (wait_for_n_items (cases, 1));
  assert_case_exists (store, case_id, TRUE);
  log = ond_store_list_access_log (store, reference, &error);
  g_assert_no_error (error);
  g_assert_true (log_has (log, "Casus verwijderd"));
  g_assert_true (log_has (log, "Verwijderen ongedaan gemaakt"));
  g_assert_false (log_has (log, "Casus definitief verwijderd"));
  g_clear_object (&log);

  /* Deleted again and not undone: closing the window makes it final. The reference stays
   * in the access log, and is never handed out again. */
  detail = open_row (view, 0);
  click (find_button_by_tooltip (GTK_WIDGET (detail), "Delete Signal…"));
  dialog = find_window (ADW_TYPE_MESSAGE_DIALOG);
  click (find_button (GTK_WIDGET (dialog), "_Delete"));
  g_assert_true (wait_for_n_items (cases, 0));
  close_window (window, store);

  store = open_store (f);
  assert_case_exists (store, case_id, FALSE);
  log = ond_store_list_access_log (store, reference, &error);
  g_assert_no_error (error);
  g_assert_true (log_has (log, "Casus definitief verwijderd"));
  g_clear_object (&log);
  ond_store_close (store);
  g_assert_finalize_object (store);
}

static gint64
create_case (OndStore   *store,
             const char *date,
             const char *source,
             gint64      theme_id,
             const char *subject)
{
  g_autoptr(OndCaseDraft) draft = ond_case_draft_new ();
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  draft->date_received = g_strdup (date);
  draft->source = g_strdup (source);
  draft->theme_id = theme_id;
  draft->subject_kind = g_strdup ("persoon");
  draft->subject_name = g_strdup (subject);
  draft->summary = g_strdup ("Signaal over een woning");
  id = ond_store_create_case (store, draft, today, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
first_theme_id (OndStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(GListModel) themes = NULL;
  g_autoptr(GObject) theme = NULL;
  gint64 id = 0;

  g_assert_no_error (error);
  themes = ond_store_list_themes (store, ond_plan_get_id (plan), &error);
  g_assert_no_error (error);
  theme = g_list_model_get_item (themes, 0);
  g_object_get (theme, "id", &id, NULL);
  return id;
}

static void
assert_first (GListModel *cases,
              const char *reference)
{
  g_autoptr(OndCase) kase = g_list_model_get_item (cases, 0);

  g_assert_nonnull (kase);
  g_assert_cmpstr (ond_case_get_reference (kase), ==, reference);
}

static void
sort_by (GtkColumnView *table,
         const char    *title,
         GtkSortType    order)
{
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

/* Every column sorts (in the store), and every filter narrows the list. */
static void
test_cases_sort_filter (Fixture       *f,
                        gconstpointer  data)
{
  OndStore *store = open_store (f);
  gint64 drugs = first_theme_id (store);
  OndWindow *window;
  OndCasesView *view;
  GListModel *cases;
  GtkColumnView *table;
  GListModel *columns;

  create_case (store, "2024-03-01", "politie", drugs, "Een");
  create_case (store, "2025-06-15", "mma", 0, "Twee");
  create_case (store, "2025-02-01", "riec", 0, "Drie");

  window = show_window (f, store);
  view = choose_cases_section (window);
  cases = ond_cases_view_get_cases (view);
  table = find_first (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW);
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 3);
  g_assert_true (has_label (GTK_WIDGET (view), "3 signals"));

  /* The model under the view is the store's lazy list itself: nothing sorts or filters
   * it in GTK. */
  g_assert_true (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (
                   gtk_column_view_get_model (table))) == cases);

  /* Seven columns, each sortable. */
  columns = gtk_column_view_get_columns (table);
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 7);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_nonnull (gtk_column_view_column_get_sorter (column));
    }

  /* The newest reference first, at first. */
  assert_first (cases, "2025-0002");
  sort_by (table, "Reference", GTK_SORT_ASCENDING);
  assert_first (cases, "2024-0001");
  sort_by (table, "Received", GTK_SORT_DESCENDING);
  assert_first (cases, "2025-0001");
  sort_by (table, "Received", GTK_SORT_ASCENDING);
  assert_first (cases, "2024-0001");
  sort_by (table, "Source", GTK_SORT_ASCENDING);
  assert_first (cases, "2025-0001");
  sort_by (table, "Source", GTK_SORT_DESCENDING);
  assert_first (cases, "2025-0002");
  sort_by (table, "Reference", GTK_SORT_DESCENDING);
  assert_first (cases, "2025-0002");

  /* Filters. */
  choose_in_dropdown (find_dropdown (GTK_WIDGET (view), "Show one year of receipt"), "2025");
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 2);
  g_assert_true (has_label (GTK_WIDGET (view), "2 of 3 signals"));
  choose_in_dropdown (find_dropdown (GTK_WIDGET (view), "Show one source"), "RIEC");
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 1);
  assert_first (cases, "2025-0002");
  choose_in_dropdown (find_dropdown (GTK_WIDGET (view), "Show one year of receipt"), "2024");
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 0);
  g_assert_cmpstr (shown_page (view), ==, "no-results");
  choose_in_dropdown (find_dropdown (GTK_WIDGET (view), "Show one source"), "All sources");
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 1);
  choose_in_dropdown (find_dropdown (GTK_WIDGET (view), "Show one year of receipt"),
                      "All years");
  choose_in_dropdown (find_dropdown (GTK_WIDGET (view), "Show one theme"), "Drugs");
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 1);
  assert_first (cases, "2024-0001");
  choose_in_dropdown (find_dropdown (GTK_WIDGET (view), "Show one theme"), "All themes");
  choose_in_dropdown (find_dropdown (GTK_WIDGET (view), "Show one status"), "Gesloten");
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 0);
  choose_in_dropdown (find_dropdown (GTK_WIDGET (view), "Show one status"), "Nieuw");
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 3);
  g_assert_cmpstr (shown_page (view), ==, "list");

  close_window (window, store);
}

/* A read-only file: the cases are listed, but nothing can be opened (that would have to
 * be logged) or registered, and the file is not touched. */
static void
test_cases_read_only (Fixture       *f,
                      gconstpointer  data)
{
  OndStore *store = open_store (f);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  OndWindow *window;
  OndCasesView *view;
  GtkWidget *notice;

  create_case (store, "2025-06-15", "mma", 0, "Twee");
  ond_store_close (store);
  g_assert_finalize_object (store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);

  store = open_store (f);
  g_assert_true (ond_store_is_read_only (store));
  window = show_window (f, store);
  view = choose_cases_section (window);
  g_assert_cmpuint (g_list_model_get_n_items (ond_cases_view_get_cases (view)), ==, 1);

  notice = NULL;
  {
    g_autoptr(GPtrArray) labels = find_all (GTK_WIDGET (view), GTK_TYPE_LABEL);

    for (guint i = 0; i < labels->len && notice == NULL; i++)
      if (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)),
                            "This file is read-only."))
        notice = g_ptr_array_index (labels, i);
  }
  g_assert_nonnull (notice);
  g_assert_true (gtk_widget_get_mapped (notice));
  g_assert_null (find_button (GTK_WIDGET (view), "_New Signal"));

  /* Ctrl+N does nothing; opening a row shows the store's refusal instead of the case. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-case", NULL);
  g_assert_null (find_window (OND_TYPE_CASE_EDITOR));
  g_signal_emit_by_name (find_first (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW), "activate", 0);
  run_until_idle ();
  g_assert_true (list_shown (view));

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
   * animation (fixed upstream in 1.3, "toast-overlay: Prevent show_done from firing after
   * hide_done"); this test clicks Undo faster than a person can. Without animations the
   * toasts appear at once, which is what the test is about. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  test_app = GTK_APPLICATION (adw_application_new ("com.dordrecht.Ondermijning.TestCases",
                                                   G_APPLICATION_NON_UNIQUE));
  g_application_register (G_APPLICATION (test_app), NULL, &error);
  g_assert_no_error (error);

  g_test_add ("/ond/cases-gui/workflow", Fixture, NULL,
              fixture_set_up, test_cases_workflow, fixture_tear_down);
  g_test_add ("/ond/cases-gui/sort-filter", Fixture, NULL,
              fixture_set_up, test_cases_sort_filter, fixture_tear_down);
  g_test_add ("/ond/cases-gui/read-only", Fixture, NULL,
              fixture_set_up, test_cases_read_only, fixture_tear_down);

  status = g_test_run ();

  g_clear_object (&test_app);
  return status;
}
