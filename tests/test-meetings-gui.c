/* test-meetings-gui.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The casusoverleg meetings and the overview, driven as a user would: a meeting is made
 * through its dialog, a case is added by searching for it, a decision is written in its
 * dialog and recorded; the store is then asked what it holds (agenda, the case's history,
 * the access log). The overview shows the follow-ups that are due, without personal data,
 * and a new user starts on it. The cases are made through the store's own API, with dates
 * relative to today. Runs on a display: xvfb-run in CI. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ond-access-entry.h"
#include "ond-application-private.h"
#include "ond-case.h"
#include "ond-case-event.h"
#include "ond-date.h"
#include "ond-decision-dialog.h"
#include "ond-gui-test-util.h"
#include "ond-meeting-case-dialog.h"
#include "ond-meeting-new-dialog.h"
#include "ond-meeting-print.h"
#include "ond-meeting-view.h"
#include "ond-overview-view.h"
#include "ond-plan.h"
#include "ond-store-cases.h"
#include "ond-store-meetings.h"
#include "ond-test-util.h"
#include "ond-theme.h"
#include "ond-window.h"

typedef struct
{
  char           *dir;
  char           *path;
  GtkApplication *app;
  GSettings      *settings;
  OndStore       *store;
  GDateTime      *now;
  char           *today;        /* ISO */
  char           *today_shown;  /* dd-mm-yyyy */

  /* The cases made by seed_cases (). */
  gint64          new_id;       /* nieuw: on the agenda as a new signal */
  char           *new_ref;
  gint64          due_id;       /* gewogen, follow-up yesterday: due */
  char           *due_ref;
  gint64          later_id;     /* gewogen, follow-up next month: not due */
  char           *later_ref;
} Fixture;

#define NEW_SUBJECT "Autobedrijf Jansen B.V."
#define DUE_SUBJECT "P. de Vries"
#define LATER_SUBJECT "Loods Zeehavenweg"
#define DECISION "Doorzetten naar het RIEC voor een integrale aanpak"

/* One application for all tests: it can be registered on the bus only once. */
static GtkApplication *test_app;

/* The store. */

static gint64
theme_id (Fixture    *f,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (f->store, &error);
  g_autoptr(GListModel) themes = NULL;

  g_assert_no_error (error);
  themes = ond_store_list_themes (f->store, ond_plan_get_id (plan), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (themes, i);

      if (g_strcmp0 (ond_theme_get_name (theme), name) == 0)
        return ond_theme_get_id (theme);
    }
  g_assert_not_reached ();
}

static char *
iso_in_days (Fixture *f,
             int      days)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (f->now, days);

  return g_date_time_format (day, "%Y-%m-%d");
}

static gint64
create_case (Fixture     *f,
             int          received_days_ago,
             const char  *theme,
             const char  *kind,
             const char  *subject,
             char       **reference)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = ond_case_draft_new ();
  gint64 id;

  draft->date_received = iso_in_days (f, -received_days_ago);
  draft->source = g_strdup ("mma");
  draft->theme_id = theme_id (f, theme);
  draft->subject_kind = g_strdup (kind);
  draft->subject_name = g_strdup (subject);
  draft->summary = g_strdup ("Signaal over mogelijke ondermijning");
  id = ond_store_create_case (f->store, draft, f->now, reference, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
research (Fixture *f,
          gint64   case_id,
          int      follow_up_in_days)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *follow_up = iso_in_days (f, follow_up_in_days);

  ond_store_weigh_case (f->store, case_id, "midden", OND_WEIGHING_RESEARCH,
                        "Eerst meer informatie verzamelen", 0, follow_up, &error);
  g_assert_no_error (error);
}

/* Three cases: one new signal, one whose follow-up date was yesterday (set a week ago, when
 * it was weighed), one whose follow-up is next month. */
