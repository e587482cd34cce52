/* test-forms-conflict-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits under concurrency (migration 12) in the booking editor, the figure value dialog, the
 * decision dialog of a casusoverleg, the rename of an intervention and the owners of a theme:
 * the form is open, someone else (a second store on the same file) changes the record, and the
 * user's save is refused with the conflict dialog, which names what changed with their value.
 * "Keep their version" fills the form in from the record as it is now and writes nothing; a
 * save from there goes through. "Overwrite with mine" saves the form over their version. */

#include "config.h"

#include <adwaita.h>

#include "ond-booking-editor.h"
#include "ond-budget-line.h"
#include "ond-case-event.h"
#include "ond-decision-dialog.h"
#include "ond-figure-value-dialog.h"
#include "ond-gui-test-util.h"
#include "ond-intervention-name-dialog.h"
#include "ond-meeting-view.h"
#include "ond-store-bookings.h"
#include "ond-store-budget.h"
#include "ond-store-cases.h"
#include "ond-store-figures.h"
#include "ond-store-form-conflict.h"
#include "ond-store-meetings.h"
#include "ond-store-partners.h"
#include "ond-store-themes.h"
#include "ond-test-util.h"
#include "ond-theme-owners-dialog.h"

/* The conflict dialog with @heading, listing @field with their value @theirs. */
static AdwMessageDialog *
conflict_dialog (const char *heading,
                 const char *field,
                 const char *theirs)
{
  AdwMessageDialog *dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
  g_autofree char *their_value = g_strdup_printf ("Their value: %s", theirs);

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  g_assert_nonnull (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, field));
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), their_value));
  return dialog;
}

static OndStore *
other_store (GuiFixture *f)
{
  g_autoptr(GError) error = NULL;
  OndStore *other = ond_store_open (f->path, &error);

  g_assert_no_error (error);
  return other;
}

static gint64
plan_id (OndStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);

  g_assert_no_error (error);
  return ond_plan_get_id (plan);
}

/* Bookings: someone else changes the amount; the user the description. */

static OndBooking *
stored_booking (OndStore *store,
                gint64    id)
{
  g_autoptr(GError) error = NULL;
  OndBooking *booking = ond_store_get_booking (store, id, &error);

  g_assert_no_error (error);
  return booking;
}

static OndBookingEditor *
open_booking_then_change (GuiFixture *f,
                          OndStore   *store,
                          gint64     *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = other_store (f);
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(OndBooking) booking = NULL;
  g_autoptr(OndBooking) opened = NULL;
  g_autoptr(OndBooking) theirs = NULL;
  g_autoptr(GListModel) lines = ond_store_list_budget_lines (store, plan_id (store), &error);
  g_autoptr(OndBudgetLine) first = g_list_model_get_item (lines, 0);
  gint64 line = ond_budget_line_get_id (first);
  OndBookingEditor *editor;

  booking = ond_booking_new (0, "2024-03-12", line, NULL, 12345, "realisatie", NULL, "Huur", "",
                             "", 0);
  *id = ond_store_save_booking (store, plan_id (store), booking, &error);
  g_assert_no_error (error);
  opened = stored_booking (store, *id);
  editor = ond_booking_editor_new (NULL, store, plan, opened);
  gtk_window_present (GTK_WINDOW (editor));
  run_until_idle ();

  theirs = ond_booking_new (*id, "2024-03-12", line, NULL, 20000, "realisatie", NULL, "Huur",
                            "", "", 0);
  g_assert_cmpint (ond_store_save_booking (other, plan_id (other), theirs, &error), ==, *id);
  g_assert_no_error (error);

  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Description"), "Huur maart");
  click (find_button (GTK_WIDGET (editor), "_Save"));
  run_until_idle ();
  return editor;
}

static void
test_booking_keep_theirs (GuiFixture    *f,
                          gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndBooking) after = NULL;
  gint64 id = 0;
  OndBookingEditor *editor = open_booking_then_change (f, store, &id);
  AdwMessageDialog *dialog = conflict_dialog ("Someone Else Changed This Booking", "Amount",
                                              "€ 200");

  g_assert_null (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Description"));
  click_response (dialog, "_Keep Their Version");
  run_until_idle ();
  g_assert_null (find_dialog (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (find_window (OND_TYPE_BOOKING_EDITOR) == editor);
  g_assert_cmpstr (gtk_editable_get_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                    "Amount (e.g. 1.234,56)")), ==, "200");
  g_assert_cmpstr (gtk_editable_get_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                    "Description")), ==, "Huur");
  after = stored_booking (store, id);
  g_assert_cmpint (ond_booking_get_row_version (after), ==, 2);

  /* A save from there goes through. */
  type_text (find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Description"), "Huur april");
  click (find_button (GTK_WIDGET (editor), "_Save"));
  run_until_idle ();
  g_assert_null (find_window (OND_TYPE_BOOKING_EDITOR));
  g_clear_object (&after);
  after = stored_booking (store, id);
  g_assert_cmpint (ond_booking_get_amount (after), ==, 20000);
  g_assert_cmpstr (ond_booking_get_description (after), ==, "Huur april");
  g_assert_cmpint (ond_booking_get_row_version (after), ==, 3);
}