static void
seed_cases (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *yesterday = iso_in_days (f, -1);

  f->new_id = create_case (f, 2, "Drugs", "onderneming", NEW_SUBJECT, &f->new_ref);
  f->due_id = create_case (f, 30, "Mensenhandel", "persoon", DUE_SUBJECT, &f->due_ref);
  research (f, f->due_id, 7);
  ond_store_set_case_follow_up (f->store, f->due_id, yesterday, &error);
  g_assert_no_error (error);
  f->later_id = create_case (f, 20, "Fraude", "pand", LATER_SUBJECT, &f->later_ref);
  research (f, f->later_id, 30);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ond_test_make_dir ("ond-test-meetings-gui");
  f->path = g_build_filename (f->dir, "plan.db", NULL);
  f->app = g_object_ref (test_app);
  f->settings = g_settings_new (APPLICATION_ID);
  g_settings_reset (f->settings, "last-section");
  g_settings_reset (f->settings, "window-width");
  g_settings_reset (f->settings, "window-height");
  g_settings_reset (f->settings, "window-maximized");

  f->now = g_date_time_new_now_local ();
  f->today = g_date_time_format (f->now, "%Y-%m-%d");
  f->today_shown = g_date_time_format (f->now, "%d-%m-%Y");

  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->store != NULL)
    {
      ond_store_close (f->store);
      g_assert_finalize_object (f->store);
    }
  g_assert_finalize_object (f->settings);
  g_clear_object (&f->app);
  ond_test_remove_tree (f->dir);
  g_date_time_unref (f->now);
  g_free (f->today);
  g_free (f->today_shown);
  g_free (f->new_ref);
  g_free (f->due_ref);
  g_free (f->later_ref);
  g_free (f->path);
  g_free (f->dir);
}

static OndMeetingItem *
agenda_item (OndMeetingView *view,
             guint           position)
{
  OndMeetingItem *item = g_list_model_get_item (ond_meeting_view_get_agenda (view), position);

  g_assert_nonnull (item);
  return item;
}

static void
create_meeting_through_dialog (Fixture        *f,
                               OndMeetingView *view)
{
  OndMeetingNewDialog *dialog;
  GtkWidget *create;

  gtk_widget_activate_action (GTK_WIDGET (view), "meeting.new", NULL);
  dialog = find_dialog (OND_TYPE_MEETING_NEW_DIALOG);
  g_assert_nonnull (dialog);

  /* Today is filled in. A date that does not exist cannot be chosen. */
  g_assert_cmpstr (ond_meeting_new_dialog_get_date (dialog), ==, f->today);
  ond_meeting_new_dialog_set_text (dialog, "31-02-2024");
  g_assert_null (ond_meeting_new_dialog_get_date (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           "create"));
  g_assert_true (has_label (GTK_WIDGET (dialog), "“31-02-2024” is not an existing date"));
  create = find_button_named (GTK_WIDGET (dialog), "C_reate Meeting");
  g_assert_nonnull (create);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (create)));

  ond_meeting_new_dialog_set_text (dialog, f->today_shown);
  g_assert_cmpstr (ond_meeting_new_dialog_get_date (dialog), ==, f->today);
  click_response (dialog, "C_reate Meeting");
  g_assert_null (find_dialog (OND_TYPE_MEETING_NEW_DIALOG));
}