static void
test_booking_overwrite_with_mine (GuiFixture    *f,
                                  gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndBooking) after = NULL;
  gint64 id = 0;
  AdwMessageDialog *dialog;

  open_booking_then_change (f, store, &id);
  dialog = conflict_dialog ("Someone Else Changed This Booking", "Amount", "€ 200");
  click_response (dialog, "_Overwrite With Mine");
  run_until_idle ();
  g_assert_null (find_dialog (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_null (find_window (OND_TYPE_BOOKING_EDITOR));
  after = stored_booking (store, id);
  g_assert_cmpint (ond_booking_get_amount (after), ==, 12345);
  g_assert_cmpstr (ond_booking_get_description (after), ==, "Huur maart");
  g_assert_cmpint (ond_booking_get_row_version (after), ==, 3);
}

/* Figure values: someone else enters the 2022 value first; the user enters another. */

static OndFigureHandValue *
stored_value (OndStore *store)
{
  g_autoptr(GError) error = NULL;
  OndFigureHandValue *hand = ond_store_get_figure_hand_value (store, "stop_talks", 2022,
                                                              &error);

  g_assert_no_error (error);
  return hand;
}

static OndFigureValueDialog *
open_value_then_change (GuiFixture *f,
                        OndStore   *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = other_store (f);
  g_autoptr(GDateTime) today = g_date_time_new_local (2025, 6, 15, 12, 0, 0);
  g_autoptr(GListModel) figures = NULL;
  g_autoptr(OndFigure) figure = NULL;
  OndFigureValueDialog *dialog;

  g_assert_true (ond_store_clear_figure_value (store, "stop_talks", 2022, &error));
  g_assert_no_error (error);
  figures = ond_store_list_figures (store, plan_id (store), 2024, today, &error);
  g_assert_no_error (error);
  for (guint i = 0; figure == NULL && i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(OndFigure) candidate = g_list_model_get_item (figures, i);

      if (g_str_equal (ond_figure_get_code (candidate), "stop_talks"))
        figure = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (figure);
  dialog = ond_figure_value_dialog_new (NULL, store, figure, 2022);
  gtk_window_present (GTK_WINDOW (dialog));
  run_until_idle ();

  g_assert_true (ond_store_set_figure_value (other, "stop_talks", 2022, 4, "Politie", &error));
  g_assert_no_error (error);

  type_text (find_first (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON), "5");
  type_text (find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Source"), "RIEC");
  click (find_button (GTK_WIDGET (dialog), "_Save"));
  run_until_idle ();
  return dialog;
}

static void
test_value_keep_theirs (GuiFixture    *f,
                        gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndFigureHandValue) after = NULL;
  OndFigureValueDialog *form = open_value_then_change (f, store);
  AdwMessageDialog *dialog = conflict_dialog ("Someone Else Changed This Value", "Value", "4");

  g_assert_nonnull (find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Source"));
  click_response (dialog, "_Keep Their Version");
  run_until_idle ();
  g_assert_true (find_window (OND_TYPE_FIGURE_VALUE_DIALOG) == form);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (find_first (GTK_WIDGET (form),
                                                                 GTK_TYPE_SPIN_BUTTON)), ==, 4);
  g_assert_cmpstr (gtk_editable_get_text (find_row (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW,
                                                    "Source")), ==, "Politie");
  after = stored_value (store);
  g_assert_cmpint (after->value, ==, 4);
  g_assert_cmpint (after->row_version, ==, 1);

  type_text (find_first (GTK_WIDGET (form), GTK_TYPE_SPIN_BUTTON), "6");
  click (find_button (GTK_WIDGET (form), "_Save"));
  run_until_idle ();
  g_assert_null (find_window (OND_TYPE_FIGURE_VALUE_DIALOG));
  g_clear_pointer (&after, ond_figure_hand_value_free);
  after = stored_value (store);
  g_assert_cmpint (after->value, ==, 6);
  g_assert_cmpstr (after->source, ==, "Politie");
  g_assert_cmpint (after->row_version, ==, 2);
}

static void
test_value_overwrite_with_mine (GuiFixture    *f,
                                gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndFigureHandValue) after = NULL;
  AdwMessageDialog *dialog;

  open_value_then_change (f, store);
  dialog = conflict_dialog ("Someone Else Changed This Value", "Value", "4");
  click_response (dialog, "_Overwrite With Mine");
  run_until_idle ();
  g_assert_null (find_dialog (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_null (find_window (OND_TYPE_FIGURE_VALUE_DIALOG));
  after = stored_value (store);
  g_assert_cmpint (after->value, ==, 5);
  g_assert_cmpstr (after->source, ==, "RIEC");
  g_assert_cmpint (after->row_version, ==, 2);
}

/* Decisions: someone else records "Opvolgen" while the user writes "Sluiten". */

static OndDecisionDialog *
open_decision_then_change (GuiFixture *f,
                           OndStore   *store,
                           gint64     *item_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = other_store (f);
  g_autofree char *reference = NULL;
  gint64 case_id = store_add_case (store, "2025-06-01", "mma", &reference);
  gint64 meeting = ond_store_create_meeting (store, "2025-06-16", &error);
  g_autoptr(GListModel) items = NULL;
  OndMeetingView *view;
  OndDecisionDialog *dialog;

  g_assert_no_error (error);
  items = ond_store_list_meeting_items (store, meeting, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OndMeetingItem) item = g_list_model_get_item (items, i);

      if (ond_meeting_item_get_case_id (item) == case_id)
        *item_id = ond_meeting_item_get_id (item);
    }
  g_assert_cmpint (*item_id, >, 0);

  view = OND_MEETING_VIEW (ond_meeting_view_new ());
  ond_meeting_view_set_store (view, store);
  show_in_window (GTK_WIDGET (view));
  ond_meeting_view_select_meeting (view, meeting);
  run_until_idle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "meeting.record-decision", "x",
                                             *item_id));
  dialog = find_dialog (OND_TYPE_DECISION_DIALOG);
  g_assert_nonnull (dialog);

  g_assert_true (ond_store_record_meeting_decision (other, *item_id, "Opvolgen", &error));
  g_assert_no_error (error);

  ond_decision_dialog_set_decision (dialog, "Sluiten");
  click_response (dialog, "_Record Decision");
  run_until_idle ();
  return find_dialog (OND_TYPE_DECISION_DIALOG);
}

/* The decision on the item @item_id of the one meeting, and its row version. */
static char *
stored_decision (OndStore *store,
                 gint64    item_id,
                 gint64   *version)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) meetings = ond_store_list_meetings (store, &error);
  g_autoptr(GObject) meeting = g_list_model_get_item (meetings, 0);
  g_autoptr(OndMeetingItem) item = NULL;
  gint64 meeting_id = 0;

  g_object_get (meeting, "id", &meeting_id, NULL);
  item = ond_store_get_meeting_item (store, meeting_id, item_id, &error);
  g_assert_no_error (error);
  *version = ond_meeting_item_get_row_version (item);
  return g_strdup (ond_meeting_item_get_decision (item));
}

static gint64
case_of (OndStore *store,
         gint64    item_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) meetings = ond_store_list_meetings (store, &error);
  g_autoptr(GObject) meeting = g_list_model_get_item (meetings, 0);
  g_autoptr(OndMeetingItem) item = NULL;
  gint64 meeting_id = 0;

  g_object_get (meeting, "id", &meeting_id, NULL);
  item = ond_store_get_meeting_item (store, meeting_id, item_id, &error);
  g_assert_no_error (error);
  return ond_meeting_item_get_case_id (item);
}

static void
test_decision_keep_theirs (GuiFixture    *f,
                           gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autofree char *decision = NULL;
  g_autofree char *text = NULL;
  gint64 item_id = 0;
  gint64 version = 0;
  OndDecisionDialog *form = open_decision_then_change (f, store, &item_id);
  AdwMessageDialog *dialog;

  g_assert_nonnull (form);
  dialog = conflict_dialog ("Someone Else Recorded a Decision", "Decision", "Opvolgen");
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), "Your value: Sluiten"));
  click_response (dialog, "_Keep Their Version");
  run_until_idle ();
  g_assert_true (find_dialog (OND_TYPE_DECISION_DIALOG) == form);
  text = ond_decision_dialog_dup_decision (form);
  g_assert_cmpstr (text, ==, "Opvolgen");
  decision = stored_decision (store, item_id, &version);
  g_assert_cmpstr (decision, ==, "Opvolgen");
  g_assert_cmpint (version, ==, 2);

  /* Recording from there is checked against the version read then. */
  ond_decision_dialog_set_decision (form, "Opvolgen en sluiten");
  click_response (form, "_Record Decision");
  run_until_idle ();
  g_assert_null (find_dialog (ADW_TYPE_MESSAGE_DIALOG));
  g_free (decision);
  decision = stored_decision (store, item_id, &version);
  g_assert_cmpstr (decision, ==, "Opvolgen en sluiten");
  g_assert_cmpint (version, ==, 3);
}