static void
test_meeting_agenda (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  OndMeetingView *view;
  GtkWindow *window;
  OndMeetingCaseDialog *case_dialog;
  OndDecisionDialog *decision_dialog;
  OndMeetingNewDialog *again;
  g_autoptr(OndMeetingItem) first = NULL;
  g_autoptr(OndMeetingItem) second = NULL;
  g_autoptr(OndMeetingItem) added = NULL;
  g_autoptr(OndMeetingItem) decided = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(OndCaseEvent) last_event = NULL;
  g_autoptr(GListModel) log = NULL;
  g_autoptr(OndAccessEntry) last_entry = NULL;
  g_autofree char *title = NULL;
  g_autofree char *history = NULL;
  g_autofree char *record_label = NULL;
  g_autofree char *change_label = NULL;
  GtkStack *stack;

  seed_cases (f);

  view = OND_MEETING_VIEW (ond_meeting_view_new ());
  ond_meeting_view_set_store (view, f->store);
  window = show_in_window (GTK_WIDGET (view));

  /* No meetings yet: the empty state offers to make one. */
  stack = g_ptr_array_index (find_all (GTK_WIDGET (view), GTK_TYPE_STACK), 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_true (has_label (GTK_WIDGET (view), "No Meetings Yet"));
  g_assert_cmpuint (g_list_model_get_n_items (ond_meeting_view_get_meetings (view)), ==, 0);

  create_meeting_through_dialog (f, view);

  /* The meeting is made and shown, its agenda filled: the new signal first, then the
   * follow-up that is due; the case whose follow-up is next month is not on it. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "meetings");
  g_assert_cmpuint (g_list_model_get_n_items (ond_meeting_view_get_meetings (view)), ==, 1);
  g_assert_cmpint (ond_meeting_view_get_meeting_id (view), >, 0);
  title = g_strdup_printf ("Meeting of %s", f->today_shown);
  g_assert_true (has_label (GTK_WIDGET (view), title));
  g_assert_cmpuint (g_list_model_get_n_items (ond_meeting_view_get_agenda (view)), ==, 2);
  first = agenda_item (view, 0);
  second = agenda_item (view, 1);
  g_assert_cmpstr (ond_meeting_item_get_case_reference (first), ==, f->new_ref);
  g_assert_cmpstr (ond_meeting_item_get_reason_label (first), ==, "Nieuwe melding");
  g_assert_cmpstr (ond_meeting_item_get_case_reference (second), ==, f->due_ref);
  g_assert_cmpstr (ond_meeting_item_get_reason (second), ==, "follow_up");
  /* The rows show reference, reason, status, theme and subject (an internal view). */
  g_assert_true (has_label (GTK_WIDGET (view), f->new_ref));
  g_assert_true (has_label (GTK_WIDGET (view), "Nieuwe melding"));
  g_assert_true (has_label (GTK_WIDGET (view), "Gewogen"));
  g_assert_true (has_label (GTK_WIDGET (view), "Mensenhandel"));
  g_assert_true (has_label (GTK_WIDGET (view), NEW_SUBJECT));
  g_assert_true (has_label (GTK_WIDGET (view), "2 cases on the agenda, 0 with a decision"));

  /* A second meeting on the same day cannot be made. */
  gtk_widget_activate_action (GTK_WIDGET (view), "meeting.new", NULL);
  again = find_dialog (OND_TYPE_MEETING_NEW_DIALOG);
  g_assert_nonnull (again);
  g_assert_null (ond_meeting_new_dialog_get_date (again));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (again),
                                                           "create"));
  click_response (again, "_Cancel");
  g_assert_cmpuint (g_list_model_get_n_items (ond_meeting_view_get_meetings (view)), ==, 1);

  /* Adding a case: a case on the agenda already cannot be chosen; the other one is found
   * by its reference and added. */
  gtk_widget_activate_action (GTK_WIDGET (view), "meeting.add-case", NULL);
  case_dialog = find_dialog (OND_TYPE_MEETING_CASE_DIALOG);
  g_assert_nonnull (case_dialog);
  ond_meeting_case_dialog_set_search (case_dialog, f->new_ref);
  g_assert_cmpuint (g_list_model_get_n_items (ond_meeting_case_dialog_get_cases (case_dialog)),
                    ==, 1);
  g_assert_cmpint (ond_meeting_case_dialog_get_case_id (case_dialog), ==, 0);
  run_until_idle ();
  g_assert_true (has_label (GTK_WIDGET (case_dialog), "Nieuw · on the agenda already"));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (case_dialog),
                                                           "add"));
  ond_meeting_case_dialog_set_search (case_dialog, f->later_ref);
  g_assert_cmpuint (g_list_model_get_n_items (ond_meeting_case_dialog_get_cases (case_dialog)),
                    ==, 1);
  g_assert_cmpint (ond_meeting_case_dialog_get_case_id (case_dialog), ==, f->later_id);
  click_response (case_dialog, "_Add to Agenda");

  g_assert_cmpuint (g_list_model_get_n_items (ond_meeting_view_get_agenda (view)), ==, 3);
  added = agenda_item (view, 2);
  g_assert_cmpint (ond_meeting_item_get_case_id (added), ==, f->later_id);
  g_assert_cmpstr (ond_meeting_item_get_reason_label (added), ==, "Toegevoegd");
  g_assert_true (has_label (GTK_WIDGET (view), LATER_SUBJECT));

  /* Recording a decision on the follow-up: the button of its row opens the dialog. */
  record_label = g_strdup_printf ("Record a decision on %s", f->due_ref);
  gtk_widget_activate (GTK_WIDGET (find_button_named (GTK_WIDGET (view), record_label)));
  decision_dialog = find_dialog (OND_TYPE_DECISION_DIALOG);
  g_assert_nonnull (decision_dialog);
  g_assert_cmpint (ond_meeting_item_get_case_id (ond_decision_dialog_get_item (decision_dialog)),
                   ==, f->due_id);
  /* The text is required: nothing or only spaces cannot be recorded. */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (decision_dialog),
                                                           "record"));
  ond_decision_dialog_set_decision (decision_dialog, "   \n ");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (decision_dialog),
                                                           "record"));
  ond_decision_dialog_set_decision (decision_dialog, "  " DECISION "\n");
  click_response (decision_dialog, "_Record Decision");

  /* The agenda shows it, with the same row still chosen... */
  decided = agenda_item (view, 1);
  g_assert_cmpint (ond_meeting_item_get_case_id (decided), ==, f->due_id);
  g_assert_cmpstr (ond_meeting_item_get_decision (decided), ==, DECISION);
  g_assert_true (has_label (GTK_WIDGET (view), DECISION));
  g_assert_true (has_label (GTK_WIDGET (view), "3 cases on the agenda, 1 with a decision"));
  /* Its button now changes the decision. */
  g_assert_null (find_button_named (GTK_WIDGET (view), record_label));
  change_label = g_strdup_printf ("Change the decision on %s", f->due_ref);
  g_assert_nonnull (find_button_named (GTK_WIDGET (view), change_label));

  /* ...and the store kept it in the case's history, with the meeting's date, and logged it. */
  events = ond_store_list_case_events (f->store, f->due_id, &error);
  g_assert_no_error (error);
  last_event = g_list_model_get_item (events, g_list_model_get_n_items (events) - 1);
  history = g_strdup_printf ("Casusoverleg %s: %s", f->today_shown, DECISION);
  g_assert_cmpstr (ond_case_event_get_reason (last_event), ==, history);
  g_assert_cmpstr (ond_case_event_get_to_status (last_event), ==, "gewogen");
  log = ond_store_list_access_log (f->store, f->due_ref, &error);
  g_assert_no_error (error);
  last_entry = g_list_model_get_item (log, 0);
  g_assert_cmpstr (ond_access_entry_get_what (last_entry), ==, "Besluit casusoverleg vastgelegd");

  destroy_window (window);
}

/* The decision list as it prints: the same pages as the PDF, in the preview too; writing the
 * PDF logs it for every case on the list. */
static void
test_meeting_print (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndMeetingPrint) print = NULL;
  g_autoptr(GListModel) agenda = NULL;
  g_autoptr(OndMeetingItem) item = NULL;
  g_autoptr(GListModel) log = NULL;
  g_autoptr(OndAccessEntry) entry = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "besluitenlijst.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;
  GtkWidget *preview;
  gint64 meeting_id;
  gsize length = 0;

  seed_cases (f);
  meeting_id = ond_store_create_meeting (f->store, f->today, &error);
  g_assert_no_error (error);
  agenda = ond_store_list_meeting_items (f->store, meeting_id, &error);
  g_assert_no_error (error);
  item = g_list_model_get_item (agenda, 1);
  ond_store_record_meeting_decision (f->store, ond_meeting_item_get_id (item), DECISION, &error);
  g_assert_no_error (error);

  print = ond_meeting_print_new (f->store, meeting_id, OND_MEETING_DOCUMENT_DECISIONS, &error);
  g_assert_no_error (error);
  g_assert_nonnull (print);
  /* Only the case with a decision is on the decision list. */
  g_assert_cmpuint (ond_meeting_print_get_document (print)->rows->len, ==, 1);
  name = ond_meeting_print_dup_file_name (print);
  g_assert_true (g_str_has_suffix (name, ".pdf"));
  g_assert_nonnull (strstr (name, f->today));

  preview = ond_print_job_preview_new (OND_PRINT_JOB (print), NULL,
                                       OND_MEETING_DOCUMENT_A4_WIDTH,
                                       OND_MEETING_DOCUMENT_A4_HEIGHT);
  pages = find_all (preview, GTK_TYPE_DRAWING_AREA);
  g_assert_cmpuint (pages->len, ==, 1);
  gtk_window_destroy (GTK_WINDOW (preview));

  g_assert_true (ond_meeting_print_save_pdf (print, pdf, &message, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (message, ==, "The decision list was saved as “besluitenlijst.pdf”");
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  log = ond_store_list_access_log (f->store, f->due_ref, &error);
  g_assert_no_error (error);
  entry = g_list_model_get_item (log, 0);
  g_assert_cmpstr (ond_access_entry_get_what (entry), ==, "Besluitenlijst afgedrukt");
}

static OndWindow *
show_main_window (Fixture *f)
{
  OndWindow *window = ond_window_new (f->app, f->store, f->settings);
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  run_until_idle ();
  return window;
}

static OndOverviewView *
find_overview (OndWindow *window)
{
  g_autoptr(GPtrArray) views = find_all (GTK_WIDGET (window), OND_TYPE_OVERVIEW_VIEW);

  g_assert_cmpuint (views->len, ==, 1);
  return g_ptr_array_index (views, 0);
}

static void
test_overview_due (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GNotification) notification = NULL;
  g_autoptr(OndCase) due = NULL;
  g_autofree char *title = NULL;
  OndWindow *window;
  OndOverviewView *overview;
  g_autoptr(GPtrArray) rows = NULL;
  GtkListBoxRow *planning = NULL;
  g_autofree char *shown = NULL;

  seed_cases (f);

  /* A new user starts on the overview. */
  window = show_main_window (f);
  g_assert_cmpstr (ond_window_get_section (window), ==, "overzicht");
  overview = find_overview (window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (overview)));

  /* The follow-up of yesterday is due, the one of next month is not; the row shows the
   * reference, theme, status and date, never the subject. */
  g_assert_cmpuint (g_list_model_get_n_items (ond_overview_view_get_due (overview)), ==, 1);
  due = g_list_model_get_item (ond_overview_view_get_due (overview), 0);
  g_assert_cmpint (ond_case_get_id (due), ==, f->due_id);
  g_assert_true (has_label (GTK_WIDGET (overview), "Follow-ups Due"));
  g_assert_true (has_label (GTK_WIDGET (overview), f->due_ref));
  g_assert_true (has_label (GTK_WIDGET (overview), "Mensenhandel · Gewogen"));
  shown = ond_date_format (ond_case_get_next_follow_up (due));
  g_assert_true (has_label (GTK_WIDGET (overview), shown));
  g_assert_false (any_label_contains (GTK_WIDGET (overview), f->later_ref));
  g_assert_false (any_label_contains (GTK_WIDGET (overview), DUE_SUBJECT));
  g_assert_false (any_label_contains (GTK_WIDGET (overview), NEW_SUBJECT));
  g_assert_false (any_label_contains (GTK_WIDGET (overview), LATER_SUBJECT));
  g_assert_false (has_label (GTK_WIDGET (overview), "No Follow-ups Due"));

  /* Open cases per status, and the plan in short. */
  g_assert_true (has_label (GTK_WIDGET (overview), "3 open cases in all"));
  g_assert_true (has_label (GTK_WIDGET (overview), "Uitvoeringsplan ondermijning 2023-2024"));
  g_assert_true (has_label (GTK_WIDGET (overview), "34 planning items"));
  g_assert_true (has_label (GTK_WIDGET (overview),
                            "2023: € 5.000 of the funding is not assigned to a cost item"));

  /* A summary row leads to its section. */
  rows = find_all (GTK_WIDGET (overview), ADW_TYPE_ACTION_ROW);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), "Planning") == 0)
      planning = g_ptr_array_index (rows, i);
  g_assert_nonnull (planning);
  gtk_widget_activate (GTK_WIDGET (planning));
  run_until_idle ();
  g_assert_cmpstr (ond_window_get_section (window), ==, "planning");

  /* The notification at start says how many, without any reference or name... */
  notification = _ond_application_create_due_notification (f->store, f->today, &title, &error);
  g_assert_no_error (error);
  g_assert_nonnull (notification);
  g_assert_cmpstr (title, ==, "1 follow-up is due");

  /* ...and its action shows the overview again. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "overzicht");
  run_until_idle ();
  g_assert_cmpstr (ond_window_get_section (window), ==, "overzicht");

  destroy_window (GTK_WINDOW (window));
}

static void
test_overview_nothing_due (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GNotification) notification = NULL;
  OndWindow *window;
  OndOverviewView *overview;
  char *later_ref = NULL;

  /* Only a case whose follow-up is next month: nothing is due. */
  f->later_id = create_case (f, 20, "Fraude", "pand", LATER_SUBJECT, &later_ref);
  f->later_ref = later_ref;
  research (f, f->later_id, 30);

  window = show_main_window (f);
  overview = find_overview (window);
  g_assert_cmpuint (g_list_model_get_n_items (ond_overview_view_get_due (overview)), ==, 0);
  g_assert_true (has_label (GTK_WIDGET (overview), "No Follow-ups Due"));
  g_assert_true (has_label (GTK_WIDGET (overview), "1 open case in all"));

  notification = _ond_application_create_due_notification (f->store, f->today, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (notification);

  destroy_window (GTK_WINDOW (window));
}