static void
test_decision_overwrite_with_mine (GuiFixture    *f,
                                   gconstpointer  data)
{
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autofree char *decision = NULL;
  gint64 item_id = 0;
  gint64 version = 0;
  AdwMessageDialog *dialog;

  g_assert_nonnull (open_decision_then_change (f, store, &item_id));
  dialog = conflict_dialog ("Someone Else Recorded a Decision", "Decision", "Opvolgen");
  click_response (dialog, "_Overwrite With Mine");
  run_until_idle ();
  g_assert_null (find_dialog (ADW_TYPE_MESSAGE_DIALOG));
  decision = stored_decision (store, item_id, &version);
  g_assert_cmpstr (decision, ==, "Sluiten");
  g_assert_cmpint (version, ==, 3);
  /* Both decisions are in the case's history. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) events = ond_store_list_case_events (store, case_of (store, item_id),
                                                               &error);
    guint decisions = 0;

    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (events); i++)
      {
        g_autoptr(OndCaseEvent) event = g_list_model_get_item (events, i);

        decisions += g_str_has_prefix (ond_case_event_get_reason (event), "Casusoverleg");
      }
    g_assert_cmpuint (decisions, ==, 2);
  }
}

/* An intervention renamed by someone else: the user keeps their name. */
static void
test_intervention_keep_theirs (GuiFixture    *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndStore) other = other_store (f);
  gint64 id = ond_store_add_intervention (store, "Bibob-toets", &error);
  g_autoptr(OndIntervention) opened = NULL;
  g_autoptr(OndIntervention) after = NULL;
  OndInterventionNameDialog *form;
  AdwMessageDialog *dialog;
  GtkWidget *name;

  g_assert_no_error (error);
  opened = ond_store_get_intervention (store, id, &error);
  g_assert_no_error (error);
  form = ond_intervention_name_dialog_new (NULL, store, opened);
  gtk_window_present (GTK_WINDOW (form));
  run_until_idle ();
  g_assert_true (ond_store_rename_intervention (other, id, "Bibob-onderzoek", &error));
  g_assert_no_error (error);

  name = find_row (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Name");
  type_text (name, "Bibob-advies");
  click (find_button (GTK_WIDGET (form), "_Rename"));
  run_until_idle ();
  dialog = conflict_dialog ("Someone Else Changed This Intervention", "Name",
                            "Bibob-onderzoek");
  click_response (dialog, "_Keep Their Version");
  run_until_idle ();
  g_assert_true (find_window (OND_TYPE_INTERVENTION_NAME_DIALOG) == form);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Bibob-onderzoek");
  after = ond_store_get_intervention (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ond_intervention_get_name (after), ==, "Bibob-onderzoek");
  g_assert_cmpint (ond_intervention_get_row_version (after), ==, 2);
  close_form (form);
}

/* The owners of a theme changed by someone else: the user's change is written over them. */
static void
test_theme_owners_overwrite (GuiFixture    *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = gui_open_store (f->path);
  g_autoptr(OndStore) other = other_store (f);
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  g_autoptr(GListModel) themes = ond_store_list_themes (store, ond_plan_get_id (plan), &error);
  g_autoptr(OndTheme) theme = NULL;
  g_autoptr(OndTheme) after = NULL;
  OndThemeOwnersDialog *form;
  AdwMessageDialog *dialog;
  guint n;
  const gint64 *ids;

  for (guint i = 0; theme == NULL && i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OndTheme) candidate = g_list_model_get_item (themes, i);

      if (g_str_equal (ond_theme_get_name (candidate), "Drugs"))
        theme = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (theme);
  g_assert_cmpstr (ond_theme_get_owners (theme), ==, "Politie, OZHZ");
  form = ond_theme_owners_dialog_new (NULL, store, plan, theme);
  gtk_window_present (GTK_WINDOW (form));
  run_until_idle ();

  /* Someone else leaves only the police. */
  ids = ond_theme_get_owner_ids (theme, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (ond_store_set_theme_owners (other, ond_theme_get_id (theme), ids, 1, &error));
  g_assert_no_error (error);

  /* The user moves OZHZ up. */
  click (find_button_by_tooltip (GTK_WIDGET (form), "Move OZHZ Up"));
  run_until_idle ();
  dialog = conflict_dialog ("Someone Else Changed the Owners", "Owners", "Politie");
  g_assert_true (any_label_contains (GTK_WIDGET (dialog), "Your value: OZHZ, Politie"));
  click_response (dialog, "_Overwrite With Mine");
  run_until_idle ();
  g_assert_null (find_dialog (ADW_TYPE_MESSAGE_DIALOG));
  after = ond_store_get_theme (store, ond_plan_get_id (plan), ond_theme_get_id (theme), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ond_theme_get_owners (after), ==, "OZHZ, Politie");
  g_assert_cmpint (ond_theme_get_row_version (after), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (ond_theme_owners_dialog_get_owners (form)), ==, 2);
  close_form (form);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv, "FormsConflict");
  gui_test_add ("/forms-conflict-gui/booking-keep-theirs", test_booking_keep_theirs);
  gui_test_add ("/forms-conflict-gui/booking-overwrite-with-mine",
                test_booking_overwrite_with_mine);
  gui_test_add ("/forms-conflict-gui/value-keep-theirs", test_value_keep_theirs);
  gui_test_add ("/forms-conflict-gui/value-overwrite-with-mine", test_value_overwrite_with_mine);
  gui_test_add ("/forms-conflict-gui/decision-keep-theirs", test_decision_keep_theirs);
  gui_test_add ("/forms-conflict-gui/decision-overwrite-with-mine",
                test_decision_overwrite_with_mine);
  gui_test_add ("/forms-conflict-gui/intervention-keep-theirs", test_intervention_keep_theirs);
  gui_test_add ("/forms-conflict-gui/theme-owners-overwrite", test_theme_owners_overwrite);
  return gui_test_run ();
}