/* On a file that cannot be written, meetings can be looked at but not made or changed. */
static void
test_meeting_read_only (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  OndMeetingView *view;
  GtkWindow *window;
  GtkWidget *new_button;
  GtkWidget *add_button;
  gint64 meeting_id;

  seed_cases (f);
  meeting_id = ond_store_create_meeting (f->store, f->today, &error);
  g_assert_no_error (error);
  g_assert_cmpint (meeting_id, >, 0);
  ond_store_close (f->store);
  g_assert_finalize_object (f->store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->store));

  view = OND_MEETING_VIEW (ond_meeting_view_new ());
  ond_meeting_view_set_store (view, f->store);
  window = show_in_window (GTK_WIDGET (view));

  g_assert_cmpint (ond_meeting_view_get_meeting_id (view), ==, meeting_id);
  g_assert_cmpuint (g_list_model_get_n_items (ond_meeting_view_get_agenda (view)), ==, 2);
  new_button = find_button_named (GTK_WIDGET (view), "Plan a meeting and fill its agenda");
  add_button = find_button_named (GTK_WIDGET (view), "Put a case on this meeting's agenda");
  g_assert_nonnull (new_button);
  g_assert_nonnull (add_button);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (new_button)));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (add_button)));

  /* The actions do nothing either. */
  gtk_widget_activate_action (GTK_WIDGET (view), "meeting.new", NULL);
  run_until_idle ();
  g_assert_null (find_dialog (OND_TYPE_MEETING_NEW_DIALOG));

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  test_app = GTK_APPLICATION (adw_application_new ("com.dordrecht.Ondermijning.TestMeetings",
                                                   G_APPLICATION_NON_UNIQUE));
  g_application_register (G_APPLICATION (test_app), NULL, &error);
  g_assert_no_error (error);

  g_test_add ("/ond/meetings-gui/agenda", Fixture, NULL,
              fixture_set_up, test_meeting_agenda, fixture_tear_down);
  g_test_add ("/ond/meetings-gui/print", Fixture, NULL,
              fixture_set_up, test_meeting_print, fixture_tear_down);
  g_test_add ("/ond/meetings-gui/overview", Fixture, NULL,
              fixture_set_up, test_overview_due, fixture_tear_down);
  g_test_add ("/ond/meetings-gui/overview-nothing-due", Fixture, NULL,
              fixture_set_up, test_overview_nothing_due, fixture_tear_down);
  g_test_add ("/ond/meetings-gui/read-only", Fixture, NULL,
              fixture_set_up, test_meeting_read_only, fixture_tear_down);

  status = g_test_run ();

  g_clear_object (&test_app);
  return status;
}
